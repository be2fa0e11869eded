import Foundation
import KYCForm
import Testing

/// "Today" for the date rules, worked out without `Calendar` (which loads
/// ICU): checked against `Calendar` itself.
@Suite("today's date without Calendar")
struct TodayDateTests {
  /// The Gregorian day `date` falls on in `zone`, as Foundation's calendar says.
  static func calendarDay(_ date: Date, in zone: TimeZone) -> CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)
  }

  @Test(
    "days since 1970 become the right day",
    arguments: [
      (0, "1970-01-01"), (-1, "1969-12-31"), (59, "1970-03-01"), (11_016, "2000-02-29"),
      (10_957, "2000-01-01"),
      (-25_567, "1900-01-01"), (-719_468, "0000-03-01"), (20_819, "2027-01-01"), (2_932_896, "9999-12-31"),
    ])
  func knownDays(days: Int, expected: String) {
    #expect(CalendarDate(daysSince1970: days).description == expected)
  }

  @Test("every 97th day from 1600 to 2400 agrees with Calendar")
  func agreesWithCalendar() {
    let utc = TimeZone(identifier: "UTC")!
    for days in stride(from: -135_140, through: 157_000, by: 97) {
      let date = Date(timeIntervalSince1970: Double(days) * 86_400 + 43_200)
      #expect(CalendarDate(daysSince1970: days) == Self.calendarDay(date, in: utc), "day \(days)")
    }
  }

  @Test(
    "today in a chosen time zone is that zone's calendar day",
    arguments: ["UTC", "America/Mexico_City", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu"])
  func chosenZone(identifier: String) throws {
    let zone = try #require(TimeZone(identifier: identifier))
    // Around midnight UTC, where zones disagree on the day, and a leap day.
    let instants: [TimeInterval] = [
      1_767_225_599, 1_767_225_600, 1_767_268_800, 951_782_400, 951_868_799, -1, 0, 1_790_000_000.75,
    ]
    for instant in instants {
      let date = Date(timeIntervalSince1970: instant)
      let policy = ValidationPolicy(today: date, timeZone: zone)
      #expect(policy.todayDate == Self.calendarDay(date, in: zone), "\(identifier) at \(instant)")
    }
  }

  @Test("today in the system time zone is the system calendar's day")
  func systemZone() {
    for instant: TimeInterval in [1_767_225_599, 1_767_225_600, 1_790_000_000, 951_868_799] {
      let date = Date(timeIntervalSince1970: instant)
      let policy = ValidationPolicy(today: date)
      #expect(policy.todayDate == Self.calendarDay(date, in: .current), "at \(instant)")
    }
  }
}
