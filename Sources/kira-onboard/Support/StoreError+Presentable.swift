import KiraStore

extension StoreError: PresentableError {
  /// The store's own explanation (file, rule, and the fix when there is one).
  var userMessage: String { message }

  /// Permissions: 77; a corrupt key or undecryptable data: 65; a missing
  /// draft: 66; database and file system failures: 70.
  var exitStatus: Int32 {
    switch self {
    case .permissionsTooWide, .wrongOwner: ExitStatus.permissionDenied
    case .corruptKeyFile, .decryptionFailed: ExitStatus.dataError
    case .draftNotFound: ExitStatus.noInput
    case .fileSystem, .database: ExitStatus.software
    }
  }
}
