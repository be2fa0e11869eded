import Foundation

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

  /// The defaults: age 18, 10 MB images, the real file system.
  public static func standard(today: Date = Date()) -> ValidationPolicy {
    ValidationPolicy(today: today)
  }

  /// `today` as a calendar day in `timeZone`.
  public var todayDate: CalendarDate {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents([.year, .month, .day], from: today)
    return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
  }
}
