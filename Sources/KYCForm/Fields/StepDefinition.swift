/// One wizard step and its fields, in display order.
public struct StepDefinition: Sendable {
  /// Which step.
  public let id: StepID
  /// Its fields, in order.
  public let fields: [FieldDefinition]

  /// Creates a step.
  public init(id: StepID, fields: [FieldDefinition]) {
    self.id = id
    self.fields = fields
  }

  /// Human title ("ID document").
  public var title: String { id.title }
}
