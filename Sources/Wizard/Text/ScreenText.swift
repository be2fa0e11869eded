import KYCForm

/// Every fixed text the screens draw, as values with their arguments, put
/// into words at one place (`text(in:)`) in the operator's language. Each
/// case returns both translations side by side, so a missing one does not
/// compile. Text from outside (Kira's answers, ids) is cleaned by the caller.
enum ScreenText: Sendable, Hashable {
  // Chrome
  case stepOf(number: Int, count: Int, title: String)
  case reviewHeader
  case submittingHeader
  case resultHeader
  case offline
  case notConnected
  case sandboxBanner
  case cannotReachKira(reason: String)
  case moreAbove
  case moreBelow
  case required
  case kiraSays(String)

  // Step screen
  case sizesAsSent
  case yesNoKeys
  case readAs(String)
  case dateMeaning(day: Int, month: Int, year: Int)
  case embeddedImage

  // Review
  case reviewTitle
  case readyToSubmit(warnings: Int)
  case errorsToFix(Int)
  case noErrors
  case errorsBlockSubmit(Int)
  case nothingEntered
  case readyForVerification(customer: String)
  case notVerifiableStillMissing
  case openedFromAttempt(Int)
  case kiraHasUsersWithEmail(count: Int)
  case andMore(Int)
  case checkBeforeDuplicate
  case emailCheckUnavailable

  // Submitting
  case submittingTitle
  case sendingToKira
  case connectingToKira
  case retryingNow
  case retryingIn(seconds: Int)
  case kiraBusy(when: String, attempt: Int, of: Int)
  case reason(String)
  case idempotencyKeyLine(String)
  case everyTryCarriesKey

  // Dialogs
  case quitTitle
  case quitInFlight
  case quitInFlightOutcome
  case quitNotSubmitted
  case quitWillBeLost
  case quitChoice
  case stayChoice
  case scenariosTitle
  case scenariosHint
  case tooSmallTitle
  case tooSmallNeeds(columns: Int, rows: Int)
  case tooSmallThisOne(columns: Int, rows: Int)
  case tooSmallEnlarge
  case tooSmallQuit
  case tooSmallQuitQuestion

  // Help
  case keysTitle
  case escCloses

  // Result
  case userID
  case status
  case verificationStatus
  case verificationStatusShort
  case verification
  case verificationMode
  case verificationLinkScan
  case verificationLink
  case linkError
  case finalSuffix
  case scanOrSend
  case sendLinkToApplicant
  case kiraVerifiesNext
  case kiraCreatedUser
  case alreadyOnboarded(id: String)
  case nothingSentThisDesk
  case toChangeThatUser
  case escBackToReview
  case outcomeUnknown
  case why(String)
  case retryIsSafe1
  case retryIsSafe2
  case idempotencyKey
  case submitted
  case times(Int)
  case kiraRejectedData(status: Int, code: String?)
  case nothingCreated
  case credentialsRefused
  case stayedUnavailable
  case keyConflict
  case submissionFailed
  case retryOrBack

  // Follow-up
  case statusUTC
  case statusHistoryUTC
  case triggered
  case notTriggered
  case kiraReasons
  case missingFieldsPerProduct
  case moreLines(Int)

  // Resume list and draft chrome
  case resumeTitle
  case draftCount(Int)
  case draftHint(id: String)
  case savedDrafts
  case fixUpHeader
  case nameHeading
  case stepReachedHeading
  case savedHeading
  case lastErrorHeading
  case resumeFooter1
  case resumeFooter2
  case resumeFooter3
  case noName
  case review
  case justNow
  case minutesAgo(Int)
  case hoursAgo(Int)
  case daysAgo(Int)
  case openElsewhereTitle
  case openElsewhereIn
  case readOnlyChoice
  case takeOverChoice
  case leaveItThere
  case wipeTitle
  case wipeSummary(name: String, place: String, age: String)
  case wipedForGood
  case wipeChoice
  case keepChoice

  // Choice list
  case matches(Int)
  case noMatch

  // Fix-up
  case fixTitle
  case missingFields
  case noneReported
  case none
  case nothingToFix
  case fieldsToFix
  case emptyValue
  case notAFormField(String)
  case kiraUpdated(String)
  case kiraWarns(String)
  case moreWarnings(Int)
  case newLink(status: String)
  case rejectedReissueHint
  case sendingChanges
  case reissuing
  case waitingForKira
  case reissueHintOnly
  case nothingToFixHint
  case editFieldsHint(rejected: Bool)
  case moreFields(Int)

  /// The words in `language`.
  func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  // swiftlint:disable:next cyclomatic_complexity function_body_length
  private var translations: (String, String) {
    switch self {
    case .stepOf(let number, let count, let title):
      ("Step \(number) of \(count) · \(title)", "Paso \(number) de \(count) · \(title)")
    case .reviewHeader: ("Review", "Revisión")
    case .submittingHeader: ("Submitting", "Enviando")
    case .resultHeader: ("Result", "Resultado")
    case .offline: ("offline", "sin conexión")
    case .notConnected: ("NOT CONNECTED", "SIN CONEXIÓN")
    case .sandboxBanner:
      (
        "SANDBOX · demo only, nothing reaches Kira · F5 fill step · F6 scenarios",
        "SANDBOX · solo demo, nada llega a Kira · F5 llena el paso · F6 escenarios"
      )
    case .cannotReachKira(let reason):
      ("Cannot reach Kira: \(reason)", "No se puede conectar con Kira: \(reason)")
    case .moreAbove: ("↑ more", "↑ más")
    case .moreBelow: ("↓ more", "↓ más")
    case .required: ("* required", "* obligatorio")
    case .kiraSays(let text): ("Kira says: " + text, "Kira dice: " + text)
    case .sizesAsSent: ("sizes as sent (base64)", "tamaños tal como se envían (base64)")
    case .yesNoKeys: ("y / n / Space", "y (sí) / n / Espacio")
    case .readAs(let number): ("read as " + number, "se lee como " + number)
    case .dateMeaning(let day, let month, let year):
      (
        "= \(day) \(Self.englishMonths[month - 1]) \(year)",
        "= \(day) de \(Self.spanishMonths[month - 1]) de \(year)"
      )
    case .embeddedImage: ("embedded image", "imagen incrustada")
    case .reviewTitle:
      ("Review · every answer before it goes to Kira", "Revisión · todo antes de enviarlo a Kira")
    case .readyToSubmit(let warnings):
      warnings == 0
        ? ("ready to submit", "listo para enviar")
        : (
          "ready to submit, \(Self.count(warnings, "warning", "warnings"))",
          "listo para enviar, \(Self.count(warnings, "aviso", "avisos"))"
        )
    case .errorsToFix(let count):
      (
        "\(Self.count(count, "error", "errors")) to fix",
        "\(Self.count(count, "error", "errores")) por corregir"
      )
    case .noErrors:
      ("✓ No errors. F10 or Ctrl-S submits to Kira.", "✓ Sin errores. F10 o Ctrl-S envía a Kira.")
    case .errorsBlockSubmit(let count):
      (
        "✗ \(Self.count(count, "error", "errors")) must be fixed before submitting: press the step's number",
        count == 1
          ? "✗ Hay 1 error que corregir antes de enviar: pulse el número del paso"
          : "✗ Hay \(count) errores que corregir antes de enviar: pulse el número del paso"
      )
    case .nothingEntered: ("(nothing entered)", "(sin respuestas)")
    case .readyForVerification(let customer):
      (
        "✓ Ready for verification: all that \(customer) needs",
        "✓ Listo para la verificación: todo lo que necesita \(customer)"
      )
    case .notVerifiableStillMissing:
      (
        "! Kira will create this user but not verify it yet. Still missing:",
        "! Kira creará este usuario, pero todavía no lo verificará. Falta:"
      )
    case .openedFromAttempt(let attempt):
      (
        "Opened from journal attempt #\(attempt): Kira's field errors are marked \"Kira says\"",
        "Intento #\(attempt) del registro: los errores de Kira llevan \"Kira dice\""
      )
    case .kiraHasUsersWithEmail(let count):
      (
        "! Kira already has \(count == 1 ? "a user" : "\(count) users") with this e-mail:",
        "! Kira ya tiene \(count == 1 ? "un usuario" : "\(count) usuarios") con este correo:"
      )
    case .andMore(let count): ("  and \(count) more", "  y \(count) más")
    case .checkBeforeDuplicate:
      (
        "  Check before creating a duplicate: kira-onboard users --email",
        "  Revise antes de crear un duplicado: kira-onboard users --email"
      )
    case .emailCheckUnavailable:
      (
        "Could not ask Kira whether this e-mail exists (offline?): kira-onboard users --email",
        "No se pudo consultar a Kira si este correo existe (¿sin conexión?): kira-onboard users --email"
      )
    case .submittingTitle: ("Submitting", "Enviando")
    case .sendingToKira: ("Sending to Kira…", "Enviando a Kira…")
    case .connectingToKira: ("Connecting to Kira…", "Conectando con Kira…")
    case .retryingNow: ("retrying now", "se reintenta ahora")
    case .retryingIn(let seconds): ("retrying in \(seconds) s", "se reintenta en \(seconds) s")
    case .kiraBusy(let when, let attempt, let maximum):
      (
        "Kira is busy, \(when) (attempt \(attempt) of \(maximum))",
        "Kira está ocupado, \(when) (intento \(attempt) de \(maximum))"
      )
    case .reason(let text): ("Reason: " + text, "Motivo: " + text)
    case .idempotencyKeyLine(let key): ("Idempotency key  \(key)", "Clave de idempotencia  \(key)")
    case .everyTryCarriesKey:
      (
        "Every try carries this key, so Kira creates at most one customer.",
        "Cada intento lleva esta clave: Kira crea como máximo un cliente."
      )
    case .quitTitle: ("Quit?", "¿Salir?")
    case .quitInFlight: ("A submission is in flight:", "Hay un envío en curso:")
    case .quitInFlightOutcome:
      ("quitting now leaves its outcome unknown.", "si sale ahora, no se sabrá cómo terminó.")
    case .quitNotSubmitted: ("Your answers are not submitted", "Sus respuestas no se enviaron")
    case .quitWillBeLost: ("and will be lost.", "y se perderán.")
    case .quitChoice: ("quit", "salir")
    case .stayChoice: ("stay", "quedarse")
    case .scenariosTitle: ("Sandbox scenarios", "Escenarios del sandbox")
    case .scenariosHint:
      (
        "Sets the answers that trigger it; then submit from Review.",
        "Pone las respuestas que lo activan; luego envíe desde la revisión."
      )
    case .tooSmallTitle: ("Terminal too small", "Terminal demasiado pequeña")
    case .tooSmallNeeds(let columns, let rows):
      (
        "kira-onboard needs at least \(columns)x\(rows);",
        "kira-onboard necesita al menos \(columns)x\(rows);"
      )
    case .tooSmallThisOne(let columns, let rows):
      ("this one is \(columns)x\(rows).", "esta tiene \(columns)x\(rows).")
    case .tooSmallEnlarge:
      (
        "Enlarge the window to go on (nothing is lost),",
        "Agrande la ventana para seguir (no se pierde nada),"
      )
    case .tooSmallQuit: ("or press Ctrl-Q to quit.", "o pulse Ctrl-Q para salir.")
    case .tooSmallQuitQuestion:
      ("Quit and lose the answers? y / n", "¿Salir y perder las respuestas? y (sí) / n")
    case .keysTitle: ("Keys", "Teclas")
    case .escCloses: ("Esc closes", "Esc cierra")
    case .userID: ("User id", "Id de usuario")
    case .status: ("Status", "Estado")
    case .verificationStatus: ("Verification status", "Estado de verificación")
    case .verificationStatusShort: ("Verification status", "Verificación")
    case .verification: ("Verification", "Verificación")
    case .verificationMode: ("Verification mode", "Modo de verificación")
    case .verificationLinkScan: ("Verification link (scan the code)", "Enlace (escanee el código)")
    case .verificationLink: ("Verification link", "Enlace de verificación")
    case .linkError: ("Link error", "Error del enlace")
    case .finalSuffix: (" (final)", " (final)")
    case .scanOrSend: ("Scan the code, or send the link.", "Escanee el código o envíe el enlace.")
    case .sendLinkToApplicant:
      (
        "Send the verification link to the applicant to finish identity checks.",
        "Envíe el enlace al solicitante para que complete la verificación."
      )
    case .kiraVerifiesNext:
      (
        "Kira verifies the applicant next (see `kira-onboard users --email`).",
        "Ahora Kira verifica al solicitante (vea `kira-onboard users --email`)."
      )
    case .kiraCreatedUser: ("✓ Kira created the user", "✓ Kira creó el usuario")
    case .alreadyOnboarded(let id): ("! Already onboarded as \(id)", "! Ya está dado de alta como \(id)")
    case .nothingSentThisDesk:
      (
        "Nothing was sent: this desk already created a Kira user from this e-mail.",
        "No se envió nada: este puesto ya creó un usuario de Kira con este correo."
      )
    case .toChangeThatUser:
      (
        "To change that user's data (the answers typed here were not sent), use:",
        "Para cambiar los datos de ese usuario (lo escrito aquí no se envió), use:"
      )
    case .escBackToReview: ("Esc goes back to Review.", "Esc vuelve a la revisión.")
    case .outcomeUnknown:
      (
        "? Outcome unknown: Kira may or may not have created the user",
        "? Resultado desconocido: puede que Kira haya creado el usuario, o no"
      )
    case .why(let text): ("Why: " + text, "Por qué: " + text)
    case .retryIsSafe1:
      (
        "Retrying is safe: R sends the same data with the same idempotency key,",
        "Reintentar es seguro: R envía los mismos datos con la misma clave,"
      )
    case .retryIsSafe2:
      (
        "so Kira answers with what it did the first time. Never a second customer.",
        "y Kira responde lo que hizo la primera vez. Nunca un segundo cliente."
      )
    case .idempotencyKey: ("Idempotency key", "Clave de idempotencia")
    case .submitted: ("Submitted", "Enviado")
    case .times(let count):
      ("\(count) time\(count == 1 ? "" : "s")", "\(count) \(count == 1 ? "vez" : "veces")")
    case .kiraRejectedData(let status, let code):
      (
        "✗ Kira rejected the data (HTTP \(status)\(code.map { ", \($0)" } ?? ""))",
        "✗ Kira rechazó los datos (HTTP \(status)\(code.map { ", \($0)" } ?? ""))"
      )
    case .nothingCreated:
      (
        "Nothing was created. Esc goes back to Review to change the answers.",
        "No se creó nada. Esc vuelve a la revisión para cambiar las respuestas."
      )
    case .credentialsRefused: ("Kira refused the credentials", "Kira rechazó las credenciales")
    case .stayedUnavailable:
      ("Kira stayed unavailable through every retry", "Kira siguió sin responder en todos los reintentos")
    case .keyConflict:
      (
        "Kira saw this idempotency key with other data",
        "Kira ya recibió esta clave de idempotencia con otros datos"
      )
    case .submissionFailed: ("The submission failed", "El envío falló")
    case .retryOrBack:
      (
        "R tries again with the same data and key (safe); Esc goes back to Review.",
        "R reintenta igual, con la misma clave (seguro); Esc vuelve a la revisión."
      )
    case .statusUTC: ("Status (UTC)", "Estado (UTC)")
    case .statusHistoryUTC: ("Status history (UTC)", "Historial de estados (UTC)")
    case .triggered: ("triggered", "iniciada")
    case .notTriggered: ("not triggered", "no iniciada")
    case .kiraReasons: ("Kira's reasons (webhook)", "Motivos de Kira (webhook)")
    case .missingFieldsPerProduct: ("Missing fields (per product)", "Campos faltantes (por producto)")
    case .moreLines(let count):
      (
        "… \(count) more line\(count == 1 ? "" : "s") (a taller terminal shows them)",
        "… \(count == 1 ? "1 línea más" : "\(count) líneas más") (una terminal más alta las muestra)"
      )
    case .resumeTitle: ("Resume a saved draft?", "¿Retomar un borrador guardado?")
    case .draftCount(let count):
      (Self.count(count, "draft", "drafts"), Self.count(count, "borrador", "borradores"))
    case .draftHint(let id): ("Draft \(id)", "Borrador \(id)")
    case .savedDrafts: ("Saved drafts", "Borradores guardados")
    case .fixUpHeader: ("Fix-up", "Corrección")
    case .nameHeading: ("NAME", "NOMBRE")
    case .stepReachedHeading: ("STEP REACHED", "PASO ALCANZADO")
    case .savedHeading: ("SAVED", "GUARDADO")
    case .lastErrorHeading: ("LAST ERROR", "ÚLTIMO ERROR")
    case .resumeFooter1:
      (
        "Enter resumes the highlighted draft: every answer, the step and the field.",
        "Enter retoma el borrador marcado: las respuestas, el paso y el campo."
      )
    case .resumeFooter2:
      (
        "n or Esc starts a fresh form (the drafts stay: kira-onboard drafts list).",
        "n o Esc empieza otro (los borradores siguen en kira-onboard drafts list)."
      )
    case .resumeFooter3:
      (
        "d wipes the highlighted draft. Answers are stored encrypted on this machine.",
        "d elimina el borrador marcado. Las respuestas se guardan cifradas aquí."
      )
    case .noName: ("(no name)", "(anónimo)")
    case .review: ("Review", "Revisión")
    case .justNow: ("just now", "recién")
    case .minutesAgo(let minutes): ("\(minutes) min ago", "hace \(minutes) min")
    case .hoursAgo(let hours): ("\(hours) h ago", "hace \(hours) h")
    case .daysAgo(let days): ("\(days) d ago", "hace \(days) d")
    case .openElsewhereTitle: ("Open in another wizard", "Abierto en otro asistente")
    case .openElsewhereIn: ("This draft is open in:", "Este borrador está abierto en:")
    case .readOnlyChoice:
      ("read-only: look, nothing is saved", "solo lectura: mirar, no se guarda nada")
    case .takeOverChoice:
      ("take over: the other one stops saving", "tomarlo: el otro deja de guardar")
    case .leaveItThere: ("Esc  leave it there", "Esc  dejarlo ahí")
    case .wipeTitle: ("Wipe this draft?", "¿Eliminar este borrador?")
    case .wipeSummary(let name, let place, let age):
      ("\(name) · \(place) · saved \(age)", "\(name) · \(place) · guardado \(age)")
    case .wipedForGood: ("Its answers are wiped for good.", "Sus respuestas se eliminan para siempre.")
    case .wipeChoice: ("wipe", "eliminar")
    case .keepChoice: ("keep", "conservar")
    case .matches(let count):
      (Self.count(count, "match", "matches"), Self.count(count, "coincidencia", "coincidencias"))
    case .noMatch:
      ("no match: keep typing or Backspace", "sin coincidencias: siga escribiendo o borre")
    case .fixTitle: ("Fix a Kira user", "Corregir un usuario de Kira")
    case .missingFields: ("Missing fields", "Campos faltantes")
    case .noneReported: ("(none reported)", "(no se indicó ninguno)")
    case .none: ("(none)", "(ninguno)")
    case .nothingToFix:
      (
        "✓ Nothing to fix: Kira lists no missing or rejected field.",
        "✓ Nada que corregir: Kira no indica campos faltantes ni rechazados."
      )
    case .fieldsToFix:
      (
        "Fields to fix (Enter edits them; F10 on Review sends only what changed)",
        "Campos a corregir (Enter edita; F10 en la revisión envía solo lo cambiado)"
      )
    case .emptyValue: ("— (empty)", "— (vacío)")
    case .notAFormField(let tokens):
      ("Not a form field (ask Kira): " + tokens, "No es un campo del formulario (consulte a Kira): " + tokens)
    case .kiraUpdated(let fields): ("✓ Kira updated: " + fields, "✓ Kira actualizó: " + fields)
    case .kiraWarns(let warning): ("! Kira warns: " + warning, "! Aviso de Kira: " + warning)
    case .moreWarnings(let count):
      (
        "  … and \(count) more warnings",
        "  … y \(count == 1 ? "1 aviso más" : "\(count) avisos más")"
      )
    case .newLink(let status):
      (
        "New verification link" + status + ": send it to the customer",
        "Nuevo enlace de verificación" + status + ": envíeselo al cliente"
      )
    case .rejectedReissueHint:
      (
        "Kira rejected this user: R re-issues verification (a new embedded link).",
        "Kira rechazó al usuario: R emite otra vez la verificación (enlace nuevo)."
      )
    case .sendingChanges:
      (
        "… Sending the changes to Kira, then reloading the user",
        "… Enviando los cambios a Kira y recargando el usuario"
      )
    case .reissuing: ("… Re-issuing verification", "… Volviendo a emitir la verificación")
    case .waitingForKira: ("Waiting for Kira · Ctrl-Q quits", "Esperando a Kira · Ctrl-Q sale")
    case .reissueHintOnly:
      ("R re-issues verification · Ctrl-Q quits", "R vuelve a emitir la verificación · Ctrl-Q sale")
    case .nothingToFixHint: ("Nothing to fix · Ctrl-Q quits", "Nada que corregir · Ctrl-Q sale")
    case .editFieldsHint(let rejected):
      (
        "Enter edits the fields to fix" + (rejected ? " · R re-issues verification" : ""),
        "Enter edita los campos por corregir" + (rejected ? " · R vuelve a emitir la verificación" : "")
      )
    case .moreFields(let count):
      ("  … and \(count) more (Enter edits them all)", "  … y \(count) más (Enter los edita todos)")
    }
  }

  /// "1 error", "3 errors".
  private static func count(_ count: Int, _ one: String, _ many: String) -> String {
    count == 1 ? "1 \(one)" : "\(count) \(many)"
  }

  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  static let spanishMonths = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre",
  ]

  /// One example of every case, for the strings-table test.
  static let examples: [ScreenText] = [
    .stepOf(number: 3, count: 8, title: "t"), .reviewHeader, .submittingHeader, .resultHeader, .offline,
    .notConnected, .sandboxBanner, .cannotReachKira(reason: "r"), .moreAbove, .moreBelow, .required,
    .kiraSays("k"), .sizesAsSent, .yesNoKeys, .readAs("+52 55 1234 5678"),
    .dateMeaning(day: 15, month: 5, year: 1990), .embeddedImage, .reviewTitle, .readyToSubmit(warnings: 0),
    .readyToSubmit(warnings: 2), .errorsToFix(1), .errorsToFix(2), .noErrors, .errorsBlockSubmit(1),
    .errorsBlockSubmit(3), .nothingEntered, .readyForVerification(customer: "c"), .notVerifiableStillMissing,
    .openedFromAttempt(4), .kiraHasUsersWithEmail(count: 1), .kiraHasUsersWithEmail(count: 3), .andMore(2),
    .checkBeforeDuplicate, .emailCheckUnavailable, .submittingTitle, .sendingToKira, .connectingToKira,
    .retryingNow, .retryingIn(seconds: 3), .kiraBusy(when: "w", attempt: 2, of: 5), .reason("r"),
    .idempotencyKeyLine("k"), .everyTryCarriesKey, .quitTitle, .quitInFlight, .quitInFlightOutcome,
    .quitNotSubmitted, .quitWillBeLost, .quitChoice, .stayChoice, .scenariosTitle, .scenariosHint,
    .tooSmallTitle, .tooSmallNeeds(columns: 80, rows: 23), .tooSmallThisOne(columns: 60, rows: 20),
    .tooSmallEnlarge, .tooSmallQuit, .tooSmallQuitQuestion, .keysTitle, .escCloses, .userID, .status,
    .verificationStatus, .verificationStatusShort, .verification, .verificationMode, .verificationLinkScan,
    .verificationLink,
    .linkError, .finalSuffix, .scanOrSend, .sendLinkToApplicant, .kiraVerifiesNext, .kiraCreatedUser,
    .alreadyOnboarded(id: "u"), .nothingSentThisDesk, .toChangeThatUser, .escBackToReview, .outcomeUnknown,
    .why("w"), .retryIsSafe1, .retryIsSafe2, .idempotencyKey, .submitted, .times(1), .times(2),
    .kiraRejectedData(status: 400, code: "c"), .nothingCreated, .credentialsRefused, .stayedUnavailable,
    .keyConflict, .submissionFailed, .retryOrBack, .statusUTC, .statusHistoryUTC, .triggered, .notTriggered,
    .kiraReasons, .missingFieldsPerProduct, .moreLines(1), .moreLines(3), .resumeTitle, .draftCount(1),
    .draftCount(2), .draftHint(id: "d"), .savedDrafts, .fixUpHeader, .nameHeading, .stepReachedHeading,
    .savedHeading, .lastErrorHeading, .resumeFooter1, .resumeFooter2, .resumeFooter3, .noName, .review,
    .justNow, .minutesAgo(12), .hoursAgo(3), .daysAgo(2), .openElsewhereTitle, .openElsewhereIn,
    .readOnlyChoice, .takeOverChoice, .leaveItThere, .wipeTitle,
    .wipeSummary(name: "n", place: "p", age: "a"),
    .wipedForGood, .wipeChoice, .keepChoice, .matches(1), .matches(4), .noMatch, .fixTitle, .missingFields,
    .noneReported, .none, .nothingToFix, .fieldsToFix, .emptyValue, .notAFormField("t"), .kiraUpdated("f"),
    .kiraWarns("w"), .moreWarnings(2), .newLink(status: ""), .rejectedReissueHint, .sendingChanges,
    .reissuing, .waitingForKira, .reissueHintOnly, .nothingToFixHint, .editFieldsHint(rejected: true),
    .moreFields(4),
  ]

  /// The case's name without its arguments, for the test that every case has an example.
  var caseName: String {
    String(String(describing: self).prefix { $0 != "(" })
  }
}

extension WizardState {
  /// A screen text in the operator's language.
  func text(_ text: ScreenText) -> String { text.text(in: language) }
}
