import KYCForm
import KiraModels

/// What the runtime needs from Kira: one create. The live implementation is
/// `KiraClientBackend`; tests use in-memory ones.
public protocol WizardBackend: Sendable {
  /// Creates the user from `body` under `idempotencyKey`, reporting retries
  /// through `progress`. Never throws: every ending is a `SubmissionOutcome`.
  func createUser(
    body: JSONValue, idempotencyKey: String, progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome

  /// Gets ready before the first create (e.g. authenticates).
  func prepare() async throws

  /// Kira's subdivision codes once it is connected (`GET /v1/countries`,
  /// cached); nil keeps the embedded table (offline, embedded sandbox).
  func subdivisions() async -> SubdivisionCatalog?
}

extension WizardBackend {
  /// Gets ready before the first create (e.g. authenticates), so a wrong
  /// credential shows while the operator types. Default: nothing to do.
  public func prepare() async throws {}

  /// Default: the embedded table stays the authority.
  public func subdivisions() async -> SubdivisionCatalog? { nil }
}
