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
  /// How a date written with the day and month first (`05/04/1990`) is
  /// read: day first unless the operator's desk says otherwise.
  public var dateOrder: DateOrder = .dayFirst

  /// Creates a form from its steps.
  public init(steps: [StepDefinition]) {
    self.steps = steps
    var byID: [FieldID: FieldDefinition] = [:]
    for step in steps {
      for field in step.fields { byID[field.id] = field }
    }
    self.fieldsByID = byID
    self.fields = steps.flatMap(\.fields)
  }

  /// Every field, in step order (kept, not rebuilt on each use: the wizard
  /// reads it on every key).
  public let fields: [FieldDefinition]

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

/// The order of day and month in a date typed as `DD/MM/YYYY` or `MM/DD/YYYY`.
public enum DateOrder: String, Sendable, Hashable, CaseIterable {
  /// `15/05/1990`: how Latin America and most of the world write dates.
  case dayFirst = "dmy"
  /// `05/15/1990`: US desks.
  case monthFirst = "mdy"
}
