/// What a key asks the wizard to do. The keymap maps keys to commands; the
/// reducer performs commands. Text editing keys are not commands: they go to
/// the focused field's `LineEditor`.
public enum KeyCommand: Sendable, Hashable {
  /// Tab, Down: the next field.
  case nextField
  /// Enter: the next field, or the next step on the last field.
  case nextFieldOrStep
  /// Shift-Tab, Up: the previous field.
  case previousField
  /// PgDn, Ctrl-N: the next step when this one is valid, else the first invalid field.
  case nextStep
  /// PgUp, Ctrl-P: the previous step, always allowed.
  case previousStep
  /// Ctrl-R: straight back to Review, once Review has been shown.
  case backToReview
  /// Esc: close what is open, else go back one step.
  case back
  /// F1, `?` on an empty field: the help screen.
  case help
  /// Ctrl-Q, Ctrl-C: quit (confirming when answers would be lost).
  case quit
  /// F10, Ctrl-S on Review: submit to Kira.
  case submit
  /// Tab on a file field with text: complete the path.
  case completePath
  /// Space on an empty choice or country field: open the list.
  case openChoices
  /// Up in a popup list.
  case choiceUp
  /// Down in a popup list.
  case choiceDown
  /// Enter or Tab in a popup list: take the highlighted option, move on.
  case choicePick
  /// `y` on a yes/no field.
  case answerYes
  /// `n` on a yes/no field.
  case answerNo
  /// Space on a yes/no field.
  case toggleYesNo
  /// 1-8 on Review (the digits of the steps it lists): edit that step.
  case editStep(Int)
  /// Up on Review and help: scroll up.
  case scrollUp
  /// Down on Review and help: scroll down.
  case scrollDown
  /// R on an unknown or failed result: send the same body again with the same key.
  case retrySubmission
  /// R (Result) or F5 (fix-up summary): ask Kira for the followed user's status now.
  case refreshStatus
  /// C on the Result screen in link mode: copy the verification link (OSC 52).
  case copyLink
  /// N on the result of a created user: start a new applicant.
  case newApplicant
  /// `y` in the quit dialog.
  case confirmQuit
  /// `n` or Esc in the quit dialog.
  case cancelQuit
  /// F5 in the embedded sandbox: fill this step with a fake applicant.
  case fillDemoStep
  /// F6 in the embedded sandbox: the scenario menu.
  case openScenarios
  /// Enter in the scenario menu.
  case pickScenario
  /// A text editing key, handled by the line editor (listed in help only).
  case edit
  /// Drafts, the resume list and the fix-up (`Keymap+Drafts`).
  case drafts(DraftCommand)
}
