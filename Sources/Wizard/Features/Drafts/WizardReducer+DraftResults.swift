import Foundation
import KYCForm
import TerminalUI

/// The answers of draft, look-up and fix-up effects, sent on to their features.
extension WizardReducer {
  /// Results of the draft, look-up and fix-up effects.
  static func reduceDrafts(_ action: DraftAction, in state: inout WizardState) -> [WizardEffect] {
    switch action {
    case .saved(let id, let explicit):
      state.drafts.saveFailure = nil
      draftSaved(id: id, explicit: explicit, in: &state)
      return []
    case .storeOpened(let entries):
      let untouched =
        state.screen == .step && state.values == state.form.initialValues && state.drafts.draftID == nil
      if !entries.isEmpty, untouched, state.drafts.isEnabled {
        state.resumeList = ResumeList(entries: entries)
      }
      return []
    case .storeFailed:
      state.isFinished = true
      return []
    case .saveFailed(let reason):
      state.drafts.saveFailure = ServerText.clean(reason)
      state.message = StatusMessage(.draftSaveFailed(reason: ServerText.clean(reason)), tone: .error)
      return []
    case .loaded(let draft, let id):
      guard let draft else {
        draftDeleted(id: id, in: &state)
        state.message = StatusMessage(.draftGone, tone: .warning)
        return []
      }
      return restore(draft, in: &state)
    case .lockedElsewhere(let id, let holder):
      draftLockedElsewhere(id: id, holder: ServerText.clean(holder), in: &state)
      return []
    case .takenOver(let holder):
      let lock = DraftLock.takenOver(holder: ServerText.clean(holder))
      state.drafts.lock = lock
      state.message = StatusMessage(lock.message, tone: .error)
      return []
    case .loadFailed(_, let reason):
      state.message = StatusMessage(.draftOpenFailed(reason: ServerText.clean(reason)), tone: .error)
      return []
    case .openBody(let values):
      return openBody(values, in: &state)
    case .openAttempt(let attempt):
      return openAttempt(attempt, in: &state)
    case .deleted(let id):
      draftDeleted(id: id, in: &state)
      return []
    case .deleteFailed(_, let reason):
      state.message = StatusMessage(.draftWipeFailed(reason: ServerText.clean(reason)), tone: .error)
      return []
    case .emailChecked(let email, let users):
      guard state.emailCheck?.email == email else { return [] }
      state.emailCheck = users.map { .found(email: email, users: $0) } ?? .unavailable(email: email)
      if let users, !users.isEmpty, state.screen == .review {
        state.message = StatusMessage(.existingEmailFound(count: users.count), tone: .warning)
      }
      return []
    case .remoteUserUpdated(let result):
      return fixSaved(result, in: &state)
    case .verificationReissued(let result):
      return verificationReissued(result, in: &state)
    }
  }
}
