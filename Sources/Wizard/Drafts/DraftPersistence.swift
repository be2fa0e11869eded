/// Where the wizard keeps its drafts. The executable implements it with the
/// encrypted local store; tests use an in-memory one. Calls are synchronous
/// and cheap: `save` runs every time the operator leaves a field, before the
/// next key is read, so a `kill -9` loses at most the field being typed.
public protocol DraftPersistence: Sendable {
  /// Saves `draft` in one transaction; returns its id (a new one when `draft.id` is nil).
  func save(_ draft: WizardDraft) throws -> String
  /// The draft with this id, with what the journal says about its submissions.
  func load(id: String) throws -> WizardDraft?
  /// Every draft, most recently saved first.
  func list() throws -> [DraftListing]
  /// Wipes a draft (its row and its key material).
  func delete(id: String) throws
}

/// A draft store failure, worded for the operator (no applicant data).
public struct DraftStoreFailure: Error, Sendable, Hashable {
  /// What went wrong.
  public var message: String

  /// Creates a failure.
  public init(_ message: String) {
    self.message = message
  }
}
