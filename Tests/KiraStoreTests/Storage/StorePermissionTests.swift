import Foundation
import Testing

@testable import KiraStore

@Suite("Store permissions")
struct StorePermissionTests {
  private func mode(_ path: String) throws -> UInt16 {
    try #require(try FilePermissions.status(of: path)).mode
  }

  @Test("folder 0700, key file and database files 0600")
  func createdOwnerOnly() throws {
    let temporary = try TemporaryStore()
    try temporary.store.drafts.save(DraftSnapshot(operatorName: "desk-7"))
    #expect(try mode(temporary.location.directory.path) == 0o700)
    #expect(try mode(temporary.location.keyFileURL.path) == 0o600)
    let database = temporary.location.databaseURL.path
    #expect(try mode(database) == 0o600)
    for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
      #expect(try mode(database + suffix) == 0o600, "\(suffix)")
    }
  }

  @Test("a key file readable by others is refused, naming the chmod to run")
  func wideKeyFileRefused() throws {
    let temporary = try TemporaryStore()
    let keyPath = temporary.location.keyFileURL.path
    #expect(chmod(keyPath, 0o644) == 0)
    let error = try #require(throws: StoreError.self) {
      try LocalStore.open(at: temporary.location)
    }
    #expect(error == .permissionsTooWide(path: keyPath, mode: 0o644, fix: "chmod 600 \(keyPath)"))
    #expect(error.message.contains("Run: chmod 600 \(keyPath)"))

    #expect(chmod(keyPath, 0o600) == 0)
    _ = try LocalStore.open(at: temporary.location)
  }

  @Test("a group-readable store folder is refused with chmod 700")
  func wideFolderRefused() throws {
    let temporary = try TemporaryStore()
    let folder = temporary.location.directory.path
    #expect(chmod(folder, 0o750) == 0)
    let error = try #require(throws: StoreError.self) {
      try LocalStore.open(at: temporary.location)
    }
    #expect(error == .permissionsTooWide(path: folder, mode: 0o750, fix: "chmod 700 \(folder)"))
  }

  @Test("the key is created once and reused")
  func keyReused() throws {
    let temporary = try TemporaryStore()
    let snapshot = DraftSnapshot(
      values: Fixtures.values(withImage: false), operatorName: "desk-7",
      createdAt: Date(timeIntervalSince1970: 1_800_000_000))
    try temporary.store.drafts.save(snapshot)
    let keyBefore = FileManager.default.contents(atPath: temporary.location.keyFileURL.path)
    let reopened = try LocalStore.open(at: temporary.location)
    #expect(FileManager.default.contents(atPath: temporary.location.keyFileURL.path) == keyBefore)
    #expect(try reopened.drafts.load(snapshot.id) == snapshot)
  }

  @Test("a truncated key file is reported as corrupt")
  func corruptKey() throws {
    let temporary = try TemporaryStore()
    let keyPath = temporary.location.keyFileURL.path
    try Data("c2hvcnQ=\n".utf8).write(to: temporary.location.keyFileURL)
    #expect(chmod(keyPath, 0o600) == 0)
    #expect(throws: StoreError.corruptKeyFile(path: keyPath)) {
      try LocalStore.open(at: temporary.location)
    }
  }

  @Test("paths with spaces are quoted in the fix")
  func quoting() {
    #expect(FilePermissions.shellQuoted("/a b/it's") == "'/a b/it'\\''s'")
    #expect(
      FilePermissions.shellQuoted("/home/op/.local/share/kira-onboard")
        == "/home/op/.local/share/kira-onboard")
  }
}
