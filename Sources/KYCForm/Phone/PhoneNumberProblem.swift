/// Why a typed phone number was not accepted. Each case has a stable `code`
/// and a message that says what was read, the rule, and the expected form.
public enum PhoneNumberProblem: Error, Sendable, Hashable {
  /// A letter or symbol that has no place in a phone number.
  case unexpectedCharacter(Character)
  /// A `+` after the first digit.
  case misplacedPlus
  /// An extension (`ext. 12`) after the number: Kira takes the number alone.
  case hasExtension(String)
  /// Fewer than two digits.
  case notANumber
  /// More text than any phone number (250 characters).
  case tooLongToRead
  /// No `+` or international prefix, and no country to read a national number with.
  case needsCountryCode(digits: String)
  /// The digits after `+` (or the international prefix) start with no calling code.
  case unknownCallingCode(digits: String)
  /// Too few digits after the international prefix to hold a calling code and a number.
  case tooShortAfterPrefix
  /// The national number is shorter or longer than any phone number (2 to 17 digits).
  case nationalNumberOutOfBounds(callingCode: Int, digits: Int)
  /// The national number does not have a possible length for its calling code.
  case wrongLength(PhoneLengthIssue)
  /// The right length, but no number of that country looks like it.
  case notInUse(PhoneNumberIssue)

  /// Stable machine code (`phone_too_short`, `phone_not_in_use`...).
  public var code: String {
    switch self {
    case .unexpectedCharacter: "phone_characters"
    case .misplacedPlus: "phone_plus_position"
    case .hasExtension: "phone_extension"
    case .notANumber, .tooLongToRead: "phone_not_a_number"
    case .needsCountryCode: "phone_needs_country_code"
    case .unknownCallingCode: "phone_calling_code"
    case .tooShortAfterPrefix: "phone_too_short"
    case .nationalNumberOutOfBounds(_, let digits): digits < 2 ? "phone_too_short" : "phone_too_long"
    case .wrongLength(let issue):
      switch issue.check {
      case .tooShort: "phone_too_short"
      case .tooLong: "phone_too_long"
      case .localOnly: "phone_local_only"
      case .invalidLength, .possible: "phone_invalid_length"
      }
    case .notInUse: "phone_not_in_use"
    }
  }

  /// The expected form, when the calling code is known ("+52 and 10 digits,
  /// e.g. +52 222 123 4567"); else the general rule.
  public var expected: String {
    switch self {
    case .wrongLength(let issue): issue.expected
    case .notInUse(let issue): issue.expected
    case .nationalNumberOutOfBounds(let code, _):
      PhoneLengthIssue.expected(callingCode: code) ?? PhoneNumberProblem.generalRule
    default: PhoneNumberProblem.generalRule
    }
  }

  /// The rule when no country is known yet.
  static let generalRule = "+, the country calling code and the number, e.g. +52 55 1234 5678"

  /// One line for people, starting with the field's label.
  public func message(label: String) -> String {
    switch self {
    case .unexpectedCharacter(let character):
      return "\(label) may hold only digits, + and spaces or ( ) - . /; found \"\(character)\""
    case .misplacedPlus:
      return "\(label) has a + after its first digit; + goes only in front of the country calling code"
    case .hasExtension(let digits):
      return "\(label) has an extension (ext. \(digits)); Kira takes the number alone: remove the extension"
    case .notANumber:
      return "\(label) is not a phone number: it has fewer than 2 digits (expected \(expected))"
    case .tooLongToRead:
      return "\(label) is too long to be a phone number (expected \(expected))"
    case .needsCountryCode(let digits):
      return "\(label) \(digits) has no country calling code: type + and the code (e.g. +52 55 1234 5678), "
        + "or give the address country or nationality to read it as a national number"
    case .unknownCallingCode(let digits):
      return "\(label) +\(digits) does not start with a country calling code (+1, +34, +52...)"
    case .tooShortAfterPrefix:
      return "\(label) has too few digits after its international prefix (expected \(expected))"
    case .nationalNumberOutOfBounds(let code, let digits):
      return "\(label): \(digits) digits after +\(code) cannot be a phone number (expected \(expected))"
    case .wrongLength(let issue):
      // The number meant comes first: a screen shows one line of the message.
      return "\(label) \(issue.formatted): "
        + (issue.suggestion.map { PhoneNumberIssue.suggestionText($0) + "; " } ?? "") + issue.explanation
    case .notInUse(let issue):
      return "\(label) \(issue.formatted): "
        + (issue.suggestion.map { PhoneNumberIssue.suggestionText($0) + "; it" } ?? "it")
        + " has a possible length but is not a valid number in \(issue.place) (expected \(issue.expected))"
    }
  }
}

/// A national number whose length does not fit its calling code.
public struct PhoneLengthIssue: Sendable, Hashable {
  /// The calling code the number was read with.
  public let callingCode: Int
  /// The national number as read.
  public let nationalNumber: String
  /// How the length compares.
  let check: PhoneLengthCheck
  /// The possible lengths of the calling code's main region.
  public let lengths: [Int]
  /// A valid number the operator probably meant (Mexico's dropped mobile `1`...), in E.164.
  public let suggestion: PhoneNumber?

  /// `+52 551234567` as read.
  var formatted: String { "+\(callingCode) \(nationalNumber)" }

  /// "numbers after +52 have 10 digits; this has 9 (expected ...)".
  var explanation: String {
    var text =
      "numbers after +\(callingCode) have \(PhoneLengthIssue.describe(lengths)); "
      + "this has \(nationalNumber.count)"
    if check == .localOnly { text += ", a local number without its area code" }
    text += " (expected \(expected))"
    return text
  }

  /// "+52 and 10 digits, e.g. +52 222 123 4567".
  var expected: String {
    PhoneLengthIssue.expected(callingCode: callingCode) ?? PhoneNumberProblem.generalRule
  }

  /// The expected form for a calling code: its lengths and an example.
  static func expected(callingCode: Int) -> String? {
    guard let region = PhoneMetadata.mainRegion(forCallingCode: callingCode) else { return nil }
    var text = "+\(callingCode) and \(describe(region.general.lengths))"
    let example =
      region.description(of: .mobile)?.example ?? region.description(of: .fixedLine)?.example
      ?? region.types.first?.description.example
    if let example {
      text += ", e.g. " + PhoneFormatting.international(callingCode: callingCode, nationalNumber: example)
    }
    return text
  }

  /// [10] -> "10 digits"; [10, 11] -> "10 or 11 digits"; [8, 9, 10] -> "8 to 10 digits".
  static func describe(_ lengths: [Int]) -> String {
    guard let first = lengths.first, let last = lengths.last else { return "a known length" }
    if lengths.count == 1 { return "\(first) digits" }
    if last - first + 1 == lengths.count, lengths.count > 2 { return "\(first) to \(last) digits" }
    let head = lengths.dropLast().map(String.init).joined(separator: ", ")
    return "\(head) or \(last) digits"
  }
}

/// A number of a possible length that no description of its country matches.
public struct PhoneNumberIssue: Sendable, Hashable {
  /// The calling code the number was read with.
  public let callingCode: Int
  /// The national number as read.
  public let nationalNumber: String
  /// A valid number the operator probably meant, if one was found.
  public let suggestion: PhoneNumber?

  /// Grouped as its calling code groups numbers.
  var formatted: String {
    PhoneFormatting.international(callingCode: callingCode, nationalNumber: nationalNumber)
  }

  /// "Mexico", or "any region of +1 (United States, Canada...)".
  var place: String {
    let codes = PhoneMetadata.regionCodes(forCallingCode: callingCode)
    if codes.count <= 1 { return PhoneFormatting.regionName(codes.first ?? "", callingCode: callingCode) }
    return "any of the \(codes.count) regions of +\(callingCode)"
  }

  var expected: String {
    PhoneLengthIssue.expected(callingCode: callingCode) ?? PhoneNumberProblem.generalRule
  }

  /// "did you mean +52 55 1234 5678?", with Mexico's 2019 change named for +52.
  static func suggestionText(_ number: PhoneNumber) -> String {
    let why =
      number.callingCode == 52
      ? " (Mexican numbers dropped the mobile 1 and the 044/045/01 prefixes in 2019)" : ""
    return "did you mean \(number.international)?\(why)"
  }
}
