import KYCForm

/// Everything the line mode says, as values with their arguments, turned
/// into words at one place (`text(in:)`) in either language. Each case
/// returns both translations, so a missing one does not compile.
enum LineText: Sendable, Hashable {
  case welcome(environment: String)
  case commandsHint
  case step(number: Int, count: Int, title: String)
  case question(number: Int, count: Int, label: String, required: Bool)
  case currentValue(String)
  case noValue
  case option(number: Int, label: String)
  case yesNoAnswer
  case fileAnswer
  case countryAnswer
  case recorded(label: String, value: String)
  case cleared(label: String)
  case error(label: String, message: String)
  case warning(label: String, message: String)
  case message(String)
  case notAnOption(number: Int, count: Int)
  case reviewTitle
  case reviewStep(number: Int, title: String)
  case reviewValue(label: String, value: String)
  case reviewNothing
  case reviewErrors(Int)
  case reviewReady
  case reviewMissing(String)
  case reviewCommands
  case reviewNotYet
  case sending
  case created(id: String)
  case resultField(label: String, value: String)
  case resultLink(String)
  case statusHistory(String)
  case resultCommands
  case rejected
  case unknownOutcome
  case unknownCommands
  case quitQuestion
  case resumeTitle(Int)
  case resumeEntry(number: Int, name: String, place: String, age: String)
  case resumeCommands
  case deleteQuestion
  case lockQuestion(holder: String)
  case goodbye
  case help
  case fieldHelp(rule: String, apiPath: String)
  case unknownCommand(String)
  case endOfInput

  /// The words in `language`.
  func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .welcome(let environment):
      (
        "kira-onboard, line mode. Connected to: \(environment).",
        "kira-onboard, modo de líneas. Conectado a: \(environment)."
      )
    case .commandsHint:
      (
        "Answer each question and press Enter. Commands: back, review, help, quit. "
          + "An empty line keeps the current answer.",
        "Responda cada pregunta y pulse Enter. Comandos: atrás, revisar, ayuda, salir. "
          + "Una línea vacía conserva la respuesta actual."
      )
    case .step(let number, let count, let title):
      ("Step \(number) of \(count): \(title).", "Paso \(number) de \(count): \(title).")
    case .question(let number, let count, let label, let required):
      (
        "Question \(number) of \(count): \(label)\(required ? ", required" : ", optional").",
        "Pregunta \(number) de \(count): \(label)\(required ? ", obligatoria" : ", opcional")."
      )
    case .currentValue(let value):
      ("Current answer: \(Self.sentence(value))", "Respuesta actual: \(Self.sentence(value))")
    case .noValue: ("No answer yet.", "Todavía sin respuesta.")
    case .option(let number, let label): ("  \(number). \(label)", "  \(number). \(label)")
    case .yesNoAnswer: ("Answer yes or no.", "Responda sí o no.")
    case .fileAnswer:
      ("Type the path of the file (JPEG, PNG or PDF).", "Escriba la ruta del archivo (JPEG, PNG o PDF).")
    case .countryAnswer:
      ("Type the country's name or its code.", "Escriba el nombre del país o su código.")
    case .recorded(let label, let value):
      ("Recorded \(label): \(Self.sentence(value))", "Se registró \(label): \(Self.sentence(value))")
    case .cleared(let label): ("\(label) is now empty.", "\(label) quedó vacío.")
    case .error(let label, let message):
      ("Error in \(label): \(message)", "Error en \(label): \(message)")
    case .warning(let label, let message):
      ("Note on \(label): \(message)", "Aviso sobre \(label): \(message)")
    case .message(let text): (text, text)
    case .notAnOption(let number, let count):
      (
        "There is no option \(number): choose 1 to \(count), or type the option's name.",
        "No hay opción \(number): elija de 1 a \(count), o escriba el nombre de la opción."
      )
    case .reviewTitle:
      ("Review: every answer before anything is sent.", "Revisión: todas las respuestas antes de enviar.")
    case .reviewStep(let number, let title): ("Step \(number), \(title):", "Paso \(number), \(title):")
    case .reviewValue(let label, let value): ("  \(label): \(value)", "  \(label): \(value)")
    case .reviewNothing: ("  nothing entered", "  sin respuestas")
    case .reviewErrors(let count):
      (
        count == 1
          ? "1 error must be fixed before sending." : "\(count) errors must be fixed before sending.",
        count == 1
          ? "Hay 1 error que corregir antes de enviar." : "Hay \(count) errores que corregir antes de enviar."
      )
    case .reviewReady: ("Kira can verify this customer.", "Kira puede verificar a este cliente.")
    case .reviewMissing(let items):
      (
        "Kira cannot verify this customer yet. Missing: \(items).",
        "Kira aún no puede verificar a este cliente. Falta: \(items)."
      )
    case .reviewCommands:
      (
        "Type send to create the customer in Kira, a step number to change that step, or quit.",
        "Escriba enviar para crear al cliente en Kira, un número de paso para cambiar ese paso, o salir."
      )
    case .reviewNotYet:
      (
        "Review opens after the last step; answer the questions up to there first.",
        "La revisión se abre después del último paso; responda antes las preguntas hasta ahí."
      )
    case .sending: ("Sending to Kira…", "Enviando a Kira…")
    case .created(let id):
      ("Kira created the customer. User id: \(id).", "Kira creó al cliente. Id de usuario: \(id).")
    case .resultField(let label, let value): ("  \(label): \(value)", "  \(label): \(value)")
    case .resultLink(let link):
      ("Verification link for the customer: \(link)", "Enlace de verificación para el cliente: \(link)")
    case .statusHistory(let history):
      ("Kira's status so far: \(history).", "Estado en Kira hasta ahora: \(history).")
    case .resultCommands:
      ("Type new for another customer, or quit.", "Escriba nuevo para otro cliente, o salir.")
    case .rejected:
      (
        "Kira refused the request. Nothing was created. Type back to return to Review.",
        "Kira rechazó la solicitud. No se creó nada. Escriba atrás para volver a la revisión."
      )
    case .unknownOutcome:
      (
        "The answer from Kira did not arrive: nobody knows yet whether the customer was created.",
        "No llegó la respuesta de Kira: todavía no se sabe si se creó el cliente."
      )
    case .unknownCommands:
      (
        "Type retry to ask again safely with the same key (never a second customer), or back.",
        "Escriba reintentar para preguntar de nuevo sin riesgo con la misma clave (nunca un segundo cliente), o atrás."
      )
    case .quitQuestion:
      (
        "Quit? Your answers stay saved as a draft. Answer yes or no.",
        "¿Salir? Sus respuestas quedan guardadas como borrador. Responda sí o no."
      )
    case .resumeTitle(let count):
      (
        count == 1 ? "There is 1 saved draft:" : "There are \(count) saved drafts:",
        count == 1 ? "Hay 1 borrador guardado:" : "Hay \(count) borradores guardados:"
      )
    case .resumeEntry(let number, let name, let place, let age):
      ("  \(number). \(name), \(place), \(age)", "  \(number). \(name), \(place), \(age)")
    case .resumeCommands:
      (
        "Type a draft's number to resume it, new for a fresh form, or delete and a number.",
        "Escriba el número de un borrador para retomarlo, nuevo para empezar otro, o borrar y un número."
      )
    case .deleteQuestion:
      (
        "Delete this draft for good? Answer yes or no.",
        "¿Borrar este borrador definitivamente? Responda sí o no."
      )
    case .lockQuestion(let holder):
      (
        "This draft is open in \(holder). Type read to open it read-only, take to take it over, or back.",
        "Este borrador está abierto en \(holder). Escriba leer para abrirlo solo para lectura, tomar para quedárselo, o atrás."
      )
    case .goodbye: ("Goodbye.", "Hasta luego.")
    case .help:
      (
        "Line mode: each question is read out; type the answer and press Enter. For a list, type the option's "
          + "number or its name. Commands: back (previous question), review (back to Review once it was shown), "
          + "help (this text and the question's rule), quit (answers stay saved as a draft), send (on Review).",
        "Modo de líneas: se lee cada pregunta; escriba la respuesta y pulse Enter. En una lista, escriba el número "
          + "de la opción o su nombre. Comandos: atrás (pregunta anterior), revisar (volver a la revisión cuando ya "
          + "se mostró), ayuda (este texto y la regla de la pregunta), salir (las respuestas quedan guardadas como "
          + "borrador), enviar (en la revisión)."
      )
    case .fieldHelp(let rule, let apiPath):
      (
        "This question: \(rule) (Kira field \(apiPath)).",
        "Esta pregunta: \(rule) (campo de Kira \(apiPath))."
      )
    case .unknownCommand(let text):
      (
        "\"\(text)\" is not a command here. Type help for the commands.",
        "\"\(text)\" no es un comando aquí. Escriba ayuda para ver los comandos."
      )
    case .endOfInput:
      (
        "Input ended: leaving; the answers stay saved as a draft.",
        "Terminó la entrada: se cierra; las respuestas quedan guardadas como borrador."
      )
    }
  }

  /// `text` ending a sentence: a full stop unless it already ends with one.
  private static func sentence(_ text: String) -> String {
    text.hasSuffix(".") ? text : text + "."
  }

  /// One example of every case, for the test that each has both translations.
  static let examples: [LineText] = [
    .welcome(environment: "sandbox"), .commandsHint, .step(number: 1, count: 8, title: "t"),
    .question(number: 1, count: 2, label: "l", required: true), .currentValue("v"), .noValue,
    .option(number: 1, label: "l"), .yesNoAnswer, .fileAnswer, .countryAnswer,
    .recorded(label: "l", value: "v"),
    .cleared(label: "l"), .error(label: "l", message: "m"), .warning(label: "l", message: "m"), .message("m"),
    .notAnOption(number: 9, count: 3), .reviewTitle, .reviewStep(number: 1, title: "t"),
    .reviewValue(label: "l", value: "v"), .reviewNothing, .reviewErrors(2), .reviewReady, .reviewMissing("m"),
    .reviewCommands, .reviewNotYet, .sending, .created(id: "u"), .resultField(label: "l", value: "v"),
    .resultLink("k"), .statusHistory("CREATED 10:00:00"), .resultCommands, .rejected, .unknownOutcome,
    .unknownCommands, .quitQuestion,
    .resumeTitle(2), .resumeEntry(number: 1, name: "n", place: "p", age: "a"), .resumeCommands,
    .deleteQuestion,
    .lockQuestion(holder: "h"), .goodbye, .help, .fieldHelp(rule: "r", apiPath: "p"), .unknownCommand("c"),
    .endOfInput,
  ]
}
