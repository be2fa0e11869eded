import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a file kira-onboard keeps (store, key, log, credentials) was not used.
public enum OwnedFileError: Error, Sendable, Hashable {
  /// The path is a symbolic link: only the file itself is opened.
  case symbolicLink(path: String)
  /// Not a regular file (a folder, FIFO, device).
  case notRegular(path: String)
  /// Another user owns it.
  case wrongOwner(path: String, ownerID: UInt32)
  /// Group or others may read it (refused for secrets).
  case tooWide(path: String, mode: UInt16)
  /// Larger than any file of ours.
  case tooLarge(path: String, limit: Int)
  /// The system refused (`reason` is its text).
  case system(path: String, reason: String)
}

/// Files we trust are ours: opened without following a symbolic link
/// (`O_NOFOLLOW`), refused when they are not regular files or another user
/// owns them, and, when group or others may read them, made `0600` through
/// the open descriptor (`fchmod`: a link swapped in never gets its target
/// changed) or refused (secrets, whose exposure must be looked at).
public enum OwnedFile {
  /// What to do with a file group or others may read.
  public enum WidePolicy: Sendable {
    /// Make it `0600`.
    case tighten
    /// Refuse it (`OwnedFileError.tooWide`).
    case refuse
  }

  /// Opens `path` with `flags` (plus `O_NOFOLLOW`, `O_CLOEXEC`; `O_CREAT`
  /// creates it `0600`), checks it and returns the descriptor; `nil` when it
  /// does not exist and `flags` has no `O_CREAT`.
  public static func open(_ path: String, flags: Int32, wide: WidePolicy = .tighten) throws -> Int32? {
    let fd = Glibc.open(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0o600)
    guard fd >= 0 else {
      let code = errno
      if code == ENOENT, flags & O_CREAT == 0 { return nil }
      if code == ELOOP { throw OwnedFileError.symbolicLink(path: path) }
      throw OwnedFileError.system(path: path, reason: String(cString: strerror(code)))
    }
    do {
      try check(fd, path: path, wide: wide)
    } catch {
      close(fd)
      throw error
    }
    return fd
  }

  /// The bytes of `path` (at most `limit`), or `nil` when it does not exist.
  public static func read(_ path: String, limit: Int, wide: WidePolicy = .tighten) throws -> Data? {
    guard let fd = try open(path, flags: O_RDONLY, wide: wide) else { return nil }
    defer { close(fd) }
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 4096)
    while data.count <= limit {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count >= 0 else {
        throw OwnedFileError.system(path: path, reason: String(cString: strerror(errno)))
      }
      if count == 0 { return data }
      data.append(contentsOf: buffer[0..<count])
    }
    throw OwnedFileError.tooLarge(path: path, limit: limit)
  }

  /// Makes an existing file `0600` (no-op when missing) without opening it:
  /// `lstat` refuses a link or another user's file, then `chmod`. Never
  /// opened, because closing any descriptor of a file drops every POSIX lock
  /// this process holds on it, and SQLite locks its `-wal` and `-shm` files.
  public static func tighten(_ path: String) throws {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      if errno == ENOENT { return }
      throw OwnedFileError.system(path: path, reason: String(cString: strerror(errno)))
    }
    if info.st_mode & S_IFMT == S_IFLNK { throw OwnedFileError.symbolicLink(path: path) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw OwnedFileError.notRegular(path: path) }
    guard info.st_uid == getuid() else {
      throw OwnedFileError.wrongOwner(path: path, ownerID: UInt32(info.st_uid))
    }
    if info.st_mode & 0o077 != 0, chmod(path, info.st_mode & 0o700) != 0 {
      throw OwnedFileError.system(path: path, reason: String(cString: strerror(errno)))
    }
  }

  private static func check(_ fd: Int32, path: String, wide: WidePolicy) throws {
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw OwnedFileError.system(path: path, reason: String(cString: strerror(errno)))
    }
    guard info.st_mode & S_IFMT == S_IFREG else { throw OwnedFileError.notRegular(path: path) }
    guard info.st_uid == getuid() else {
      throw OwnedFileError.wrongOwner(path: path, ownerID: UInt32(info.st_uid))
    }
    guard info.st_mode & 0o077 != 0 else { return }
    switch wide {
    case .refuse: throw OwnedFileError.tooWide(path: path, mode: UInt16(info.st_mode & 0o7777))
    case .tighten:
      guard fchmod(fd, info.st_mode & 0o700) == 0 else {
        throw OwnedFileError.system(path: path, reason: String(cString: strerror(errno)))
      }
    }
  }
}
