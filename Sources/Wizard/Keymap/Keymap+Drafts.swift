import TerminalUI

extension Keymap {
  /// Where F2 saves the draft (when the session saves drafts at all).
  private static let savingContexts = KeyContext.anyField.union([.review, .resultRetry, .resultRejected])

  /// F2, the resume list, Enter on Review and the fix-up summary.
  static let draftBindings: [KeyBinding] = [
    KeyBinding(
      [.function(2)], .drafts(.save), "save the draft now (every field left is saved too)",
      es: "guardar ya el borrador (también se guarda al salir de cada campo)", section: .general,
      contexts: savingContexts, status: ("F2 save", "F2 guardar"), statusRank: 3, requires: .drafts),
    // Without drafts (a fix-up, no store) F2 is not listed; pressed, it says drafts are off.
    KeyBinding(
      [.function(2)], .drafts(.save), "", es: "", section: .general, contexts: savingContexts,
      keyLabel: ("", "")),
    KeyBinding(
      [.enter], .drafts(.editFirstKiraError), "edit the first answer Kira rejected (or in error)",
      es: "editar la primera respuesta que Kira rechazó (o con error)", section: .review,
      contexts: [.review]),
    KeyBinding(
      [.up], .drafts(.previous), "previous draft", es: "borrador anterior", section: .drafts,
      contexts: [.resumeList]),
    KeyBinding(
      [.down], .drafts(.next), "next draft", es: "borrador siguiente", section: .drafts,
      contexts: [.resumeList], status: ("↑↓ choose", "↑↓ elegir"), statusRank: 3),
    KeyBinding(
      [.enter], .drafts(.resume), "resume the highlighted draft where it was left",
      es: "retomar el borrador resaltado donde se dejó", section: .drafts, contexts: [.resumeList],
      status: ("⏎ resume", "⏎ retomar"), statusRank: 0),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .drafts(.startFresh),
      "start a fresh form (the drafts stay)", es: "empezar un formulario nuevo (los borradores se conservan)",
      section: .drafts, contexts: [.resumeList], status: ("n fresh", "n nuevo"), statusRank: 1),
    KeyBinding(
      [.character("d"), .character("D"), .delete], .drafts(.askDelete),
      "wipe the highlighted draft (asks first)", es: "borrar el borrador resaltado (pregunta antes)",
      section: .drafts, contexts: [.resumeList], status: ("d wipe", "d borrar"), statusRank: 2),
    KeyBinding(
      [.character("y"), .character("Y")], .drafts(.confirmDelete), "wipe it", es: "borrarlo",
      section: .drafts, contexts: [.resumeDeleteConfirm], status: ("y wipe", "y borrar"), statusRank: 0),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .drafts(.cancelDelete), "keep it", es: "conservarlo",
      section: .drafts, contexts: [.resumeDeleteConfirm], status: ("n keep", "n dejarlo"), statusRank: 0),
    KeyBinding(
      [.character("r"), .character("R")], .drafts(.openReadOnly), "open it read-only (nothing is saved)",
      es: "abrirlo solo para lectura (no se guarda nada)", section: .drafts,
      contexts: [.resumeLockPrompt], status: ("r read-only", "r solo lectura"), statusRank: 0),
    KeyBinding(
      [.character("t"), .character("T")], .drafts(.takeOver),
      "take it over (the other wizard stops saving)",
      es: "tomar el control (el otro asistente deja de guardar)",
      section: .drafts, contexts: [.resumeLockPrompt], status: ("t take over", "t tomarlo"), statusRank: 1),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .drafts(.cancelLockPrompt), "leave it where it is open",
      es: "dejarlo donde está abierto", section: .drafts, contexts: [.resumeLockPrompt],
      status: ("Esc back", "Esc volver"), statusRank: 2),
    KeyBinding(
      [.enter], .drafts(.editFixFields), "fix-up: edit the missing or rejected fields",
      es: "corrección: editar los campos que faltan o que se rechazaron", section: .drafts,
      contexts: [.fixSummary], status: ("⏎ edit fields", "⏎ editar campos"), statusRank: 0,
      requires: .fixUpFields),
    // Nothing to fix (or an update in flight): Enter is not listed; pressed, it says why nothing happens.
    KeyBinding(
      [.enter], .drafts(.editFixFields), "", es: "", section: .drafts, contexts: [.fixSummary],
      keyLabel: ("", "")),
    KeyBinding(
      [.character("r"), .character("R")], .drafts(.reissueVerification),
      "fix-up: new verification link (REJECTED users)",
      es: "corrección: nuevo enlace de verificación (usuarios REJECTED)", section: .drafts,
      contexts: [.fixSummary], status: ("R re-issue", "R reemitir"), statusRank: 1,
      requires: .verificationReissue),
    KeyBinding(
      [.function(5)], .refreshStatus, "fix-up: ask Kira for the user's status now",
      es: "corrección: consultar ahora a Kira el estado del usuario", section: .drafts,
      contexts: [.fixSummary], status: ("F5 status", "F5 estado"), statusRank: 2, requires: .statusFollowUp),
    // Any other status (or a re-issue in flight): R is not listed; pressed, it says why nothing happens.
    KeyBinding(
      [.character("r"), .character("R")], .drafts(.reissueVerification), "", es: "", section: .drafts,
      contexts: [.fixSummary], keyLabel: ("", "")),
    // Listed in help as "this help" once, with the fields' F1 (a fix-up with nothing to fix has only this one).
    KeyBinding(
      [.function(1)], .help, "this help", es: "esta ayuda", section: .general,
      contexts: [.resumeList, .fixSummary], status: ("F1 help", "F1 ayuda"), statusRank: 4),
    KeyBinding(
      [.control("q"), .control("c")], .quit, "", es: "", section: .general,
      contexts: [.resumeList, .resumeDeleteConfirm, .resumeLockPrompt, .fixSummary],
      status: ("^Q quit", "^Q salir"), statusRank: 3, keyLabel: ("", "")),
  ]
}
