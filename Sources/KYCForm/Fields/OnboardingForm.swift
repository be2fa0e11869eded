/// The KYC form for one kind of customer: its steps, fields and rules, plus
/// normalisation, validation, payload assembly and error mapping (in the
/// `OnboardingForm+*.swift` extensions).
public struct OnboardingForm: Sendable {
  /// The steps, in wizard order.
  public let steps: [StepDefinition]
  private let fieldsByID: [FieldID: FieldDefinition]
  /// The subdivision codes the state field is read and checked with: the
  /// embedded table, or Kira's `GET /v1/countries` once fetched.
  public var subdivisions: SubdivisionCatalog = .embedded

  /// Creates a form from its steps.
  public init(steps: [StepDefinition]) {
    self.steps = steps
    var byID: [FieldID: FieldDefinition] = [:]
    for step in steps {
      for field in step.fields { byID[field.id] = field }
    }
    self.fieldsByID = byID
  }

  /// Every field, in step order.
  public var fields: [FieldDefinition] { steps.flatMap(\.fields) }

  /// The field with this id, if the form has it.
  public func field(_ id: FieldID) -> FieldDefinition? {
    fieldsByID[id]
  }

  /// The step with this id, if the form has it.
  public func step(_ id: StepID) -> StepDefinition? {
    steps.first { $0.id == id }
  }

  /// The fields of `step` shown for these answers, in order.
  public func visibleFields(in step: StepID, values: FormValues) -> [FieldDefinition] {
    (self.step(step)?.fields ?? []).filter { $0.isVisible(in: values) }
  }

  /// A fresh form: every field empty except those with a default.
  public var initialValues: FormValues {
    var values = FormValues()
    for field in fields {
      if let value = field.defaultValue { values[field.id] = value }
    }
    return values
  }
}
