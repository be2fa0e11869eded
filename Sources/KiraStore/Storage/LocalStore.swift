import Foundation

/// The opened local store: the folder, the master key, drafts and the journal.
public struct LocalStore: Sendable {
  /// Where the store lives.
  public let location: StoreLocation
  /// The database shared by drafts and the journal.
  public let database: StoreDatabase
  /// Encrypted drafts.
  public let drafts: DraftStore
  /// The submission journal.
  public let journal: SubmissionJournal
  /// Kira's countries, as last fetched.
  public var countries: CountryCache { CountryCache(database: database) }

  /// Opens the store at `location`: creates the folder (`0700`), the key file
  /// (`0600`) and the database (`0600`, WAL) on first use, and refuses a key
  /// file or folder that group or others can read.
  public static func open(at location: StoreLocation) throws -> LocalStore {
    try FilePermissions.prepareDirectory(location.directory)
    // Two processes opening a new store at once: one creates the key file
    // and the schema while the other waits, then finds them ready.
    let opening = try FileLock.acquire(location.directory.appendingPathComponent("store.lock").path)
    defer { opening.release() }
    let master = try MasterKey.loadOrCreate(at: location.keyFileURL)
    let database = try StoreDatabase(path: location.databaseURL.path)
    return LocalStore(
      location: location, database: database,
      drafts: DraftStore(database: database, master: master),
      journal: SubmissionJournal(database: database, master: master))
  }
}
