import Foundation
import KiraClient
import Testing

@testable import KiraStore

#if canImport(Glibc)
  import Glibc
#endif

/// Files we trust are ours: never through a link, never another user's,
/// made 0600 when ours and wider (the key refused instead).
@Suite("Owned files")
struct OwnedFilesTests {
  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("kira-owned-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func mode(_ path: String) throws -> UInt16 {
    try #require(try FilePermissions.status(of: path)).mode
  }

  @Test("a symlinked database file is refused and its target keeps its mode")
  func symlinkedDatabase() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let location = StoreLocation(directory: root.appendingPathComponent("store"))
    try FileManager.default.createDirectory(at: location.directory, withIntermediateDirectories: true)
    #expect(chmod(location.directory.path, 0o700) == 0)
    let target = root.appendingPathComponent("elsewhere.db").path
    #expect(FileManager.default.createFile(atPath: target, contents: nil))
    #expect(chmod(target, 0o644) == 0)
    #expect(symlink(target, location.databaseURL.path) == 0)
    let error = #expect(throws: StoreError.self) { _ = try LocalStore.open(at: location) }
    #expect(error?.message.contains("symbolic link") == true, "\(String(describing: error))")
    #expect(try mode(target) == 0o644, "the link's target was not chmodded")
  }

  @Test("an existing 0644 database becomes 0600; a 0644 key is refused naming the chmod")
  func wideFiles() throws {
    let temporary = try TemporaryStore()
    let database = temporary.location.databaseURL.path
    #expect(chmod(database, 0o644) == 0)
    _ = try LocalStore.open(at: temporary.location)
    #expect(try mode(database) == 0o600)
    let key = temporary.location.keyFileURL.path
    #expect(chmod(key, 0o644) == 0)
    #expect(throws: StoreError.permissionsTooWide(path: key, mode: 0o644, fix: "chmod 600 \(key)")) {
      _ = try LocalStore.open(at: temporary.location)
    }
  }

  @Test("a database or key file owned by another user is refused")
  func otherOwner() throws {
    // Giving a file away needs root (the CI and these machines run tests as root).
    guard getuid() == 0 else { return }
    let temporary = try TemporaryStore()
    let key = temporary.location.keyFileURL.path
    #expect(chown(key, 65534, 65534) == 0)
    #expect(throws: StoreError.wrongOwner(path: key, ownerID: 65534)) {
      _ = try LocalStore.open(at: temporary.location)
    }
    #expect(chown(key, 0, 0) == 0)
    let database = temporary.location.databaseURL.path
    #expect(chown(database, 65534, 65534) == 0)
    #expect(throws: StoreError.wrongOwner(path: database, ownerID: 65534)) {
      _ = try LocalStore.open(at: temporary.location)
    }
  }

  @Test("an existing 0644 log becomes 0600; a symlinked log is refused")
  func logFile() throws {
    let root = try folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let log = root.appendingPathComponent("kira-onboard.log")
    #expect(FileManager.default.createFile(atPath: log.path, contents: Data("old\n".utf8)))
    #expect(chmod(log.path, 0o644) == 0)
    let sink = try FileLogHandler.Sink(url: log)
    sink.write("new")
    #expect(try mode(log.path) == 0o600)
    #expect(try String(contentsOf: log, encoding: .utf8) == "old\nnew\n", "appended, never truncated")
    let link = root.appendingPathComponent("link.log")
    #expect(symlink(log.path, link.path) == 0)
    #expect(throws: OwnedFileError.symbolicLink(path: link.path)) { _ = try FileLogHandler.Sink(url: link) }
  }
}
