import Foundation
import KiraStore
import Wizard

/// The local store of a wizard started without `--resume`, `--load` or
/// `--attempt`, opened right after the first frame instead of before it:
/// opening SQLite, checking its schema and reading the key take a few
/// milliseconds the operator would otherwise wait for on a blank screen.
/// The wizard applies `openAfterFirstFrame()`'s action before it reads the
/// first key, so every save, load and submission finds the store open.
public final class DeferredWizardStore: DraftPersistence, @unchecked Sendable {
  private let open: @Sendable () throws -> WizardStart
  private let lock = NSLock()
  private var opened: WizardStart?
  private var openingError: (any Error)?

  /// A store that `open` opens when the first frame is on screen.
  public init(open: @escaping @Sendable () throws -> WizardStart) {
    self.open = open
  }

  /// The opened store (nil before the first frame, or when it failed).
  public var store: LocalStore? { lock.withLock { opened?.store } }

  /// Why the store could not open, to be reported once the screen is given back.
  public var failure: (any Error)? { lock.withLock { openingError } }

  /// Opens the store and says what the wizard should offer (its saved
  /// drafts), or ends the wizard when it cannot open.
  @Sendable public func openAfterFirstFrame() -> [WizardAction] {
    do {
      let start = try open()
      lock.withLock { opened = start }
      return [.drafts(.storeOpened(resumeList: start.resumeList))]
    } catch {
      lock.withLock { openingError = error }
      return [.drafts(.storeFailed)]
    }
  }

  // MARK: - DraftPersistence

  public func save(_ draft: WizardDraft) throws -> String {
    try persistence().save(draft)
  }

  public func load(id: String) throws -> WizardDraft? {
    try persistence().load(id: id)
  }

  public func load(id: String, mode: DraftOpenMode) throws -> WizardDraft? {
    try persistence().load(id: id, mode: mode)
  }

  public func list() throws -> [DraftListing] {
    try persistence().list()
  }

  public func delete(id: String) throws {
    try persistence().delete(id: id)
  }

  private func persistence() throws -> StoreDraftPersistence {
    guard let persistence = lock.withLock({ opened?.persistence }) else {
      throw DraftStoreFailure("the local store is not open")
    }
    return persistence
  }
}
