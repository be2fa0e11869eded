import KYCForm

/// Demo scenarios of the embedded sandbox (sandbox-only triggers keyed on the
/// data, see the sandbox's documentation). Picking one changes the answers
/// that trigger it; submitting from Review then shows it.
public struct DemoScenario: Sendable, Hashable {
  /// Menu title.
  public let title: String
  /// One line on what the presenter will see.
  public let summary: String
  /// The answers it sets.
  public let changes: [FieldID: String]

  /// Creates a scenario.
  public init(title: String, summary: String, changes: [FieldID: String]) {
    self.title = title
    self.summary = summary
    self.changes = changes
  }

  /// The menu, in order.
  public static let all: [DemoScenario] = [
    DemoScenario(
      title: "Happy path", summary: "Kira creates the user; it goes on to VERIFYING",
      changes: [.email: "maria.gonzalez@example.com", .documentNumber: "G12345678"]),
    DemoScenario(
      title: "Rejection", summary: "Kira creates the user, then rejects it within seconds",
      changes: [.email: "maria.gonzalez+reject@example.com"]),
    DemoScenario(
      title: "Kira-side validation error",
      summary: "the document number passes local checks but Kira answers 400 on it",
      changes: [.documentNumber: "KIRA-REJECT", .email: "maria.gonzalez@example.com"]),
    DemoScenario(
      title: "Busy, then retry", summary: "Kira answers 503 twice; the client retries with the same key",
      changes: [.email: "maria.gonzalez+busy@example.com"]),
    DemoScenario(
      title: "Slow answer", summary: "Kira takes its time; the spinner and elapsed time show it",
      changes: [.email: "maria.gonzalez+slow@example.com"]),
  ]
}
