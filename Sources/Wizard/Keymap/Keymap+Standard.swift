import TerminalUI

extension Keymap {
  /// The wizard's keys (issue 4's key contract).
  public static let standard = Keymap(
    bindings: popupBindings + fieldBindings + editingBindings
      + reviewBindings + dialogBindings + generalBindings + demoBindings + draftBindings)

  private static let fields = KeyContext.anyField
  private static let editable = KeyContext.editableField

  private static let popupBindings: [KeyBinding] = [
    KeyBinding(
      [.up], .choiceUp, "move up in the list", es: "subir en la lista", section: .choices, contexts: [.popup]),
    KeyBinding(
      [.down], .choiceDown, "move down in the list", es: "bajar en la lista", section: .choices,
      contexts: [.popup]),
    KeyBinding(
      [.enter, .tab], .choicePick, "take the highlighted option and go on",
      es: "tomar la opción resaltada y seguir", section: .choices,
      contexts: [.popup], status: ("⏎ pick", "⏎ elegir"), statusRank: 0),
    KeyBinding(
      [.escape], .back, "close the list", es: "cerrar la lista", section: .choices, contexts: [.popup],
      status: ("Esc close", "Esc cerrar"), statusRank: 0),
  ]

  private static let fieldBindings: [KeyBinding] = [
    KeyBinding(
      [.tab], .completePath, "complete the file path", es: "completar la ruta del archivo",
      section: .choices, contexts: [.fileField], condition: .fieldHasText),
    KeyBinding(
      [.character(" ")], .openChoices, "show every option", es: "mostrar todas las opciones",
      section: .choices, contexts: [.choiceField, .countryField], condition: .fieldEmpty),
    KeyBinding(
      [.character("y")], .answerYes, "answer yes", es: "responder sí", section: .choices,
      contexts: [.yesNoField]),
    KeyBinding(
      [.character("n")], .answerNo, "answer no", es: "responder no", section: .choices,
      contexts: [.yesNoField]),
    KeyBinding(
      [.character(" ")], .toggleYesNo, "switch between yes and no", es: "alternar entre sí y no",
      section: .choices, contexts: [.yesNoField]),
    KeyBinding(
      [.tab, .down], .nextField, "next field", es: "campo siguiente", section: .moving, contexts: fields,
      status: ("Tab next", "Tab sig."), statusRank: 6),
    KeyBinding(
      [.enter], .nextFieldOrStep, "next field; on the last field, next step",
      es: "campo siguiente; en el último campo, paso siguiente", section: .moving, contexts: fields),
    KeyBinding(
      [.backTab, .up], .previousField, "previous field", es: "campo anterior", section: .moving,
      contexts: fields, status: ("S-Tab prev", "S-Tab ant."), statusRank: 8),
    KeyBinding(
      [.pageDown, .control("n")], .nextStep, "next step (only when this one is valid)",
      es: "paso siguiente (solo si este es válido)", section: .moving, contexts: fields,
      status: ("PgDn step", "PgDn paso"), statusRank: 3),
    KeyBinding(
      [.pageUp, .control("p")], .previousStep, "previous step (always allowed)",
      es: "paso anterior (siempre se puede)", section: .moving, contexts: fields.union([.review]),
      status: ("PgUp back", "PgUp atrás"), statusRank: 4),
    KeyBinding(
      [.escape], .back, "close a list, else back one step", es: "cerrar una lista; si no, volver un paso",
      section: .moving, contexts: fields.union([.review])),
    KeyBinding(
      [.control("r")], .backToReview, "back to Review (once it has been shown)",
      es: "volver a la revisión (cuando ya se mostró)", section: .moving, contexts: fields,
      requires: .formSteps),
  ]

  /// Where the deleting keys and paste act: the line editor's fields, and a
  /// yes/no field (they clear its answer; a paste of yes or no sets it).
  private static let clearable = editable.union([.yesNoField])

  private static let editingBindings: [KeyBinding] = [
    KeyBinding(
      [.left, .right], .edit, "move the cursor", es: "mover el cursor", section: .editing,
      contexts: editable),
    KeyBinding(
      [.home, .control("a")], .edit, "start of the text", es: "inicio del texto", section: .editing,
      contexts: editable),
    KeyBinding(
      [.end, .control("e")], .edit, "end of the text", es: "final del texto", section: .editing,
      contexts: editable),
    KeyBinding(
      [.backspace, .delete], .edit, "delete before / under the cursor",
      es: "borrar antes del cursor / sobre el cursor", section: .editing, contexts: clearable),
    KeyBinding(
      [.control("u")], .edit, "delete to the start", es: "borrar hasta el inicio", section: .editing,
      contexts: clearable),
    KeyBinding(
      [.control("k")], .edit, "delete to the end", es: "borrar hasta el final", section: .editing,
      contexts: clearable),
    KeyBinding(
      [.control("w")], .edit, "delete the word before", es: "borrar la palabra anterior", section: .editing,
      contexts: clearable),
    KeyBinding(
      [.paste("")], .edit, "paste a whole value (bracketed paste)",
      es: "pegar un valor completo (bracketed paste)", section: .editing, contexts: clearable,
      keyLabel: ("Paste", "Pegar")),
  ]

  private static let reviewBindings: [KeyBinding] = [
    // The digits of the steps Review lists: "1-8 edit", "1 edit" in a one-step fix-up.
    KeyBinding(
      (1...9).map { .character(Character(String($0))) }, .editStep(0), "edit that step",
      es: "editar ese paso", section: .review, contexts: [.review], status: ("edit", "editar"),
      statusRank: 1),
    KeyBinding(
      [.function(10), .control("s")], .submit, "submit to Kira (Review, no errors left)",
      es: "enviar a Kira (en la revisión, sin errores)", section: .review, contexts: [.review],
      status: ("F10 submit", "F10 enviar"), statusRank: 0),
    KeyBinding(
      [.up], .scrollUp, "scroll up", es: "desplazar hacia arriba", section: .review, contexts: [.review]),
    KeyBinding(
      [.down], .scrollDown, "scroll down", es: "desplazar hacia abajo", section: .review,
      contexts: [.review], status: ("↑↓ scroll", "↑↓ desplazar")),
    // The same keys scroll help: listed with Review's where a session has Review, else under General.
    KeyBinding(
      [.up], .scrollUp, "scroll up", es: "desplazar hacia arriba", section: .general, contexts: [.help]),
    KeyBinding(
      [.down], .scrollDown, "scroll down", es: "desplazar hacia abajo", section: .general,
      contexts: [.help], status: ("↑↓ scroll", "↑↓ desplazar")),
    KeyBinding(
      [.character("r"), .character("R")], .retrySubmission,
      "retry safely with the same idempotency key",
      es: "reintentar sin riesgo con la misma clave de idempotencia", section: .review,
      contexts: [.resultRetry], status: ("R retry", "R reenviar"), statusRank: 0),
    KeyBinding(
      [.character("n"), .character("N")], .newApplicant, "start a new applicant",
      es: "empezar con otro solicitante", section: .review, contexts: [.result],
      status: ("N new", "N nuevo"), statusRank: 0),
    KeyBinding(
      [.character("r"), .character("R"), .function(5)], .refreshStatus,
      "ask Kira for the user's status now", es: "consultar ahora a Kira el estado del usuario",
      section: .review, contexts: [.result], status: ("R refresh", "R actualizar"), statusRank: 1),
    KeyBinding(
      [.character("c"), .character("C")], .copyLink,
      "copy the verification link (terminals that allow OSC 52)",
      es: "copiar el enlace de verificación (terminales que admiten OSC 52)", section: .review,
      contexts: [.result], status: ("C copy link", "C copiar"), statusRank: 1, requires: .linkHandOff),
    KeyBinding(
      [.escape], .back, "back to Review", es: "volver a la revisión", section: .review,
      contexts: [.resultRetry, .resultRejected], status: ("Esc review", "Esc revisión"), statusRank: 0),
  ]

  private static let dialogBindings: [KeyBinding] = [
    KeyBinding(
      [.character("y"), .character("Y")], .confirmQuit, "quit", es: "salir", section: .general,
      contexts: [.quitConfirm], status: ("y quit", "y salir")),
    KeyBinding(
      [.character("n"), .character("N"), .escape], .cancelQuit, "stay", es: "quedarse", section: .general,
      contexts: [.quitConfirm], status: ("n stay", "n seguir")),
    KeyBinding(
      [.escape, .function(1), .character("q")], .back, "close the help", es: "cerrar la ayuda",
      section: .general, contexts: [.help], status: ("Esc close", "Esc cerrar")),
    KeyBinding(
      [.up], .choiceUp, "previous scenario", es: "escenario anterior", section: .demo,
      contexts: [.scenarios]),
    KeyBinding(
      [.down], .choiceDown, "next scenario", es: "escenario siguiente", section: .demo,
      contexts: [.scenarios]),
    KeyBinding(
      [.enter], .pickScenario, "use the highlighted scenario", es: "usar el escenario resaltado",
      section: .demo, contexts: [.scenarios], status: ("⏎ use", "⏎ usar")),
    KeyBinding(
      [.escape], .back, "close the menu", es: "cerrar el menú", section: .demo, contexts: [.scenarios],
      status: ("Esc close", "Esc cerrar")),
  ]

  private static let generalBindings: [KeyBinding] = [
    KeyBinding(
      [.function(1)], .help, "this help", es: "esta ayuda", section: .general,
      contexts: fields.union([.review, .result, .resultRetry, .resultRejected]),
      status: ("F1 help", "F1 ayuda"), statusRank: 1),
    KeyBinding(
      [.character("?")], .help, "this help (on an empty field)", es: "esta ayuda (en un campo vacío)",
      section: .general, contexts: fields.union([.review, .result, .resultRetry, .resultRejected]),
      condition: .fieldEmpty),
    KeyBinding(
      [.control("q"), .control("c")], .quit, "quit (asks first when answers would be lost)",
      es: "salir (pregunta antes si se perderían respuestas)", section: .general,
      contexts: fields.union([
        .review, .submitting, .result, .resultRetry, .resultRejected, .help, .scenarios,
      ]),
      status: ("^Q quit", "^Q salir"),
      statusRank: 2),
    KeyBinding(
      [.control("q"), .control("c")], .confirmQuit, "", es: "", section: .general, contexts: [.quitConfirm],
      keyLabel: ("", "")),
  ]

  private static let demoBindings: [KeyBinding] = [
    KeyBinding(
      [.function(5)], .fillDemoStep, "fill this step with a fake applicant",
      es: "llenar este paso con un solicitante ficticio", section: .demo, contexts: fields,
      status: ("F5 fill", "F5 llenar"), statusRank: 7, requires: .embeddedSandbox),
    KeyBinding(
      [.function(6)], .openScenarios, "sandbox scenarios: rejection, Kira error, busy",
      es: "escenarios del sandbox: rechazo, error de Kira, servidor ocupado", section: .demo,
      contexts: fields.union([.review]), status: ("F6 demo", "F6 demos"), statusRank: 7,
      requires: .embeddedSandbox),
  ]
}
