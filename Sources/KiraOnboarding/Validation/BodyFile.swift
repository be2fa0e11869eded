import Foundation
import KYCForm

/// Reads a JSON body named on the command line (`validate`, `submit`,
/// `--load`): a regular file or `-` for standard input, at most
/// `limit` bytes, checked before it is read (see `BoundedFile`).
public enum BodyFile {
  /// Generous: a body with three 10 MB images embedded as base64 is about 40 MB.
  public static let limit = 64_000_000

  /// The body's bytes and the folder its relative image paths are read from.
  public static func read(_ file: String, limit: Int = BodyFile.limit) throws -> (Data, URL) {
    let currentFolder = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    do {
      if file == "-" {
        return (try BoundedFile.readBounded(0, path: "standard input", limit: limit), currentFolder)
      }
      let url = URL(fileURLWithPath: file, relativeTo: currentFolder).standardizedFileURL
      return (try BoundedFile.read(url.path, limit: limit, shownAs: file), url.deletingLastPathComponent())
    } catch let error as FileReadingError {
      throw ValidateInputError(file: file, error)
    }
  }
}

extension ValidateInputError {
  /// The command-line wording of a file that could not be read.
  public init(file: String, _ error: FileReadingError) {
    switch error {
    case .notFound: self = .unreadable(path: file, reason: "no such file")
    case .isDirectory: self = .unreadable(path: file, reason: "it is a folder")
    case .notRegularFile(_, let kind):
      self = .unreadable(path: file, reason: "it is a \(kind), not a regular file")
    case .unreadable(_, let reason): self = .unreadable(path: file, reason: reason)
    case .tooLarge(_, let size, let limit):
      self = .tooLarge(path: file, size: size, limit: limit)
    }
  }
}
