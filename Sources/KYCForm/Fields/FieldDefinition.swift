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
  /// How the field is edited and shown.
  public let kind: FieldKind
  /// Whether the API or KYC needs it.
  public let requirement: Requirement
  /// Where the value goes in the API body (`identifying_information.0.number`).
  public let apiPath: String
  /// Short rule for the wizard's status line ("YYYY-MM-DD · optional").
  public let ruleSummary: String
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
  let typing: (@Sendable (Character) -> String?)?

  /// Creates a field definition.
  public init(
    id: FieldID, step: StepID, label: String, spanishLabel: String, hint: String, kind: FieldKind,
    requirement: Requirement, apiPath: String, ruleSummary: String, maxLength: Int? = nil,
    defaultValue: String? = nil, rules: [FieldRule] = [],
    visibleWhen: @escaping FormCondition = { _ in true },
    requiredWhen: @escaping FormCondition = { _ in false },
    recommendedWhen: @escaping FormCondition = { _ in false },
    dynamicText: (@Sendable (FormValues) -> (label: String, hint: String))? = nil,
    typing: (@Sendable (Character) -> String?)? = nil
  ) {
    self.id = id
    self.step = step
    self.label = label
    self.spanishLabel = spanishLabel
    self.hint = hint
    self.kind = kind
    self.requirement = requirement
    self.apiPath = apiPath
    self.ruleSummary = ruleSummary
    self.maxLength = maxLength
    self.defaultValue = defaultValue
    self.rules = rules
    self.visibleWhen = visibleWhen
    self.requiredWhen = requiredWhen
    self.recommendedWhen = recommendedWhen
    self.dynamicText = dynamicText
    self.typing = typing
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
    dynamicText?(values).label ?? label
  }

  /// The hint for these answers.
  public func hint(in values: FormValues) -> String {
    dynamicText?(values).hint ?? hint
  }

  /// nil when `character` may be typed into this field; else a short hint why
  /// not ("digits and - only"). Only for characters that can never be valid
  /// (letters in a date, digits in a country code).
  public func refusal(forTyped character: Character) -> String? {
    if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      return "no control characters"
    }
    return typing?(character)
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
