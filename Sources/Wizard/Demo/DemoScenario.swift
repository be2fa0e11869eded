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

  /// The menu, in order. Each sets both trigger fields, so picking one
  /// undoes the one picked before.
  public static let all: [DemoScenario] = [
    scenario("Happy path", "Kira creates the user; it goes on to VERIFYING, then VERIFIED", email: ""),
    scenario("Rejection", "Kira creates the user, then rejects it within seconds", email: "+reject"),
    scenario("Manual review", "Kira creates the user, then holds it in REVIEW", email: "+review"),
    scenario(
      "Kira-side validation error", "the document number passes local checks, Kira answers 400 on it",
      email: "+kira400", document: "K00000400"),
    scenario(
      "Busy, then retry", "Kira answers 503 twice; the client retries with the same key", email: "+busy"),
    scenario(
      "Slow answer", "Kira holds its answer a few seconds (with a short --request-timeout: unknown outcome)",
      email: "+slow"),
  ]

  private static func scenario(
    _ title: String, _ summary: String, email tag: String, document: String = "G12345678"
  )
    -> DemoScenario
  {
    DemoScenario(
      title: title, summary: summary,
      changes: [.email: "maria.gonzalez\(tag)@example.com", .documentNumber: document])
  }
}
