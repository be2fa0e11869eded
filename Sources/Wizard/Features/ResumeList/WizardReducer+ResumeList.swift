import Foundation
import KYCForm
import TerminalUI

/// The resume list offered at start: resume, start fresh, wipe one (after asking).
extension WizardReducer {

  /// Keys of the resume list, F2 and the fix-up summary.
  static func performDrafts(_ command: DraftCommand, in state: inout WizardState) -> [WizardEffect] {
    switch command {
    case .save:
      return saveNow(in: &state)
    case .previous, .next:
      guard var list = state.resumeList, !list.entries.isEmpty else { return [] }
      let delta = command == .next ? 1 : -1
      list.highlighted = min(max(0, list.highlighted + delta), list.entries.count - 1)
      state.resumeList = list
      return []
    case .resume:
      guard let selected = state.resumeList?.selected else { return [] }
      return [.drafts(.load(id: selected.id))]
    case .openReadOnly, .takeOver:
      guard let prompt = state.resumeList?.lockPrompt else { return [] }
      state.resumeList?.lockPrompt = nil
      if command == .openReadOnly {
        state.drafts.lock = .readOnly(holder: prompt.holder)
        return [.drafts(.open(id: prompt.id, mode: .readOnly))]
      }
      state.drafts.lock = nil
      return [.drafts(.open(id: prompt.id, mode: .takeOver))]
    case .cancelLockPrompt:
      state.resumeList?.lockPrompt = nil
      state.message = StatusMessage(.draftStaysWithOther)
      return []
    case .startFresh:
      state.resumeList = nil
      state.message = StatusMessage(.freshForm)
      return []
    case .askDelete:
      guard state.resumeList?.selected != nil else { return [] }
      state.resumeList?.confirmingDelete = true
      return []
    case .cancelDelete:
      state.resumeList?.confirmingDelete = false
      return []
    case .confirmDelete:
      guard let selected = state.resumeList?.selected else { return [] }
      state.resumeList?.confirmingDelete = false
      return [.drafts(.delete(id: selected.id))]
    case .editFirstKiraError:
      return editFirstProblem(in: &state)
    case .editFixFields:
      return editFixFields(in: &state)
    case .reissueVerification:
      return reissueVerification(in: &state)
    }
  }

  /// A draft wiped: off the list (a fresh form once none is left).
  static func draftDeleted(id: String, in state: inout WizardState) {
    guard var list = state.resumeList else { return }
    let name = list.entries.first { $0.id == id }.map { $0.maskedName.isEmpty ? "(no name)" : $0.maskedName }
    list.entries.removeAll { $0.id == id }
    if list.entries.isEmpty {
      state.resumeList = nil
      state.message = StatusMessage(.draftWipedNoneLeft, tone: .success)
      return
    }
    state.resumeList = ResumeList(entries: list.entries, highlighted: list.highlighted)
    state.message = StatusMessage(.draftWiped(name: name ?? ""), tone: .success)
  }
}
