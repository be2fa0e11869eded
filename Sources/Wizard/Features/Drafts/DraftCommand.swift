/// What the draft, resume-list and fix-up keys ask for (`KeyCommand.drafts`).
public enum DraftCommand: Sendable, Hashable {
  /// F2: save the draft now.
  case save
  /// Up on the resume list.
  case previous
  /// Down on the resume list.
  case next
  /// Enter on the resume list: resume the highlighted draft.
  case resume
  /// `n` or Esc on the resume list: a fresh form.
  case startFresh
  /// `d` on the resume list: ask to delete the highlighted draft.
  case askDelete
  /// `y` when asked: wipe it.
  case confirmDelete
  /// `n` or Esc when asked: keep it.
  case cancelDelete
  /// Enter on Review: edit the first field Kira rejected.
  case editFirstKiraError
  /// Enter on the fix-up summary: edit the fields to fix.
  case editFixFields
  /// `r` on the fix-up summary of a REJECTED user: re-issue verification.
  case reissueVerification
  /// `r` when the draft is open in another wizard: open it read-only.
  case openReadOnly
  /// `t` when the draft is open in another wizard: take it over.
  case takeOver
  /// Esc when the draft is open in another wizard: leave it.
  case cancelLockPrompt
}
