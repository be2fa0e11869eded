import Foundation

/// Reads whole files; injected so validation and payload assembly can be
/// tested without a disk.
public protocol FileReading: Sendable {
  /// The bytes of the file at `path`. Throws when it is missing or unreadable.
  func contents(ofFile path: String) throws -> Data
}

/// Why a file could not be read.
public enum FileReadingError: Error, Sendable, Hashable {
  /// Nothing exists at the path.
  case notFound(path: String)
  /// The path is a folder, not a file.
  case isDirectory(path: String)
  /// It exists but could not be read (permissions, I/O); `reason` is the system's text.
  case unreadable(path: String, reason: String)
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

  /// Reads the file, mapping failures to `FileReadingError`.
  public func contents(ofFile path: String) throws -> Data {
    let resolved = resolve(path)
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isDirectory) else {
      throw FileReadingError.notFound(path: path)
    }
    if isDirectory.boolValue { throw FileReadingError.isDirectory(path: path) }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: resolved), options: .mappedIfSafe)
    } catch {
      throw FileReadingError.unreadable(path: path, reason: "permission denied or I/O error")
    }
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
