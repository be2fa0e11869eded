import TerminalUI

extension Keymap {
  /// Where F2 saves the draft (when the session saves drafts at all).
  private static let savingContexts = KeyContext.anyField.union([.review, .resultRetry, .resultRejected])

  /// F2, the resume list, Enter on Review and the fix-up summary.
  static let draftBindings: [KeyBinding] = [
    KeyBinding(
      [.function(2)], .drafts(.save), "save the draft now (every field left is saved too)",
      section: .general, contexts: savingContexts, status: "F2 save", statusRank: 3, requires: .drafts),
    // Without drafts (a fix-up, no store) F2 is not listed; pressed, it says drafts are off.
    KeyBinding([.function(2)], .drafts(.save), "", section: .general, contexts: savingContexts, keyLabel: ""),
    KeyBinding(
      [.enter], .drafts(.editFirstKiraError), "edit the first answer Kira rejected (or in error)",
      section: .review, contexts: [.review]),
    KeyBinding([.up], .drafts(.previous), "previous draft", section: .drafts, contexts: [.resumeList]),
    KeyBinding(
      [.down], .drafts(.next), "next draft", section: .drafts, contexts: [.resumeList], status: "↑↓ choose",
      statusRank: 3),
    KeyBinding(
      [.enter], .drafts(.resume), "resume the highlighted draft where it was left",
      section: .drafts, contexts: [.resumeList], status: "⏎ resume", statusRank: 0),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .drafts(.startFresh),
      "start a fresh form (the drafts stay)", section: .drafts, contexts: [.resumeList],
      status: "n fresh", statusRank: 1),
    KeyBinding(
      [.character("d"), .character("D"), .delete], .drafts(.askDelete),
      "wipe the highlighted draft (asks first)", section: .drafts, contexts: [.resumeList],
      status: "d wipe", statusRank: 2),
    KeyBinding(
      [.character("y"), .character("Y")], .drafts(.confirmDelete), "wipe it", section: .drafts,
      contexts: [.resumeDeleteConfirm], status: "y wipe", statusRank: 0),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .drafts(.cancelDelete), "keep it", section: .drafts,
      contexts: [.resumeDeleteConfirm], status: "n keep", statusRank: 0),
    KeyBinding(
      [.character("r"), .character("R")], .drafts(.openReadOnly), "open it read-only (nothing is saved)",
      section: .drafts, contexts: [.resumeLockPrompt], status: "r read-only", statusRank: 0),
    KeyBinding(
      [.character("t"), .character("T")], .drafts(.takeOver),
      "take it over (the other wizard stops saving)", section: .drafts, contexts: [.resumeLockPrompt],
      status: "t take over", statusRank: 1),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .drafts(.cancelLockPrompt), "leave it where it is open",
      section: .drafts, contexts: [.resumeLockPrompt], status: "Esc back", statusRank: 2),
    KeyBinding(
      [.enter], .drafts(.editFixFields), "fix-up: edit the missing or rejected fields", section: .drafts,
      contexts: [.fixSummary], status: "⏎ edit fields", statusRank: 0, requires: .fixUpFields),
    // Nothing to fix (or an update in flight): Enter is not listed; pressed, it says why nothing happens.
    KeyBinding(
      [.enter], .drafts(.editFixFields), "", section: .drafts, contexts: [.fixSummary], keyLabel: ""),
    KeyBinding(
      [.character("r"), .character("R")], .drafts(.reissueVerification),
      "fix-up: new verification link (REJECTED users)", section: .drafts,
      contexts: [.fixSummary], status: "R re-issue", statusRank: 1, requires: .verificationReissue),
    KeyBinding(
      [.function(5)], .refreshStatus, "fix-up: ask Kira for the user's status now", section: .drafts,
      contexts: [.fixSummary], status: "F5 status", statusRank: 2, requires: .statusFollowUp),
    // Any other status (or a re-issue in flight): R is not listed; pressed, it says why nothing happens.
    KeyBinding(
      [.character("r"), .character("R")], .drafts(.reissueVerification), "", section: .drafts,
      contexts: [.fixSummary], keyLabel: ""),
    // Listed in help as "this help" once, with the fields' F1 (a fix-up with nothing to fix has only this one).
    KeyBinding(
      [.function(1)], .help, "this help", section: .general, contexts: [.resumeList, .fixSummary],
      status: "F1 help", statusRank: 4),
    KeyBinding(
      [.control("q"), .control("c")], .quit, "", section: .general,
      contexts: [.resumeList, .resumeDeleteConfirm, .resumeLockPrompt, .fixSummary], status: "^Q quit",
      statusRank: 3,
      keyLabel: ""),
  ]
}
