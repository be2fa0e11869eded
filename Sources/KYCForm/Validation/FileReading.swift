import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads whole files; injected so validation and payload assembly can be
/// tested without a disk.
public protocol FileReading: Sendable {
  /// The bytes of the file at `path`. Throws when it is missing or unreadable.
  func contents(ofFile path: String) throws -> Data
  /// The bytes of the file at `path`, refused with `FileReadingError.tooLarge`
  /// above `limit` bytes. The real file system checks before reading a byte.
  func contents(ofFile path: String, atMost limit: Int) throws -> Data
  /// The size of the file at `path` in bytes, without reading it where the
  /// reader can (the real file system asks `stat`).
  func byteCount(ofFile path: String) throws -> Int
}

extension FileReading {
  /// Reads the whole file, then checks its size (for in-memory readers).
  public func contents(ofFile path: String, atMost limit: Int) throws -> Data {
    let data = try contents(ofFile: path)
    if data.count > limit { throw FileReadingError.tooLarge(path: path, size: data.count, limit: limit) }
    return data
  }

  /// Reads the file and counts its bytes (for in-memory readers).
  public func byteCount(ofFile path: String) throws -> Int {
    try contents(ofFile: path).count
  }
}

/// Why a file could not be read.
public enum FileReadingError: Error, Sendable, Hashable {
  /// Nothing exists at the path.
  case notFound(path: String)
  /// The path is a folder, not a file.
  case isDirectory(path: String)
  /// It exists but could not be read (permissions, I/O); `reason` is the system's text.
  case unreadable(path: String, reason: String)
  /// Not a regular file: a FIFO, device, socket or `/proc` entry (`kind`).
  case notRegularFile(path: String, kind: String)
  /// Larger than the limit; `size` is `nil` when it grew while being read.
  case tooLarge(path: String, size: Int?, limit: Int)
}

/// The real file system. Relative paths are resolved against
/// `baseDirectory` (the folder of the JSON body being validated) when set,
/// else against the current directory; `~` is expanded.
public struct FileSystemReader: FileReading {
  /// Folder that relative paths are resolved against; `nil` for the current directory.
  public var baseDirectory: URL?

  /// Creates a reader resolving relative paths against `baseDirectory`.
  public init(baseDirectory: URL? = nil) {
    self.baseDirectory = baseDirectory
  }

  /// The absolute path a (possibly relative, possibly `~`) path refers to.
  public func resolve(_ path: String) -> String {
    let expanded = PathExpansion.expandingTilde(path)
    if expanded.hasPrefix("/") { return expanded }
    if let baseDirectory { return baseDirectory.appendingPathComponent(expanded).path }
    return expanded
  }

  /// Reads the file (up to 1 GB), mapping failures to `FileReadingError`.
  public func contents(ofFile path: String) throws -> Data {
    try contents(ofFile: path, atMost: 1 << 30)
  }

  /// Checks the file with `stat` (regular, at most `limit` bytes), then reads
  /// at most `limit + 1` bytes; see `BoundedFile`.
  public func contents(ofFile path: String, atMost limit: Int) throws -> Data {
    try BoundedFile.read(resolve(path), limit: limit, shownAs: path)
  }

  /// The file's size from `stat`, without opening it.
  public func byteCount(ofFile path: String) throws -> Int {
    var info = stat()
    guard stat(resolve(path), &info) == 0 else { throw FileReadingError.notFound(path: path) }
    return Int(info.st_size)
  }
}

/// `~` expansion for paths typed by the operator.
public enum PathExpansion {
  /// `~` or `~/x` with the home folder (`HOME`) put in; other paths unchanged.
  public static func expandingTilde(_ path: String) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    return home + path.dropFirst()
  }
}
