/// Number formats of the government IDs whose layout is public and stable,
/// by issuing country and document type. Anything not listed keeps the
/// generic rule (3 to 30 letters or digits).
public enum DocumentNumberFormats {
  /// One known layout: what it looks like and an example for the message.
  public struct Format: Sendable {
    /// What the operator reads ("a letter and 8 digits").
    public var description: String
    /// The same in Spanish ("una letra y 8 dígitos").
    public var spanishDescription: String
    /// A made-up number in that layout.
    public var example: String
    /// True when the compact number (no spaces or dashes, upper-cased) fits.
    let matches: @Sendable (String) -> Bool

    init(
      description: String, es spanishDescription: String, example: String,
      matches: @escaping @Sendable (String) -> Bool
    ) {
      self.description = description
      self.spanishDescription = spanishDescription
      self.example = example
      self.matches = matches
    }

    /// The description in `language`.
    public func description(in language: OperatorLanguage) -> String {
      language == .spanish ? spanishDescription : description
    }
  }

  /// "a letter and 8 digits, e.g. G12345678; or ...": what a failure expects.
  static func expected(_ formats: [Format], in language: OperatorLanguage) -> String {
    formats.map { "\($0.description(in: language)), \(language.pick("e.g.", "p. ej.,")) \($0.example)" }
      .joined(separator: language.pick("; or ", "; o "))
  }

  /// The layouts of one document, or `nil` when it is not known here.
  public static func formats(country: String, type: String) -> [Format]? {
    switch (country, type) {
    case ("MEX", "passport"):
      // Mexican passports: one letter then 8 digits (G12345678).
      return [
        Format(description: "a letter and 8 digits", es: "una letra y 8 dígitos", example: "G12345678") {
          text in
          shape(text, "A99999999")
        }
      ]
    case ("MEX", "national_id"):
      // The INE voter card carries three numbers; any of them identifies it.
      return [
        Format(
          description: "the 18-character clave de elector", es: "la clave de elector de 18 caracteres",
          example: "GMVLMR80070501M100"
        ) {
          text in
          shape(text, "AAAAAA99999999A999") && "HMX".contains(text[text.index(text.startIndex, offsetBy: 14)])
        },
        Format(description: "the 9-digit CIC", es: "el CIC de 9 dígitos", example: "123456789") {
          shape($0, "999999999")
        },
        Format(
          description: "the 13-digit OCR number", es: "el número OCR de 13 dígitos", example: "1234567890123"
        ) {
          shape($0, "9999999999999")
        },
      ]
    case ("USA", "passport"):
      // US passports: 9 digits, or a letter and 8 digits (Next Generation).
      return [
        Format(description: "9 digits", es: "9 dígitos", example: "123456789") { shape($0, "999999999") },
        Format(description: "a letter and 8 digits", es: "una letra y 8 dígitos", example: "A12345678") {
          shape($0, "A99999999")
        },
      ]
    case ("ARG", "national_id"):
      return [
        Format(description: "the DNI's 7 or 8 digits", es: "los 7 u 8 dígitos del DNI", example: "12345678") {
          shape($0, "9999999") || shape($0, "99999999")
        }
      ]
    case ("BRA", "national_id"):
      // The new national ID uses the CPF as its number.
      return [
        Format(description: "the CPF's 11 digits", es: "los 11 dígitos del CPF", example: "12345678909") {
          shape($0, "99999999999")
        }
      ]
    default:
      return nil
    }
  }

  /// True when `text` has `pattern`'s shape: `A` a letter A-Z, `9` a digit.
  static func shape(_ text: String, _ pattern: String) -> Bool {
    guard text.count == pattern.count else { return false }
    return zip(text, pattern).allSatisfy { character, slot in
      slot == "9" ? ("0"..."9").contains(character) : ("A"..."Z").contains(character)
    }
  }
}

extension FieldRule {
  /// The number fits its issuing country's format for that document type,
  /// where the format is known (a Mexican passport, an INE card...).
  public static let documentNumberForCountry = FieldRule(
    code: "invalid_document_number", summary: "the issuing country's format for this ID",
    spanishSummary: "el formato del país emisor para esta identificación"
  ) { value, context in
    let country = context.values[FieldID.documentCountry].trimmedWhitespace.uppercased()
    let type = context.values[FieldID.documentType].trimmedWhitespace
    guard let formats = DocumentNumberFormats.formats(country: country, type: type) else { return nil }
    let compact = value.uppercased().filter { $0 != " " && $0 != "-" }
    if formats.contains(where: { $0.matches(compact) }) { return nil }
    return RuleFailure(
      code: "invalid_document_number",
      .documentNumberFormat(label: context.bilingualLabel, country: country, documentType: type),
      expected: BilingualText(
        english: DocumentNumberFormats.expected(formats, in: .english),
        spanish: DocumentNumberFormats.expected(formats, in: .spanish)))
  }
}
