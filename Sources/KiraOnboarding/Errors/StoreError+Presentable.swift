import KiraStore

extension StoreError: PresentableError {
  /// The store's own explanation (file, rule, and the fix when there is one).
  public var userMessage: String { message }

  /// Permissions: 77; a corrupt key or undecryptable data: 65; a missing
  /// draft: 66; database and file system failures: 70.
  public var exitStatus: Int32 {
    switch self {
    case .permissionsTooWide, .wrongOwner: ExitStatus.permissionDenied
    case .corruptKeyFile, .decryptionFailed: ExitStatus.dataError
    case .draftNotFound: ExitStatus.noInput
    case .fileSystem, .database: ExitStatus.software
    }
  }
}

extension JournalFailure: PresentableError {
  /// Says whether the request left.
  public var userMessage: String {
    switch self {
    case .beforeSending(let error):
      "nothing was sent to Kira: the local journal could not record the attempt (\(error.message))"
    case .afterSending(let key, let error):
      "the request was sent but the local journal could not record Kira's answer (\(error.message)); "
        + "the outcome is unknown: retry with --idempotency-key \(key) once the store is fixed"
    }
  }

  /// Before sending: the store's failure (70); after: 75, retry with the same key.
  public var exitStatus: Int32 {
    switch self {
    case .beforeSending(let error): error.exitStatus
    case .afterSending: ExitStatus.temporaryFailure
    }
  }
}
