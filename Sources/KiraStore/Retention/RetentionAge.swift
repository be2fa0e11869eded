import Foundation

/// A retention age written as a number and a unit: `90s`, `30m`, `12h`,
/// `7d`, `2w` (a bare number means days).
public struct RetentionAge: Sendable, Hashable, CustomStringConvertible {
  /// The age in seconds.
  public var seconds: TimeInterval
  /// The text it was parsed from (or a canonical form).
  public var description: String

  /// The default age after which unsubmitted drafts expire: 7 days.
  public static let defaultDraftAge = RetentionAge(seconds: 7 * 86_400, description: "7d")

  /// Creates an age from seconds.
  public init(seconds: TimeInterval, description: String) {
    self.seconds = seconds
    self.description = description
  }

  /// Parses `7d`, `12h`, `30m`, `90s`, `2w` or a bare number of days; `nil`
  /// for anything else (negative, empty, unknown unit).
  public init?(parsing text: String) {
    // Trimmed by hand: Foundation's CharacterSet would load ICU data on the
    // way to the wizard's first frame.
    var slice = Substring(text)
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    let trimmed = slice.lowercased()
    guard let last = trimmed.last else { return nil }
    let unitSeconds: Double
    var number = trimmed
    switch last {
    case "s": unitSeconds = 1
    case "m": unitSeconds = 60
    case "h": unitSeconds = 3_600
    case "d": unitSeconds = 86_400
    case "w": unitSeconds = 7 * 86_400
    case "0"..."9", ".": unitSeconds = 86_400
    default: return nil
    }
    if last.isLetter { number.removeLast() }
    guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
      let value = Double(number), value >= 0, value.isFinite
    else { return nil }
    self.init(seconds: value * unitSeconds, description: trimmed)
  }
}
