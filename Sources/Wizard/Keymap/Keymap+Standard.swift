import TerminalUI

extension Keymap {
  /// The wizard's keys (issue 4's key contract).
  public static let standard = Keymap(
    bindings: popupBindings + fieldBindings + editingBindings
      + reviewBindings + dialogBindings + generalBindings + demoBindings + draftBindings)

  private static let fields = KeyContext.anyField
  private static let editable = KeyContext.editableField

  private static let popupBindings: [KeyBinding] = [
    KeyBinding([.up], .choiceUp, "move up in the list", section: .choices, contexts: [.popup]),
    KeyBinding([.down], .choiceDown, "move down in the list", section: .choices, contexts: [.popup]),
    KeyBinding(
      [.enter, .tab], .choicePick, "take the highlighted option and go on", section: .choices,
      contexts: [.popup], status: "⏎ pick", statusRank: 0),
    KeyBinding(
      [.escape], .back, "close the list", section: .choices, contexts: [.popup], status: "Esc close",
      statusRank: 0),
  ]

  private static let fieldBindings: [KeyBinding] = [
    KeyBinding(
      [.tab], .completePath, "complete the file path", section: .choices, contexts: [.fileField],
      condition: .fieldHasText),
    KeyBinding(
      [.character(" ")], .openChoices, "show every option", section: .choices,
      contexts: [.choiceField, .countryField], condition: .fieldEmpty),
    KeyBinding([.character("y")], .answerYes, "answer yes", section: .choices, contexts: [.yesNoField]),
    KeyBinding([.character("n")], .answerNo, "answer no", section: .choices, contexts: [.yesNoField]),
    KeyBinding(
      [.character(" ")], .toggleYesNo, "switch between yes and no", section: .choices,
      contexts: [.yesNoField]),
    KeyBinding(
      [.tab, .down], .nextField, "next field", section: .moving, contexts: fields, status: "Tab next",
      statusRank: 6),
    KeyBinding(
      [.enter], .nextFieldOrStep, "next field; on the last field, next step", section: .moving,
      contexts: fields),
    KeyBinding(
      [.backTab, .up], .previousField, "previous field", section: .moving, contexts: fields,
      status: "S-Tab prev", statusRank: 8),
    KeyBinding(
      [.pageDown, .control("n")], .nextStep, "next step (only when this one is valid)",
      section: .moving, contexts: fields, status: "PgDn step", statusRank: 3),
    KeyBinding(
      [.pageUp, .control("p")], .previousStep, "previous step (always allowed)", section: .moving,
      contexts: fields.union([.review]), status: "PgUp back", statusRank: 4),
    KeyBinding(
      [.escape], .back, "close a list, else back one step", section: .moving,
      contexts: fields.union([.review])),
    KeyBinding(
      [.control("r")], .backToReview, "back to Review (once it has been shown)", section: .moving,
      contexts: fields, requires: .formSteps),
  ]

  /// Where the deleting keys and paste act: the line editor's fields, and a
  /// yes/no field (they clear its answer; a paste of yes or no sets it).
  private static let clearable = editable.union([.yesNoField])

  private static let editingBindings: [KeyBinding] = [
    KeyBinding(
      [.left, .right], .edit, "move the cursor", section: .editing, contexts: editable),
    KeyBinding(
      [.home, .control("a")], .edit, "start of the text", section: .editing, contexts: editable),
    KeyBinding([.end, .control("e")], .edit, "end of the text", section: .editing, contexts: editable),
    KeyBinding(
      [.backspace, .delete], .edit, "delete before / under the cursor", section: .editing,
      contexts: clearable),
    KeyBinding([.control("u")], .edit, "delete to the start", section: .editing, contexts: clearable),
    KeyBinding([.control("k")], .edit, "delete to the end", section: .editing, contexts: clearable),
    KeyBinding([.control("w")], .edit, "delete the word before", section: .editing, contexts: clearable),
    KeyBinding(
      [.paste("")], .edit, "paste a whole value (bracketed paste)", section: .editing,
      contexts: clearable, keyLabel: "Paste"),
  ]

  private static let reviewBindings: [KeyBinding] = [
    // The digits of the steps Review lists: "1-8 edit", "1 edit" in a one-step fix-up.
    KeyBinding(
      (1...9).map { .character(Character(String($0))) }, .editStep(0), "edit that step", section: .review,
      contexts: [.review], status: "edit", statusRank: 1),
    KeyBinding(
      [.function(10), .control("s")], .submit, "submit to Kira (Review, no errors left)",
      section: .review, contexts: [.review], status: "F10 submit", statusRank: 0),
    KeyBinding([.up], .scrollUp, "scroll up", section: .review, contexts: [.review]),
    KeyBinding(
      [.down], .scrollDown, "scroll down", section: .review, contexts: [.review], status: "↑↓ scroll"),
    // The same keys scroll help: listed with Review's where a session has Review, else under General.
    KeyBinding([.up], .scrollUp, "scroll up", section: .general, contexts: [.help]),
    KeyBinding(
      [.down], .scrollDown, "scroll down", section: .general, contexts: [.help], status: "↑↓ scroll"),
    KeyBinding(
      [.character("r"), .character("R")], .retrySubmission,
      "retry safely with the same idempotency key", section: .review, contexts: [.resultRetry],
      status: "R retry", statusRank: 0),
    KeyBinding(
      [.character("n"), .character("N")], .newApplicant, "start a new applicant", section: .review,
      contexts: [.result], status: "N new", statusRank: 0),
    KeyBinding(
      [.character("r"), .character("R"), .function(5)], .refreshStatus,
      "ask Kira for the user's status now", section: .review, contexts: [.result], status: "R refresh",
      statusRank: 1),
    KeyBinding(
      [.character("c"), .character("C")], .copyLink,
      "copy the verification link (terminals that allow OSC 52)", section: .review, contexts: [.result],
      status: "C copy link", statusRank: 1, requires: .linkHandOff),
    KeyBinding(
      [.escape], .back, "back to Review", section: .review, contexts: [.resultRetry, .resultRejected],
      status: "Esc review", statusRank: 0),
  ]

  private static let dialogBindings: [KeyBinding] = [
    KeyBinding(
      [.character("y"), .character("Y")], .confirmQuit, "quit", section: .general,
      contexts: [.quitConfirm], status: "y quit"),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .cancelQuit, "stay", section: .general,
      contexts: [.quitConfirm], status: "n stay"),
    KeyBinding(
      [.escape, .function(1), .character("q")], .back, "close the help", section: .general,
      contexts: [.help], status: "Esc close"),
    KeyBinding([.up], .choiceUp, "previous scenario", section: .demo, contexts: [.scenarios]),
    KeyBinding([.down], .choiceDown, "next scenario", section: .demo, contexts: [.scenarios]),
    KeyBinding(
      [.enter], .pickScenario, "use the highlighted scenario", section: .demo, contexts: [.scenarios],
      status: "⏎ use"),
    KeyBinding(
      [.escape], .back, "close the menu", section: .demo, contexts: [.scenarios], status: "Esc close"),
  ]

  private static let generalBindings: [KeyBinding] = [
    KeyBinding(
      [.function(1)], .help, "this help", section: .general,
      contexts: fields.union([.review, .result, .resultRetry, .resultRejected]), status: "F1 help",
      statusRank: 1),
    KeyBinding(
      [.character("?")], .help, "this help (on an empty field)", section: .general,
      contexts: fields.union([.review, .result, .resultRetry, .resultRejected]), condition: .fieldEmpty),
    KeyBinding(
      [.control("q"), .control("c")], .quit, "quit (asks first when answers would be lost)",
      section: .general,
      contexts: fields.union([
        .review, .submitting, .result, .resultRetry, .resultRejected, .help, .scenarios,
      ]),
      status: "^Q quit",
      statusRank: 2),
    KeyBinding(
      [.control("q"), .control("c")], .confirmQuit, "", section: .general, contexts: [.quitConfirm],
      keyLabel: ""),
  ]

  private static let demoBindings: [KeyBinding] = [
    KeyBinding(
      [.function(5)], .fillDemoStep, "fill this step with a fake applicant", section: .demo,
      contexts: fields, status: "F5 fill", statusRank: 7, requires: .embeddedSandbox),
    KeyBinding(
      [.function(6)], .openScenarios, "sandbox scenarios: rejection, Kira error, busy",
      section: .demo, contexts: fields.union([.review]), status: "F6 demo", statusRank: 7,
      requires: .embeddedSandbox),
  ]
}
