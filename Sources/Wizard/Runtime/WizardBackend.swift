import KiraModels

/// What the runtime needs from Kira: one create. The live implementation is
/// `KiraClientBackend`; tests use in-memory ones.
public protocol WizardBackend: Sendable {
  /// Creates the user from `body` under `idempotencyKey`, reporting retries
  /// through `progress`. Never throws: every ending is a `SubmissionOutcome`.
  func createUser(
    body: JSONValue, idempotencyKey: String, progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome
}
