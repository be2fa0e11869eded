import Foundation
import KYCForm
import Wizard

/// Drafts kept in memory, recording every save in order.
final class MemoryDrafts: DraftPersistence, @unchecked Sendable {
  private let lock = NSLock()
  private var drafts: [String: WizardDraft] = [:]
  private var log: [WizardDraft] = []
  private var counter = 0
  /// When set, every save fails with this message.
  var failure: String?

  init(_ drafts: [WizardDraft] = []) {
    for draft in drafts where draft.id != nil { self.drafts[draft.id!] = draft }
  }

  /// Every draft saved, oldest first.
  var saves: [WizardDraft] {
    lock.lock()
    defer { lock.unlock() }
    return log
  }

  func save(_ draft: WizardDraft) throws -> String {
    lock.lock()
    defer { lock.unlock() }
    if let failure { throw DraftStoreFailure(failure) }
    var stored = draft
    if stored.id == nil {
      counter += 1
      stored.id = "draft-\(counter)"
    }
    drafts[stored.id!] = stored
    log.append(stored)
    return stored.id!
  }

  func load(id: String) throws -> WizardDraft? {
    lock.lock()
    defer { lock.unlock() }
    return drafts[id]
  }

  func list() throws -> [DraftListing] {
    lock.lock()
    defer { lock.unlock() }
    return drafts.values.sorted { $0.updatedAt > $1.updatedAt }.map {
      DraftListing(
        id: $0.id!, maskedName: "", step: $0.step, focusedField: $0.focusedField, updatedAt: $0.updatedAt,
        errorCodes: $0.lastError?.codes ?? [], operatorName: "op")
    }
  }

  func delete(id: String) throws {
    lock.lock()
    defer { lock.unlock() }
    drafts[id] = nil
  }
}

extension Fixture {
  /// A fresh wizard with drafts on (and the e-mail check when asked).
  static func draftState(values: FormValues? = nil, checksEmail: Bool = false, keep: Bool = false)
    -> WizardState
  {
    var state = state(values: values)
    state.drafts = DraftSession(enabled: true, checksExistingEmail: checksEmail, keepsDraftAfterCreate: keep)
    return state
  }

  /// The save effects among `effects`.
  static func saves(in effects: [WizardEffect]) -> [WizardDraft] {
    effects.compactMap {
      if case .drafts(.save(let draft, _)) = $0 { return draft }
      return nil
    }
  }
}
