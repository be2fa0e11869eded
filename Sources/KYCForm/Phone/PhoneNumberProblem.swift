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
  public var expected: String { expected(in: .english) }

  /// The expected form in `language`.
  public func expected(in language: OperatorLanguage) -> String {
    switch self {
    case .wrongLength(let issue): issue.expected(in: language)
    case .notInUse(let issue): issue.expected(in: language)
    case .nationalNumberOutOfBounds(let code, _):
      PhoneLengthIssue.expected(callingCode: code, in: language)
        ?? PhoneNumberProblem.generalRule(in: language)
    default: PhoneNumberProblem.generalRule(in: language)
    }
  }

  /// The rule when no country is known yet.
  static let generalRule = "+, the country calling code and the number, e.g. +52 55 1234 5678"

  /// The rule when no country is known yet, in `language`.
  static func generalRule(in language: OperatorLanguage) -> String {
    language.pick(generalRule, "+, el código de país y el número, p. ej., +52 55 1234 5678")
  }

  /// One line for people, starting with the field's label.
  public func message(label: String) -> String {
    message(label: label, in: .english)
  }

  /// One line for people in `language`, starting with the field's label
  /// (give the label in that language).
  public func message(label: String, in language: OperatorLanguage) -> String {
    let (english, spanish) = translations(label: label)
    return language == .spanish ? spanish : english
  }

  private func translations(label: String) -> (String, String) {
    let expectedEnglish = expected(in: .english)
    let expectedSpanish = expected(in: .spanish)
    switch self {
    case .unexpectedCharacter(let character):
      return (
        "\(label) may hold only digits, + and spaces or ( ) - . /; found \"\(character)\"",
        "\(label) solo puede contener dígitos, + y espacios o ( ) - . /; se encontró \"\(character)\""
      )
    case .misplacedPlus:
      return (
        "\(label) has a + after its first digit; + goes only in front of the country calling code",
        "\(label) tiene un + después del primer dígito; el + solo va delante del código de país"
      )
    case .hasExtension(let digits):
      return (
        "\(label) has an extension (ext. \(digits)); Kira takes the number alone: remove the extension",
        "\(label) tiene una extensión (ext. \(digits)); Kira solo acepta el número: quite la extensión"
      )
    case .notANumber:
      return (
        "\(label) is not a phone number: it has fewer than 2 digits (expected \(expectedEnglish))",
        "\(label): el texto no es un número de teléfono; tiene menos de 2 dígitos (se espera \(expectedSpanish))"
      )
    case .tooLongToRead:
      return (
        "\(label) is too long to be a phone number (expected \(expectedEnglish))",
        "\(label): el texto es demasiado largo para ser un número de teléfono (se espera \(expectedSpanish))"
      )
    case .needsCountryCode(let digits):
      return (
        "\(label) \(digits) has no country calling code: type + and the code (e.g. +52 55 1234 5678), "
          + "or give the address country or nationality to read it as a national number",
        "\(label): \(digits) no tiene código de país: escriba + y el código (p. ej., +52 55 1234 5678), "
          + "o indique el país del domicilio o la nacionalidad para leerlo como número nacional"
      )
    case .unknownCallingCode(let digits):
      return (
        "\(label) +\(digits) does not start with a country calling code (+1, +34, +52...)",
        "\(label): +\(digits) no empieza con un código de país (+1, +34, +52...)"
      )
    case .tooShortAfterPrefix:
      return (
        "\(label) has too few digits after its international prefix (expected \(expectedEnglish))",
        "\(label) tiene muy pocos dígitos después del prefijo internacional (se espera \(expectedSpanish))"
      )
    case .nationalNumberOutOfBounds(let code, let digits):
      return (
        "\(label): \(digits) digits after +\(code) cannot be a phone number (expected \(expectedEnglish))",
        "\(label): \(digits) dígitos después de +\(code) no pueden ser un número de teléfono "
          + "(se espera \(expectedSpanish))"
      )
    case .wrongLength(let issue):
      // The number meant comes first: a screen shows one line of the message.
      return (
        "\(label) \(issue.formatted): "
          + (issue.suggestion.map { PhoneNumberIssue.suggestionText($0, in: .english) + "; " } ?? "")
          + issue.explanation(in: .english),
        "\(label) \(issue.formatted): "
          + (issue.suggestion.map { PhoneNumberIssue.suggestionText($0, in: .spanish) + "; " } ?? "")
          + issue.explanation(in: .spanish)
      )
    case .notInUse(let issue):
      return (
        "\(label) \(issue.formatted): "
          + (issue.suggestion.map { PhoneNumberIssue.suggestionText($0, in: .english) + "; it" } ?? "it")
          + " has a possible length but is not a valid number in \(issue.place(in: .english)) "
          + "(expected \(expectedEnglish))",
        "\(label) \(issue.formatted): "
          + (issue.suggestion.map { PhoneNumberIssue.suggestionText($0, in: .spanish) + "; " } ?? "")
          + "tiene una longitud posible, pero no es un número válido en \(issue.place(in: .spanish)) "
          + "(se espera \(expectedSpanish))"
      )
    }
  }

  /// The cases, without their arguments.
  public enum Kind: CaseIterable, Hashable, Sendable {
    case unexpectedCharacter, misplacedPlus, hasExtension, notANumber, tooLongToRead, needsCountryCode
    case unknownCallingCode, tooShortAfterPrefix, nationalNumberOutOfBounds, wrongLength, notInUse
  }

  /// Which case this is.
  public var kind: Kind {
    switch self {
    case .unexpectedCharacter: .unexpectedCharacter
    case .misplacedPlus: .misplacedPlus
    case .hasExtension: .hasExtension
    case .notANumber: .notANumber
    case .tooLongToRead: .tooLongToRead
    case .needsCountryCode: .needsCountryCode
    case .unknownCallingCode: .unknownCallingCode
    case .tooShortAfterPrefix: .tooShortAfterPrefix
    case .nationalNumberOutOfBounds: .nationalNumberOutOfBounds
    case .wrongLength: .wrongLength
    case .notInUse: .notInUse
    }
  }

  /// One problem of `kind`, for the strings-table test (the last two read
  /// from real numbers: a Mexican one a digit short, one no region uses).
  public static func example(of kind: Kind) -> PhoneNumberProblem {
    switch kind {
    case .unexpectedCharacter: return .unexpectedCharacter("x")
    case .misplacedPlus: return .misplacedPlus
    case .hasExtension: return .hasExtension("12")
    case .notANumber: return .notANumber
    case .tooLongToRead: return .tooLongToRead
    case .needsCountryCode: return .needsCountryCode(digits: "5512345678")
    case .unknownCallingCode: return .unknownCallingCode(digits: "0525512345678")
    case .tooShortAfterPrefix: return .tooShortAfterPrefix
    case .nationalNumberOutOfBounds: return .nationalNumberOutOfBounds(callingCode: 52, digits: 18)
    case .wrongLength:
      if case .failure(let problem) = PhoneNumberParser.parse("+52 55 1234 567", defaultRegion: nil),
        problem.kind == .wrongLength
      {
        return problem
      }
      return .notANumber
    case .notInUse:
      if case .failure(let problem) = PhoneNumberParser.parse("+1 555 555 5555", defaultRegion: nil),
        problem.kind == .notInUse
      {
        return problem
      }
      return .notANumber
    }
  }

  /// One problem of every kind.
  public static var examples: [PhoneNumberProblem] { Kind.allCases.map(example(of:)) }
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
  func explanation(in language: OperatorLanguage) -> String {
    let lengthsText = PhoneLengthIssue.describe(lengths, in: language)
    let count = nationalNumber.count
    var text = language.pick(
      "numbers after +\(callingCode) have \(lengthsText); this has \(count)",
      "los números con +\(callingCode) tienen \(lengthsText); este tiene \(count)")
    if check == .localOnly {
      text += language.pick(
        ", a local number without its area code", ", un número local sin su código de área")
    }
    text += language.pick(" (expected ", " (se espera ") + expected(in: language) + ")"
    return text
  }

  /// "+52 and 10 digits, e.g. +52 222 123 4567".
  func expected(in language: OperatorLanguage) -> String {
    PhoneLengthIssue.expected(callingCode: callingCode, in: language)
      ?? PhoneNumberProblem.generalRule(in: language)
  }

  /// The expected form for a calling code: its lengths and an example.
  static func expected(callingCode: Int, in language: OperatorLanguage) -> String? {
    guard let region = PhoneMetadata.mainRegion(forCallingCode: callingCode) else { return nil }
    var text =
      "+\(callingCode) \(language.pick("and", "y")) \(describe(region.general.lengths, in: language))"
    let example =
      region.description(of: .mobile)?.example ?? region.description(of: .fixedLine)?.example
      ?? region.types.first?.description.example
    if let example {
      text +=
        language.pick(", e.g. ", ", p. ej., ")
        + PhoneFormatting.international(callingCode: callingCode, nationalNumber: example)
    }
    return text
  }

  /// [10] -> "10 digits"; [10, 11] -> "10 or 11 digits"; [8, 9, 10] -> "8 to 10 digits".
  static func describe(_ lengths: [Int], in language: OperatorLanguage) -> String {
    guard let first = lengths.first, let last = lengths.last else {
      return language.pick("a known length", "una longitud conocida")
    }
    let digits = language.pick("digits", "dígitos")
    if lengths.count == 1 { return "\(first) \(digits)" }
    if last - first + 1 == lengths.count, lengths.count > 2 {
      return language.pick("\(first) to \(last) digits", "de \(first) a \(last) dígitos")
    }
    return "\(language.orList(lengths.map(String.init))) \(digits)"
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

  /// "Mexico", or "any of the 25 regions of +1".
  func place(in language: OperatorLanguage) -> String {
    let codes = PhoneMetadata.regionCodes(forCallingCode: callingCode)
    if codes.count <= 1 {
      return PhoneFormatting.regionName(codes.first ?? "", callingCode: callingCode, in: language)
    }
    return language.pick(
      "any of the \(codes.count) regions of +\(callingCode)",
      "ninguna de las \(codes.count) regiones de +\(callingCode)")
  }

  func expected(in language: OperatorLanguage) -> String {
    PhoneLengthIssue.expected(callingCode: callingCode, in: language)
      ?? PhoneNumberProblem.generalRule(in: language)
  }

  /// "did you mean +52 55 1234 5678?", with Mexico's 2019 change named for +52.
  static func suggestionText(_ number: PhoneNumber, in language: OperatorLanguage) -> String {
    let why =
      number.callingCode == 52
      ? language.pick(
        " (Mexican numbers dropped the mobile 1 and the 044/045/01 prefixes in 2019)",
        " (desde 2019, México ya no usa el 1 de los móviles ni los prefijos 044, 045 y 01)")
      : ""
    return language.pick("did you mean \(number.international)?", "¿quiso decir \(number.international)?")
      + why
  }
}
