import Foundation
import GRDB

/// The SQLite database (WAL mode) behind drafts and the journal, with
/// owner-only files and secure delete.
///
/// One connection (a `DatabaseQueue`), not a pool: the wizard reads and
/// writes a few small rows from one thread, and every extra reader
/// connection would cost memory (its own page cache and schema) for nothing.
/// WAL still lets other kira-onboard processes read and write the same
/// store at the same time.
public final class StoreDatabase: Sendable {
  /// The connection.
  let queue: DatabaseQueue
  /// The database file.
  public let path: String

  /// Opens (creating and migrating when needed) the database at `path`.
  public init(path: String) throws {
    self.path = path
    try FilePermissions.ensureOwnerOnlyFile(path)
    var configuration = Configuration()
    configuration.label = "kira-onboard.store"
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(5)
    configuration.journalMode = .wal
    configuration.prepareDatabase { db in
      // Freed pages are zeroed, so a deleted draft leaves no sealed bytes behind.
      try db.execute(sql: "PRAGMA secure_delete = ON")
      // Commits survive a kill -9 and a power cut; draft saves (`writeUnsynced`) a kill -9.
      try db.execute(sql: "PRAGMA synchronous = FULL")
      // The store is a few kilobytes: a small page cache is plenty.
      try db.execute(sql: "PRAGMA cache_size = -256")
    }
    do {
      queue = try DatabaseQueue(path: path, configuration: configuration)
      try StoreMigrations.migrator.migrate(queue)
    } catch {
      throw StoreError.database(reason: "cannot open \(path): \(error)")
    }
    for suffix in ["-wal", "-shm"] {
      try FilePermissions.tighten(path + suffix)
    }
  }

  /// Runs `body` in a write transaction; GRDB failures become
  /// `StoreError.database`, store errors thrown by `body` pass through.
  func write<T>(_ body: (Database) throws -> T) throws -> T {
    try translatingErrors { try queue.write(body) }
  }

  /// Runs `body` in a `BEGIN IMMEDIATE` transaction: the write lock is taken
  /// before the first read, so what `body` reads cannot change under it in
  /// another process before it commits (a decision and its record are one
  /// step). Waits for another writer up to the busy timeout.
  func writeImmediate<T>(_ body: (Database) throws -> T) throws -> T {
    try transaction(.immediate, synced: true, body)
  }

  /// Runs `body` in a write transaction whose commit reaches the WAL file
  /// but is not fsynced (`synchronous = NORMAL` for this commit alone): it
  /// survives a crash or a `kill -9` of the process, and reaches the disk
  /// with the next synced commit or checkpoint; a power cut can lose it.
  /// For draft saves, which come with every field move (an fsync each took
  /// tens of milliseconds on a slow disk, and the next key waited); the
  /// journal's writes, which guard against a second customer, stay synced.
  func writeUnsynced<T>(_ body: (Database) throws -> T) throws -> T {
    try transaction(.deferred, synced: false, body)
  }

  private func transaction<T>(
    _ kind: Database.TransactionKind, synced: Bool, _ body: (Database) throws -> T
  ) throws -> T {
    try translatingErrors {
      try queue.writeWithoutTransaction { db in
        if !synced { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        defer { if !synced { try? db.execute(sql: "PRAGMA synchronous = FULL") } }
        var result: T?
        try db.inTransaction(kind) {
          result = try body(db)
          return .commit
        }
        guard let result else { throw StoreError.database(reason: "transaction returned nothing") }
        return result
      }
    }
  }

  /// Runs `body` in a read-only snapshot; GRDB failures become
  /// `StoreError.database`, store errors thrown by `body` pass through.
  func read<T>(_ body: (Database) throws -> T) throws -> T {
    try translatingErrors { try queue.read(body) }
  }

  private func translatingErrors<T>(_ operation: () throws -> T) throws -> T {
    do {
      return try operation()
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.database(reason: "\(error)")
    }
  }

  /// Copies the WAL into the main file and truncates it (best effort: a busy
  /// reader just postpones it), so wiped rows leave the WAL too.
  func checkpointAndTruncate() {
    _ = try? queue.writeWithoutTransaction { db in
      try db.checkpoint(.truncate)
    }
  }
}
