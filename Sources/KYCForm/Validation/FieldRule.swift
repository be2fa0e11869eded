/// What a rule sees besides the value: the field, the whole form and the policy.
public struct RuleContext: Sendable {
  /// The field being checked.
  public let field: FieldDefinition
  /// Every answer (for rules that depend on other fields).
  public let values: FormValues
  /// Clock, age limit, file reader.
  public let policy: ValidationPolicy

  /// Creates a context.
  public init(field: FieldDefinition, values: FormValues, policy: ValidationPolicy) {
    self.field = field
    self.values = values
    self.policy = policy
  }

  /// The field's label as shown for the current answers.
  public var label: String { field.label(in: values) }
}

/// One failed rule: a stable code, a one-line message, a severity.
public struct RuleFailure: Sendable, Hashable {
  /// Stable machine code (`invalid_date`, `too_long`...).
  public var code: String
  /// One line naming the rule and, where useful, the value.
  public var message: String
  /// Errors block submission; warnings do not.
  public var severity: Severity
  /// The format the rule expects, when it is more precise than the rule's summary.
  public var expected: String?

  /// Creates a failure.
  public init(code: String, message: String, severity: Severity = .error, expected: String? = nil) {
    self.code = code
    self.message = message
    self.severity = severity
    self.expected = expected
  }
}

/// A validator: a small value with a stable code that checks one non-empty
/// value. Requiredness and visibility are decided by the field, not by rules.
public struct FieldRule: Sendable {
  /// The rule's stable name; also the code of its main failure.
  public let code: String
  /// Short human summary ("at most 70 characters").
  public let summary: String
  private let check: @Sendable (_ value: String, _ context: RuleContext) -> RuleFailure?

  /// Creates a rule from its check.
  public init(
    code: String, summary: String,
    check: @escaping @Sendable (_ value: String, _ context: RuleContext) -> RuleFailure?
  ) {
    self.code = code
    self.summary = summary
    self.check = check
  }

  /// Runs the rule on a non-empty value; nil when it passes.
  public func evaluate(_ value: String, in context: RuleContext) -> RuleFailure? {
    check(value, context)
  }
}
