/// A day of the Gregorian calendar, parsed strictly from `YYYY-MM-DD`.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Four-digit year.
  public let year: Int
  /// 1...12.
  public let month: Int
  /// 1...31 (checked against the month and leap years when parsed).
  public let day: Int

  /// Creates a date from its parts, without checking them.
  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Why a text is not a date.
  public enum ParseFailure: Error, Sendable, Hashable {
    /// Not of the shape `^\d{4}-\d{2}-\d{2}$`.
    case format
    /// The right shape but no such day (`1990-02-30`, `2023-02-29`).
    case noSuchDay
  }

  /// Parses `YYYY-MM-DD` (ASCII digits only) into a real calendar day.
  public static func parse(_ text: String) -> Result<CalendarDate, ParseFailure> {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return .failure(.format)
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        let byte = bytes[index]
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else {
      return .failure(.format)
    }
    guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else {
      return .failure(.noSuchDay)
    }
    return .success(CalendarDate(year: year, month: month, day: day))
  }

  /// The proleptic Gregorian day `days` days after 1970-01-01 (negative:
  /// before it), by Howard Hinnant's `civil_from_days`.
  public init(daysSince1970 days: Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// Days in a month of the Gregorian calendar.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Gregorian leap-year rule.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// Whole years from `self` to `other` (an age when `self` is a birth date).
  public func wholeYears(until other: CalendarDate) -> Int {
    var years = other.year - year
    if (other.month, other.day) < (month, day) { years -= 1 }
    return years
  }

  /// The same day `years` later; 29 February becomes 28 February in a
  /// common year.
  public func addingYears(_ years: Int) -> CalendarDate {
    let target = year + years
    return CalendarDate(year: target, month: month, day: min(day, Self.daysIn(month: month, year: target)))
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Chronological order.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}
