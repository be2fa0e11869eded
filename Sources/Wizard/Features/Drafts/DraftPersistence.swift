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
  /// The draft with this id, opened to edit (refused with
  /// `DraftLockedFailure` while another wizard has it open), read-only, or
  /// taken over from the wizard that has it open.
  func load(id: String, mode: DraftOpenMode) throws -> WizardDraft?
}

extension DraftPersistence {
  /// Without locks (tests, memory): every mode is a plain load.
  public func load(id: String, mode: DraftOpenMode) throws -> WizardDraft? {
    try load(id: id)
  }
}

/// How a draft is opened.
public enum DraftOpenMode: Sendable, Hashable {
  /// To edit and save: only when no other wizard has it open.
  case edit
  /// To look at: nothing is saved.
  case readOnly
  /// To edit, taking it from the wizard that has it open (that one stops saving).
  case takeOver
}

/// The draft is open in another wizard (`holder` says where); nothing was loaded.
public struct DraftLockedFailure: Error, Sendable, Hashable {
  /// "desk-7, process 4242 on host-a (/dev/pts/3)".
  public var holder: String

  /// Creates the failure.
  public init(holder: String) {
    self.holder = holder
  }
}

/// Another wizard took this draft over (`holder`); this save was not written.
public struct DraftTakenOverFailure: Error, Sendable, Hashable {
  /// Where the draft is open now.
  public var holder: String

  /// Creates the failure.
  public init(holder: String) {
    self.holder = holder
  }
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
