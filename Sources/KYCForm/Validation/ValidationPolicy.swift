import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The operator-adjustable parts of validation, plus the injected clock and file reader.
public struct ValidationPolicy: Sendable {
  /// Minimum age in whole years on `today` (default 18).
  public var minimumAge: Int
  /// Largest document image accepted, in bytes (default 10,000,000).
  public var maxDocumentBytes: Int
  /// "Now" for date rules (birth date, expiration); tests fix it.
  public var today: Date
  /// Time zone in which `today` is read as a calendar day (default: the
  /// system's, looked up only when a date rule first needs it, since that
  /// loads the time-zone database).
  public var timeZone: TimeZone {
    get { chosenTimeZone ?? .current }
    set { chosenTimeZone = newValue }
  }
  private var chosenTimeZone: TimeZone?
  /// How document image files are read.
  public var fileReader: any FileReading

  /// Creates a policy; every value has the documented default.
  public init(
    minimumAge: Int = 18, maxDocumentBytes: Int = 10_000_000, today: Date = Date(),
    timeZone: TimeZone? = nil, fileReader: any FileReading = FileSystemReader()
  ) {
    self.minimumAge = minimumAge
    self.maxDocumentBytes = maxDocumentBytes
    self.today = today
    self.chosenTimeZone = timeZone
    self.fileReader = fileReader
  }

  /// The youngest minimum age an operator may set, and the oldest: one
  /// range for every command that takes `--minimum-age`.
  public static let minimumAgeRange = 0...130

  /// What is wrong with `years` as a `--minimum-age` (nil when it is in
  /// `minimumAgeRange`), naming the option and the range.
  public static func minimumAgeProblem(_ years: Int) -> String? {
    guard !minimumAgeRange.contains(years) else { return nil }
    return
      "--minimum-age must be between \(minimumAgeRange.lowerBound) and \(minimumAgeRange.upperBound) years, "
      + "not \(years)"
  }

  /// The defaults: age 18, 10 MB images, the real file system.
  public static func standard(today: Date = Date()) -> ValidationPolicy {
    ValidationPolicy(today: today)
  }

  /// `today` as a calendar day in `timeZone`. Worked out from the zone's
  /// offset, with no `Calendar`: that loads ICU's calendar and time-zone
  /// data (over a megabyte resident) for the one date the rules need. The
  /// system's zone is read with `localtime_r`, as the C library knows it.
  public var todayDate: CalendarDate {
    let seconds = Int(today.timeIntervalSince1970.rounded(.down))
    let offset = chosenTimeZone.map { $0.secondsFromGMT(for: today) } ?? Self.systemOffset(at: seconds)
    let local = seconds + offset
    let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    return CalendarDate(daysSince1970: days)
  }

  /// The system time zone's offset from UTC at `seconds` since 1970, in seconds.
  static func systemOffset(at seconds: Int) -> Int {
    var time = time_t(seconds)
    var parts = tm()
    guard localtime_r(&time, &parts) != nil else { return 0 }
    return Int(parts.tm_gmtoff)
  }
}
