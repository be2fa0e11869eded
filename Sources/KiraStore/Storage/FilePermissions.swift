import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Small POSIX helpers for owner-only files and folders.
enum FilePermissions {
  /// Mode bits (the lower 12) and owner of an existing path, or `nil` when it does not exist.
  static func status(of path: String) throws -> (mode: UInt16, owner: UInt32)? {
    var info = stat()
    if stat(path, &info) != 0 {
      if errno == ENOENT { return nil }
      throw StoreError.fileSystem(path: path, reason: String(cString: strerror(errno)))
    }
    return (UInt16(info.st_mode & 0o7777), UInt32(info.st_uid))
  }

  /// Throws unless `path` belongs to the current user and has no group/other bits.
  static func requireOwnerOnly(_ path: String, fix: String) throws {
    guard let (mode, owner) = try status(of: path) else { return }
    if owner != UInt32(getuid()) {
      throw StoreError.wrongOwner(path: path, ownerID: owner)
    }
    if mode & 0o077 != 0 {
      throw StoreError.permissionsTooWide(path: path, mode: mode, fix: fix)
    }
  }

  /// Creates `url` (and missing parents) and makes the last component `0700`;
  /// refuses an existing folder that others can read.
  static func prepareDirectory(_ url: URL) throws {
    let path = url.path
    if try status(of: path) == nil {
      do {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      } catch {
        throw StoreError.fileSystem(path: path, reason: "cannot create folder (\(error))")
      }
      // Created 0700 at once (the umask only removes bits): another process
      // opening the store at the same moment never sees a wider folder.
      if mkdir(path, 0o700) == 0 {
        guard chmod(path, 0o700) == 0 else {
          throw StoreError.fileSystem(path: path, reason: String(cString: strerror(errno)))
        }
      } else if errno != EEXIST {
        throw StoreError.fileSystem(
          path: path, reason: "cannot create folder (\(String(cString: strerror(errno))))")
      }
    }
    try requireOwnerOnly(path, fix: "chmod 700 \(shellQuoted(path))")
  }

  /// Creates an empty `0600` file when missing, so SQLite (which copies the
  /// database file's mode to `-wal` and `-shm`) never creates a wider file.
  /// Never through a symbolic link, never another user's file: a wider
  /// file of ours is made `0600` through its descriptor.
  static func ensureOwnerOnlyFile(_ path: String) throws {
    if let descriptor = try SafeFile.open(path, flags: O_WRONLY | O_CREAT) { close(descriptor) }
  }

  /// Removes group/other bits from an existing file (no-op when missing),
  /// without following a link; another user's file is refused.
  static func tighten(_ path: String) throws {
    try SafeFile.tighten(path)
  }

  /// Quotes a path for a copy-pasteable shell command when it needs it.
  static func shellQuoted(_ path: String) -> String {
    let safe = CharacterSet(charactersIn: "/._-+:@,=")
      .union(.alphanumerics)
    if path.unicodeScalars.allSatisfy(safe.contains) { return path }
    return "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
