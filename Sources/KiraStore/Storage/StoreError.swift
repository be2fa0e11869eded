import Foundation

/// Everything that can go wrong opening or using the local store. The
/// messages name the file and, for permissions, the exact command that fixes it.
public enum StoreError: Error, Sendable, Equatable {
  /// The key file (or the store folder) can be read by group or others.
  case permissionsTooWide(path: String, mode: UInt16, fix: String)
  /// The key file or store folder belongs to another user.
  case wrongOwner(path: String, ownerID: UInt32)
  /// The key file exists but does not hold a 256-bit key.
  case corruptKeyFile(path: String)
  /// A file system call failed.
  case fileSystem(path: String, reason: String)
  /// Sealed data failed authentication: wrong key, or the row was tampered with.
  case decryptionFailed(what: String)
  /// The database could not be opened or migrated.
  case database(reason: String)
  /// No draft with this id.
  case draftNotFound(String)

  /// One line for people, naming the file and the fix.
  public var message: String {
    switch self {
    case .permissionsTooWide(let path, let mode, let fix):
      return "\(path) has mode \(String(mode, radix: 8)); it must be readable by its owner only. "
        + "Run: \(fix)"
    case .wrongOwner(let path, let ownerID):
      return "\(path) belongs to user id \(ownerID), not to you; refusing to use it"
    case .corruptKeyFile(let path):
      return "\(path) does not hold a valid store key (expected 32 bytes, base64)"
    case .fileSystem(let path, let reason):
      return "\(path): \(reason)"
    case .decryptionFailed(let what):
      return "cannot decrypt \(what): the store key does not match or the data was altered"
    case .database(let reason):
      return "local store: \(reason)"
    case .draftNotFound(let id):
      return "no draft with id \(id)"
    }
  }
}
