import Crypto
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The store's 256-bit master key, kept base64 in an owner-only key file that
/// is separate from the database. It never encrypts data directly except
/// pending request bodies: it wraps per-draft data keys and derives the
/// applicant fingerprint key.
public struct MasterKey: Sendable {
  /// The raw key bytes (`SymmetricKey` is not `Sendable` on every platform).
  private let bytes: Data

  /// Wraps an existing key (tests).
  public init(key: SymmetricKey) {
    self.bytes = key.withUnsafeBytes { Data($0) }
  }

  /// The key, for sealing and derivation.
  var key: SymmetricKey { SymmetricKey(data: bytes) }

  /// Reads the key file, creating it (mode `0600`) on first use. Refuses a
  /// key file that group or others can read, naming the `chmod 600` to run.
  public static func loadOrCreate(at url: URL) throws -> MasterKey {
    let path = url.path
    if let existing = try read(path) { return existing }
    let key = SymmetricKey(size: .bits256)
    let text = key.withUnsafeBytes { Data($0).base64EncodedString() } + "\n"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    if descriptor < 0 {
      // Another process created it first: use theirs.
      if errno == EEXIST, let existing = try read(path) { return existing }
      throw StoreError.fileSystem(path: path, reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    guard written == bytes.count, fsync(descriptor) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(path)
      throw StoreError.fileSystem(path: path, reason: "cannot write key file: \(reason)")
    }
    return MasterKey(key: key)
  }

  /// The key from an existing file after the permission check; `nil` when missing.
  private static func read(_ path: String) throws -> MasterKey? {
    // Never through a link, never another user's, refused when others may
    // read it (the key may have leaked: that is for a person to look at).
    guard let data = try SafeFile.read(path, limit: 4096, wide: .refuse) else { return nil }
    let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let raw = Data(base64Encoded: text), raw.count == 32 else {
      throw StoreError.corruptKeyFile(path: path)
    }
    return MasterKey(key: SymmetricKey(data: raw))
  }
}
