import Wizard

extension DraftStoreFailure: PresentableError {
  /// The store's own wording.
  public var userMessage: String { message }

  /// Data the store cannot read back: 65.
  public var exitStatus: Int32 { ExitStatus.dataError }
}

extension DraftLockedFailure: PresentableError {
  /// Where the draft is open.
  public var userMessage: String {
    "the draft is open in another wizard (\(holder)); open it with --resume to read it or take it over"
  }

  /// Busy: 75 (try again later).
  public var exitStatus: Int32 { ExitStatus.temporaryFailure }
}
