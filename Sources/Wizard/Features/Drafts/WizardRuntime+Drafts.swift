import Foundation
import KYCForm

/// Performing draft, look-up and fix-up effects. Store calls are synchronous
/// on the key loop's thread; a save waits until the frame of the keys that
/// caused it is drawn, so the disk never delays what the operator sees, and
/// lands before the next key is read. Kira calls run in the background and
/// come back through the inbox.
extension WizardRuntime {
  func performDrafts(_ effect: DraftEffect) {
    if case .save(let draft, let explicit) = effect {
      // Each save is a whole snapshot: the newest one replaces any still
      // waiting (one store write per frame, and one draft id, however many
      // keys a burst held).
      pendingSave = (draft, explicit || pendingSave?.explicit == true)
      return
    }
    // Loads and deletes see every save asked for before them.
    flushSave()
    switch effect {
    case .save:
      break
    case .load(let id):
      open(id, mode: .edit)
    case .open(let id, let mode):
      open(id, mode: mode)
    case .delete(let id):
      guard let store = services.drafts else { return }
      do {
        try store.delete(id: id)
        dispatch(.drafts(.deleted(id: id)))
      } catch {
        dispatch(.drafts(.deleteFailed(id: id, Self.describe(error))))
      }
    case .lookUpEmail(let email):
      withSupport(orElse: .drafts(.emailChecked(email: email, users: nil))) { support in
        let users = try? await support.findUsers(email: email)
        return .drafts(.emailChecked(email: email, users: users))
      }
    case .updateRemoteUser(let userID, let original, let edited):
      withSupport(orElse: .drafts(.remoteUserUpdated(.failed("not connected to Kira")))) { support in
        .drafts(.remoteUserUpdated(await support.updateUser(id: userID, original: original, edited: edited)))
      }
    case .reissueVerification(let userID):
      withSupport(orElse: .drafts(.verificationReissued(.failed("not connected to Kira")))) { support in
        .drafts(.verificationReissued(await support.reissueVerification(id: userID)))
      }
    }
  }

  /// Loads draft `id` in `mode`; one open in another wizard is asked about.
  private func open(_ id: String, mode: DraftOpenMode) {
    guard let store = services.drafts else { return }
    do {
      dispatch(.drafts(.loaded(try store.load(id: id, mode: mode), id: id)))
    } catch let locked as DraftLockedFailure {
      dispatch(.drafts(.lockedElsewhere(id: id, holder: locked.holder)))
    } catch {
      dispatch(.drafts(.loadFailed(id: id, Self.describe(error))))
    }
  }

  /// Writes the waiting draft save, if any. True when the screen has
  /// something new to show (F2's message, or why the save failed); an
  /// autosave changes nothing on screen, so the loop does not render again.
  @discardableResult
  func flushSave() -> Bool {
    guard let (draft, explicit) = pendingSave else { return false }
    pendingSave = nil
    guard let store = services.drafts else { return false }
    do {
      let id = try store.save(draft)
      dispatch(.drafts(.saved(id: id, explicit: explicit)))
      return explicit
    } catch let taken as DraftTakenOverFailure {
      dispatch(.drafts(.takenOver(holder: taken.holder)))
      return true
    } catch {
      dispatch(.drafts(.saveFailed(Self.describe(error))))
      return true
    }
  }

  /// Runs `work` on the connected backend's support side in the background
  /// (connecting first when needed) and posts its action; posts `fallback`
  /// when there is no such backend.
  private func withSupport(
    orElse fallback: WizardAction,
    _ work: @escaping @Sendable (any WizardSupportBackend) async -> WizardAction
  ) {
    if backend == nil { startConnecting() }
    let pending = backend
    let inbox = inbox
    Task.detached {
      guard let support = await pending?.value as? any WizardSupportBackend else {
        inbox.post(fallback)
        return
      }
      inbox.post(await work(support))
    }
  }

  /// A store error in words (`DraftStoreFailure` carries its own).
  static func describe(_ error: any Error) -> String {
    (error as? DraftStoreFailure)?.message ?? String(describing: error)
  }
}
