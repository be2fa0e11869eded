import Foundation
import KiraClient

/// The store's files through `OwnedFile`, with its failures as `StoreError`.
enum SafeFile {
  /// Opens and checks `path` (see `OwnedFile.open`).
  static func open(_ path: String, flags: Int32, wide: OwnedFile.WidePolicy = .tighten) throws -> Int32? {
    try translating { try OwnedFile.open(path, flags: flags, wide: wide) }
  }

  /// Reads and checks `path` (see `OwnedFile.read`).
  static func read(_ path: String, limit: Int, wide: OwnedFile.WidePolicy = .tighten) throws -> Data? {
    try translating { try OwnedFile.read(path, limit: limit, wide: wide) }
  }

  /// Makes an existing file `0600` without following a link.
  static func tighten(_ path: String) throws {
    try translating { try OwnedFile.tighten(path) }
  }

  private static func translating<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as OwnedFileError {
      throw StoreError(error)
    }
  }
}

extension StoreError {
  /// The store's wording of an owned-file failure.
  init(_ error: OwnedFileError) {
    switch error {
    case .symbolicLink(let path):
      self = .fileSystem(
        path: path, reason: "it is a symbolic link; kira-onboard opens only its own files, never a link")
    case .notRegular(let path): self = .fileSystem(path: path, reason: "it is not a regular file")
    case .wrongOwner(let path, let owner): self = .wrongOwner(path: path, ownerID: owner)
    case .tooWide(let path, let mode):
      self = .permissionsTooWide(
        path: path, mode: mode, fix: "chmod 600 \(FilePermissions.shellQuoted(path))")
    case .tooLarge(let path, let limit):
      self = .fileSystem(
        path: path, reason: "it is larger than \(limit) bytes; it is not a kira-onboard file")
    case .system(let path, let reason): self = .fileSystem(path: path, reason: reason)
    }
  }
}
