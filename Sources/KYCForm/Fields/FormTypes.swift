import Foundation
import KiraModels

/// Stable identifier of a form field. For top-level API fields it equals the
/// API key (`birth_date`); nested values use dotted names
/// (`additional_info.has_us_bank_account`, `document.front_image`).
public struct FieldID: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String

  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }

  public static func < (lhs: FieldID, rhs: FieldID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The steps of the individual onboarding form, in order.
public enum StepID: String, CaseIterable, Sendable, Codable, Hashable {
  case verification
  case identity
  case contact
  case address
  case document
  case taxID = "tax_id"
  case profile
  case additional

  /// Human title shown in the wizard header ("Step 3 of 8 · Address").
  public var title: String {
    switch self {
    case .verification: "Verification"
    case .identity: "Identity"
    case .contact: "Contact"
    case .address: "Address"
    case .document: "ID document"
    case .taxID: "Tax ID"
    case .profile: "Profile"
    case .additional: "Additional"
    }
  }

  /// The title in Spanish ("Domicilio").
  public var spanishTitle: String {
    switch self {
    case .verification: "Verificación"
    case .identity: "Identidad"
    case .contact: "Contacto"
    case .address: "Domicilio"
    case .document: "Identificación"
    case .taxID: "Identificación fiscal"
    case .profile: "Perfil"
    case .additional: "Información adicional"
    }
  }

  /// The title in `language`.
  public func title(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishTitle : title
  }
}

/// One option of a choice field: the value sent to Kira and a label for people.
public struct ChoiceOption: Sendable, Hashable, Codable {
  /// What Kira receives (`self_employment_income`).
  public var value: String
  /// The English label (`Self-employment income`).
  public var label: String
  /// The Spanish label (`Ingresos por trabajo independiente`), when the
  /// option has one; searched as well as the English one.
  public var spanishLabel: String?

  public init(value: String, label: String, spanishLabel: String? = nil) {
    self.value = value
    self.label = label
    self.spanishLabel = spanishLabel
  }

  /// True when `folded` (already `TextFolding.fold`ed) is the option's value
  /// or one of its labels.
  public func isNamed(folded: String) -> Bool {
    TextFolding.fold(value) == folded || TextFolding.fold(label) == folded
      || spanishLabel.map { TextFolding.fold($0) == folded } == true
  }

  /// The label in `language` (`es` or `en`), English where there is no Spanish.
  public func label(in language: String) -> String {
    language == "es" ? spanishLabel ?? label : label
  }

  /// The label in `language`, English where there is no Spanish.
  public func label(in language: OperatorLanguage) -> String {
    label(in: language.rawValue)
  }
}

/// How a field is edited and displayed.
public enum FieldKind: Sendable, Hashable {
  /// Free text (names, street, occupation, email, phone, URL...).
  case text
  /// A secret: masked on screen and in review (tax id, SSN).
  case secret
  /// A calendar date, stored `YYYY-MM-DD`.
  case date
  /// One of a fixed list of values.
  case choice([ChoiceOption])
  /// An ISO 3166-1 alpha-3 country code, picked by name or code.
  case country
  /// A subdivision (state, province) code of the address country, picked by
  /// code or name from the country's list (`SubdivisionCatalog`).
  case subdivision
  /// `yes` or `no`.
  case yesNo
  /// A local file path (document images).
  case file
  /// String key/value pairs (`metadata`), edited as `key=value; key2=value2`.
  case keyValue
}

/// Whether the API or KYC needs a field.
public enum Requirement: Sendable, Hashable {
  /// Required by the endpoint schema (`first_name`, `last_name`, `email`).
  case required
  /// Required only when a condition holds; the text says when ("when employed").
  case conditional(String)
  /// Not required.
  case optional
}

/// How serious a validation finding is.
public enum Severity: String, Sendable, Codable, Hashable {
  /// Blocks submission.
  case error
  /// Shown, never blocks (e.g. a country Kira restricts).
  case warning
}

/// A structured validation finding: stable `code`, one-line `message`.
/// The form's own findings carry the message (and the expected format) in
/// both languages; callers choose at display time with `message(in:)`.
public struct ValidationIssue: Sendable, Hashable, Codable {
  /// The form field the issue belongs to.
  public var field: FieldID
  /// The API path of the value (`identifying_information.0.number`).
  public var path: String
  /// Stable machine code (`required`, `invalid_date`, `too_long`, ...).
  public var code: String
  /// One line for people, in English; names the rule and, where useful, the value.
  public var message: String
  /// The same line in Latin-American Spanish; nil for an issue made from
  /// English text alone (`message(in: .spanish)` is then the English).
  public var spanishMessage: String?
  public var severity: Severity
  /// The rule that found it (`tax_number`, `required`...), when it came from a field's rules.
  public var rule: String?
  /// The format the rule expects ("11 digits with 2 check digits (e.g. 123.456.789-09)"), in English.
  public var expected: String?
  /// The expected format in Spanish, when there is one.
  public var spanishExpected: String?

  public init(
    field: FieldID, path: String, code: String, message: String, spanishMessage: String? = nil,
    severity: Severity = .error, rule: String? = nil, expected: String? = nil, spanishExpected: String? = nil
  ) {
    self.field = field
    // A message may quote what was typed or loaded: never a raw control or bidi character.
    self.path = CleanText.escaped(path)
    self.code = code
    self.message = CleanText.escaped(message)
    self.spanishMessage = spanishMessage.map(CleanText.escaped)
    self.severity = severity
    self.rule = rule
    self.expected = expected
    self.spanishExpected = spanishExpected
  }

  /// An issue whose message and expected format are given in both languages.
  init(
    field: FieldID, path: String, code: String, text: BilingualText, severity: Severity = .error,
    rule: String? = nil, expected: BilingualText? = nil
  ) {
    self.init(
      field: field, path: path, code: code, message: text.english, spanishMessage: text.spanish,
      severity: severity, rule: rule, expected: expected?.english, spanishExpected: expected?.spanish)
  }

  /// The message in `language` (the English one where no Spanish was given).
  public func message(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishMessage ?? message : message
  }

  /// The expected format in `language` (the English one where no Spanish was given).
  public func expected(in language: OperatorLanguage) -> String? {
    language == .spanish ? spanishExpected ?? expected : expected
  }
}

/// One entry of `metadata`.
public struct MetadataEntry: Sendable, Hashable, Codable {
  public var key: String
  public var value: String

  public init(key: String, value: String) {
    self.key = key
    self.value = value
  }
}

/// The operator's answers: one string per field as entered (normalised where
/// the form normalises), plus every key of a loaded body the form does not
/// model, so nothing is dropped on resubmit.
public struct FormValues: Sendable, Hashable, Codable {
  /// Text of each field; a missing key and "" both mean empty.
  public var values: [FieldID: String]
  /// Keys of a loaded API body that the form does not model, kept verbatim
  /// (top-level keys; nested extras use dotted keys such as `additional_info.other`).
  public var extras: [String: JSONValue]

  public init(values: [FieldID: String] = [:], extras: [String: JSONValue] = [:]) {
    self.values = values
    self.extras = extras
  }

  /// The text of a field, "" when unset.
  public subscript(id: FieldID) -> String {
    get { values[id] ?? "" }
    set { values[id] = newValue.isEmpty ? nil : newValue }
  }

  /// True when no field has a value.
  public var isEmpty: Bool { values.values.allSatisfy(\.isEmpty) && extras.isEmpty }
}

extension StepID {
  /// Where a saved draft stands, in the words every list of drafts uses
  /// (`drafts list`, the wizard's resume list): "4/8 Address", or "Review"
  /// for a draft left on Review (last step, no field focused).
  public static func draftPlace(step: StepID, focusedField: FieldID?) -> String {
    draftPlace(step: step, focusedField: focusedField, language: .english)
  }

  /// `draftPlace(step:focusedField:)` in `language`: "4/8 Domicilio", "Revisión".
  public static func draftPlace(step: StepID, focusedField: FieldID?, language: OperatorLanguage) -> String {
    let steps = StepID.allCases
    if focusedField == nil, step == steps.last { return language.pick("Review", "Revisión") }
    return "\((steps.firstIndex(of: step) ?? 0) + 1)/\(steps.count) \(step.title(in: language))"
  }
}
