/// What a rule sees besides the value: the field, the whole form and the policy.
public struct RuleContext: Sendable {
  /// The field being checked.
  public let field: FieldDefinition
  /// Every answer (for rules that depend on other fields).
  public let values: FormValues
  /// Clock, age limit, file reader.
  public let policy: ValidationPolicy
  /// The subdivision codes in force (embedded, or Kira's once fetched).
  public let subdivisions: SubdivisionCatalog

  /// Creates a context.
  public init(
    field: FieldDefinition, values: FormValues, policy: ValidationPolicy,
    subdivisions: SubdivisionCatalog = .embedded
  ) {
    self.field = field
    self.values = values
    self.policy = policy
    self.subdivisions = subdivisions
  }

  /// The field's label as shown for the current answers.
  public var label: String { field.label(in: values) }

  /// The field's label for the current answers, in both languages: what
  /// messages name the field by.
  public var bilingualLabel: BilingualText {
    BilingualText(english: field.label(in: values), spanish: field.label(in: values, language: .spanish))
  }
}

/// One failed rule: a stable code, what was found (a value with its
/// arguments, worded in either language by `RuleMessage.text(in:)`), a
/// severity and the format expected.
public struct RuleFailure: Sendable, Hashable {
  /// Stable machine code (`invalid_date`, `too_long`...).
  public var code: String
  /// What was found, with its arguments.
  public var reason: RuleMessage
  /// Errors block submission; warnings do not.
  public var severity: Severity
  /// The format the rule expects, where it has one ("5 digits, e.g. 02860"), in both languages.
  public var expectation: BilingualText?

  /// One line in English naming the rule and, where useful, the value.
  /// Setting it keeps the text as given, for both languages.
  public var message: String {
    get { reason.text(in: .english) }
    set { reason = .custom(BilingualText(untranslated: newValue)) }
  }

  /// The expected format in English. Setting it keeps the text as given, for both languages.
  public var expected: String? {
    get { expectation?.english }
    set { expectation = newValue.map(BilingualText.init(untranslated:)) }
  }

  /// Creates a failure from English text alone (a rule made outside the
  /// form's catalogue): Spanish readers get the same text.
  public init(code: String, message: String, severity: Severity = .error, expected: String? = nil) {
    self.init(
      code: code, .custom(BilingualText(untranslated: message)), severity: severity,
      expected: expected.map(BilingualText.init(untranslated:)))
  }

  /// Creates a failure from what was found.
  public init(
    code: String, _ reason: RuleMessage, severity: Severity = .error, expected: BilingualText? = nil
  ) {
    self.code = code
    self.reason = reason
    self.severity = severity
    self.expectation = expected
  }

  /// The message in `language`.
  public func message(in language: OperatorLanguage) -> String {
    reason.text(in: language)
  }

  /// The expected format in `language`, if the failure gives one.
  public func expected(in language: OperatorLanguage) -> String? {
    expectation?.text(in: language)
  }
}

/// A validator: a small value with a stable code that checks one non-empty
/// value. Requiredness and visibility are decided by the field, not by rules.
public struct FieldRule: Sendable {
  /// The rule's stable name; also the code of its main failure.
  public let code: String
  /// Short human summary ("at most 70 characters").
  public let summary: String
  /// The summary in Spanish ("como máximo 70 caracteres").
  public let spanishSummary: String
  private let check: @Sendable (_ value: String, _ context: RuleContext) -> RuleFailure?

  /// Creates a rule from its check. Without a Spanish summary, Spanish
  /// readers see the English one.
  public init(
    code: String, summary: String, spanishSummary: String? = nil,
    check: @escaping @Sendable (_ value: String, _ context: RuleContext) -> RuleFailure?
  ) {
    self.code = code
    self.summary = summary
    self.spanishSummary = spanishSummary ?? summary
    self.check = check
  }

  /// The summary in `language`.
  public func summary(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishSummary : summary
  }

  /// The summary in both languages.
  var summaryText: BilingualText { BilingualText(english: summary, spanish: spanishSummary) }

  /// Runs the rule on a non-empty value; nil when it passes.
  public func evaluate(_ value: String, in context: RuleContext) -> RuleFailure? {
    check(value, context)
  }
}
