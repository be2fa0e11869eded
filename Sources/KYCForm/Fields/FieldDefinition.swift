/// A condition on the whole form (visibility, conditional requirement).
public typealias FormCondition = @Sendable (FormValues) -> Bool

/// One field: identity, presentation, rules, visibility.
public struct FieldDefinition: Sendable {
  /// Stable id: the API key for top-level fields (`birth_date`), dotted for nested ones.
  public let id: FieldID
  /// The wizard step the field belongs to.
  public let step: StepID
  /// Label for people ("Date of birth").
  public let label: String
  /// The same label in Latin-American Spanish ("Fecha de nacimiento"): the
  /// Spanish UI and `import`'s Spanish CSV headers read it from here.
  public let spanishLabel: String
  /// One line of help ("YYYY-MM-DD, e.g. 1990-05-15").
  public let hint: String
  /// The help in Spanish ("p. ej., 15/05/1990 o 1990-05-15").
  public let spanishHint: String
  /// How the field is edited and shown.
  public let kind: FieldKind
  /// Whether the API or KYC needs it.
  public let requirement: Requirement
  /// Where the value goes in the API body (`identifying_information.0.number`).
  public let apiPath: String
  /// Short rule for the wizard's status line ("YYYY-MM-DD · optional").
  public let ruleSummary: String
  /// The short rule in Spanish ("AAAA-MM-DD · opcional").
  public let spanishRuleSummary: String
  /// When a `.conditional` requirement applies, in Spanish ("si se incluye
  /// una identificación"); the English is the requirement's own text.
  public let spanishCondition: String?
  /// Longest accepted value in characters, if limited.
  public let maxLength: Int?
  /// Value a new form starts with (`automatic` for the verification mode).
  public let defaultValue: String?
  /// The validators run on a non-empty value, in order.
  public let rules: [FieldRule]

  let visibleWhen: FormCondition
  let requiredWhen: FormCondition
  let recommendedWhen: FormCondition
  let dynamicText: (@Sendable (FormValues) -> (label: String, hint: String))?
  let spanishDynamicText: (@Sendable (FormValues) -> (label: String, hint: String))?
  let typing: (@Sendable (Character) -> TypingRefusal?)?
  let typingText: (@Sendable (Character) -> String?)?

  /// Creates a field definition. The Spanish texts default to the English
  /// ones (a field made outside the catalogue); `refusing` gives the typing
  /// filter's reasons as values worded in either language, and wins over
  /// `typing`, whose reasons are English text.
  public init(
    id: FieldID, step: StepID, label: String, spanishLabel: String, hint: String, spanishHint: String? = nil,
    kind: FieldKind, requirement: Requirement, spanishCondition: String? = nil, apiPath: String,
    ruleSummary: String, spanishRuleSummary: String? = nil, maxLength: Int? = nil,
    defaultValue: String? = nil, rules: [FieldRule] = [],
    visibleWhen: @escaping FormCondition = { _ in true },
    requiredWhen: @escaping FormCondition = { _ in false },
    recommendedWhen: @escaping FormCondition = { _ in false },
    dynamicText: (@Sendable (FormValues) -> (label: String, hint: String))? = nil,
    spanishDynamicText: (@Sendable (FormValues) -> (label: String, hint: String))? = nil,
    typing: (@Sendable (Character) -> String?)? = nil,
    refusing: (@Sendable (Character) -> TypingRefusal?)? = nil
  ) {
    self.id = id
    self.step = step
    self.label = label
    self.spanishLabel = spanishLabel
    self.hint = hint
    self.spanishHint = spanishHint ?? hint
    self.kind = kind
    self.requirement = requirement
    self.spanishCondition = spanishCondition
    self.apiPath = apiPath
    self.ruleSummary = ruleSummary
    self.spanishRuleSummary = spanishRuleSummary ?? ruleSummary
    self.maxLength = maxLength
    self.defaultValue = defaultValue
    self.rules = rules
    self.visibleWhen = visibleWhen
    self.requiredWhen = requiredWhen
    self.recommendedWhen = recommendedWhen
    self.dynamicText = dynamicText
    self.spanishDynamicText = spanishDynamicText
    self.typing = refusing
    self.typingText = refusing == nil ? typing : nil
  }

  /// Whether the field is shown (and sent) for these answers.
  public func isVisible(in values: FormValues) -> Bool {
    visibleWhen(values)
  }

  /// Whether an empty value is an error for these answers.
  public func isRequired(in values: FormValues) -> Bool {
    visibleWhen(values) && requiredWhen(values)
  }

  /// Whether Kira needs the value to verify the customer (an empty value is
  /// a warning, not an error: the user is created but lists it in `missing_fields`).
  public func isRecommended(in values: FormValues) -> Bool {
    visibleWhen(values) && recommendedWhen(values)
  }

  /// The label for these answers ("SSN" for a USA address, "Tax ID" otherwise).
  public func label(in values: FormValues) -> String {
    label(in: values, language: .english)
  }

  /// The label for these answers in `language` ("SSN", "Identificación fiscal").
  public func label(in values: FormValues, language: OperatorLanguage) -> String {
    switch language {
    case .english: dynamicText?(values).label ?? label
    case .spanish: spanishDynamicText?(values).label ?? spanishLabel
    }
  }

  /// The hint for these answers.
  public func hint(in values: FormValues) -> String {
    hint(in: values, language: .english)
  }

  /// The hint for these answers in `language`.
  public func hint(in values: FormValues, language: OperatorLanguage) -> String {
    switch language {
    case .english: dynamicText?(values).hint ?? hint
    case .spanish: spanishDynamicText?(values).hint ?? spanishHint
    }
  }

  /// The short rule of the status line in `language` ("AAAA-MM-DD · opcional").
  public func ruleSummary(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishRuleSummary : ruleSummary
  }

  /// The short rule in both languages (the expected format of findings without one of their own).
  var ruleSummaryText: BilingualText { BilingualText(english: ruleSummary, spanish: spanishRuleSummary) }

  /// When a `.conditional` requirement applies, in both languages; nil for
  /// other requirements.
  var requirementCondition: BilingualText? {
    guard case .conditional(let english) = requirement else { return nil }
    return BilingualText(english: english, spanish: spanishCondition ?? english)
  }

  /// nil when `character` may be typed into this field; else a short hint why
  /// not ("digits and - only"). Only for characters that can never be valid
  /// (letters in a date, digits in a country code).
  public func refusal(forTyped character: Character) -> String? {
    refusal(forTyped: character, language: .english)
  }

  /// `refusal(forTyped:)` in `language` ("solo dígitos y -").
  public func refusal(forTyped character: Character, language: OperatorLanguage) -> String? {
    if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return TypingRefusal.controlCharacter.text(in: language)
    }
    if let typing { return typing(character)?.text(in: language) }
    return typingText?(character)
  }

  /// The options of a choice field (yes/no included), else empty.
  public var options: [ChoiceOption] {
    switch kind {
    case .choice(let options): options
    case .yesNo: KYCOptions.yesNo
    default: []
    }
  }
}

/// Why a typed character is refused, worded in either language: the short
/// hint the wizard shows the moment the key is pressed.
public enum TypingRefusal: String, TranslatableText, CaseIterable {
  /// A control character, in any field.
  case controlCharacter
  /// A letter or symbol in a date.
  case dateCharacters
  /// A digit in a country.
  case countryCharacters
  /// A letter or symbol in a phone number.
  case phoneCharacters
  /// A space in an email address.
  case emailSpace
  /// Anything but a letter in a yes/no answer.
  case yesNo
  /// A symbol in a code (tax ID, document number, postcode).
  case codeCharacters

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .controlCharacter: ("no control characters", "sin caracteres de control")
    case .dateCharacters: ("digits and - only", "solo dígitos y -")
    case .countryCharacters: ("letters only (code or name)", "solo letras (código o nombre)")
    case .phoneCharacters:
      (
        "digits, + and spaces only (an extension cannot be sent)",
        "solo dígitos, + y espacios (no se puede enviar una extensión)"
      )
    case .emailSpace: ("no spaces in an email address", "un correo electrónico no lleva espacios")
    case .yesNo: ("y or n", "s o n")
    case .codeCharacters: ("letters, digits and - only", "solo letras, dígitos y -")
    }
  }

  public var kind: TypingRefusal { self }
  public static func example(of kind: TypingRefusal) -> TypingRefusal { kind }
}
