import KYCForm

/// Every message the wizard shows on its message line, as a value with its
/// arguments; put into words only when drawn (`text(in:)`), in the
/// operator's language. Each case returns both translations side by side,
/// so a missing one does not compile. Arguments that come from outside
/// (Kira's answers, file names, error reasons) are cleaned where the
/// message is made.
public enum WizardNotice: Sendable, Hashable {
  /// Text that is the same in every language (a path list, Kira's words).
  case verbatim(String)

  // Drafts
  case draftSaveFailed(reason: String)
  case draftGone
  case draftOpenFailed(reason: String)
  case draftWipeFailed(reason: String)
  case draftsOff
  case createdNoDraft
  case draftSaved(id: String)
  case draftStaysWithOther
  case freshForm
  case draftWipedNoneLeft
  case draftWiped(name: String)
  case resumed(maskedName: String)
  case alreadyCreated(userID: String)
  case lastOutcomeUnknownPressR
  case draftOpenElsewhere(holder: String)
  case draftReadOnly(holder: String)
  case draftTakenOver(holder: String)

  // Support: an opened body or attempt, the fix-up
  case existingEmailFound(count: Int)
  case fileLoaded(errors: Int)
  case attemptOpened(attempt: Int, httpStatus: Int?, rejectedAnswers: Int)
  case nothingToFix
  case reissueOnlyRejected(status: String)
  case errorsBeforeSaving(Int)
  case nothingChangedNothingToSend
  case kiraUpdated(fields: [String], warnings: Int)
  case nothingChangedNoPut
  case updateRefused
  case updateFailed(reason: String)
  case reissued
  case reissueFailed(reason: String)

  // The result's link
  case linkCopied
  case cannotCopy

  // Demo
  case demoFilled(step: BilingualText)
  case scenarioPicked(title: BilingualText, summary: BilingualText, onReview: Bool)
  case demoImageFailed(reason: String)

  // Moving and typing
  case lastFieldOfStep
  case fixMarkedFields(Int)
  case firstStep
  case reviewAfterLastStep
  case backToReviewKey
  case typingRefused(label: BilingualText, refusal: BilingualText)
  case pasteRefused(refusal: BilingualText)
  case yesNoOnly(label: BilingualText)
  case pathMatches(count: Int, names: [String])

  // Submission
  case errorsBeforeSubmitting(Int)
  case kiraRejectedChangeFirst(Int)
  case notVerifiableYet(missing: [BilingualText])
  case existingEmailSecondCustomer(users: [String], count: Int, staleAttempt: Bool)
  case cannotBuildRequest(reason: String)
  case preparingKey
  case resendingUnknown
  case kiraRejectedFixMarked(Int)

  // Following the user
  case noUserToFollow
  case alreadyAsking
  case userMoved(status: String)
  case userRejected(status: String)

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  // swiftlint:disable:next cyclomatic_complexity function_body_length
  private var translations: (String, String) {
    switch self {
    case .verbatim(let text): (text, text)
    case .draftSaveFailed(let reason):
      ("Could not save the draft: \(reason)", "No se pudo guardar el borrador: \(reason)")
    case .draftGone: ("That draft no longer exists", "Ese borrador ya no existe")
    case .draftOpenFailed(let reason):
      ("Could not open the draft: \(reason)", "No se pudo abrir el borrador: \(reason)")
    case .draftWipeFailed(let reason):
      ("Could not wipe the draft: \(reason)", "No se pudo borrar el borrador: \(reason)")
    case .draftsOff:
      (
        "Drafts are off here: nothing to save",
        "Aquí los borradores están desactivados: no hay nada que guardar"
      )
    case .createdNoDraft:
      (
        "Kira created this user: there is no draft to save",
        "Kira ya creó este usuario: no hay borrador que guardar"
      )
    case .draftSaved(let id):
      ("Draft saved · kira-onboard --resume \(id)", "Borrador guardado · kira-onboard --resume \(id)")
    case .draftStaysWithOther:
      (
        "The draft stays with the wizard that has it open",
        "El borrador sigue en el asistente que lo tiene abierto"
      )
    case .freshForm:
      (
        "A fresh form. Saved drafts stay listed in: kira-onboard drafts list",
        "Formulario nuevo. Los borradores guardados siguen en: kira-onboard drafts list"
      )
    case .draftWipedNoneLeft:
      (
        "Draft wiped. No drafts left: a fresh form",
        "Borrador eliminado. No quedan borradores: formulario nuevo"
      )
    case .draftWiped(let name): ("Draft \(name) wiped", "Borrador \(name) eliminado")
    case .resumed(let name):
      name.isEmpty
        ? ("Resumed the draft · every answer is back", "Borrador retomado · están todas las respuestas")
        : (
          "Resumed the draft of \(name) · every answer is back",
          "Borrador de \(name) retomado · están todas las respuestas"
        )
    case .alreadyCreated(let userID):
      (
        "An earlier attempt already created user \(userID): it is never sent again",
        "Un intento anterior ya creó el usuario \(userID): no se vuelve a enviar"
      )
    case .lastOutcomeUnknownPressR:
      (
        "The last submission's outcome is unknown: R sends it again with the same key",
        "No se sabe cómo terminó el último envío: R lo envía de nuevo con la misma clave"
      )
    case .draftOpenElsewhere(let holder):
      (
        "This draft is open in another wizard (\(holder))",
        "Este borrador está abierto en otro asistente (\(holder))"
      )
    case .draftReadOnly(let holder):
      (
        "Read-only, nothing is saved here: this draft is open in another wizard (\(holder))",
        "Solo lectura, aquí no se guarda nada: este borrador está abierto en otro asistente (\(holder))"
      )
    case .draftTakenOver(let holder):
      (
        "Nothing more is saved here: another wizard took this draft over (\(holder))",
        "Aquí ya no se guarda nada: otro asistente tomó este borrador (\(holder))"
      )
    case .existingEmailFound(let count):
      (
        "Kira already has \(count == 1 ? "a user" : "\(count) users") with this e-mail: "
          + "check before creating a duplicate",
        "Kira ya tiene \(count == 1 ? "un usuario" : "\(count) usuarios") con este correo: "
          + "revise antes de crear un duplicado"
      )
    case .fileLoaded(let errors):
      errors == 0
        ? ("Loaded the file: no local errors. F10 submits", "Archivo cargado: sin errores locales. F10 envía")
        : (
          "Loaded the file: \(Self.count(errors, "error", "errors")) to fix · Enter edits the first",
          "Archivo cargado: \(Self.count(errors, "error", "errores")) por corregir · Enter edita el primero"
        )
    case .attemptOpened(let attempt, let httpStatus, let rejected):
      {
        let http = httpStatus.map { " (HTTP \($0))" } ?? ""
        return rejected > 0
          ? (
            "Attempt #\(attempt)\(http): Kira rejected \(Self.count(rejected, "answer", "answers"))"
              + " · Enter edits the first",
            "Intento #\(attempt)\(http): Kira rechazó \(Self.count(rejected, "respuesta", "respuestas"))"
              + " · Enter edita la primera"
          )
          : (
            "Attempt #\(attempt)\(http): no field errors recorded",
            "Intento #\(attempt)\(http): no hay errores de campo registrados"
          )
      }()
    case .nothingToFix:
      (
        "Nothing to fix: Kira lists no missing or rejected field",
        "Nada que corregir: Kira no indica campos faltantes ni rechazados"
      )
    case .reissueOnlyRejected(let status):
      (
        "Verification is re-issued only for REJECTED users (this one is \(status))",
        "La verificación solo se vuelve a emitir para usuarios REJECTED (este está en \(status))"
      )
    case .errorsBeforeSaving(let count):
      (
        "\(Self.count(count, "error", "errors")) must be fixed before saving",
        count == 1
          ? "Hay 1 error que corregir antes de guardar" : "Hay \(count) errores que corregir antes de guardar"
      )
    case .nothingChangedNothingToSend:
      ("Nothing changed: nothing to send", "No cambió nada: no hay nada que enviar")
    case .kiraUpdated(let fields, let warnings):
      (
        "Kira updated: " + fields.joined(separator: ", ")
          + (warnings == 0 ? "" : " · \(warnings) warning(s), listed above"),
        "Kira actualizó: " + fields.joined(separator: ", ")
          + (warnings == 0 ? "" : " · \(Self.count(warnings, "aviso", "avisos")), arriba")
      )
    case .nothingChangedNoPut:
      ("Nothing changed: no PUT sent", "No cambió nada: no se envió ningún PUT")
    case .updateRefused:
      (
        "Kira refused the update: fix the answers marked \"Kira says\", then F10 on Review",
        "Kira rechazó la actualización: corrija las respuestas marcadas \"Kira dice\" y pulse F10 en la revisión"
      )
    case .updateFailed(let reason):
      ("The update did not go through: \(reason)", "La actualización no se completó: \(reason)")
    case .reissued:
      (
        "Verification re-issued: send the new link to the customer",
        "Verificación emitida de nuevo: envíe el nuevo enlace al cliente"
      )
    case .reissueFailed(let reason):
      (
        "Could not re-issue verification: \(reason)",
        "No se pudo volver a emitir la verificación: \(reason)"
      )
    case .linkCopied:
      (
        "Link sent to the terminal's clipboard (OSC 52): paste it where it is needed",
        "Enlace copiado al portapapeles de la terminal (OSC 52): péguelo donde lo necesite"
      )
    case .cannotCopy:
      (
        "This terminal cannot copy: select the link with the mouse",
        "Esta terminal no puede copiar: seleccione el enlace con el mouse"
      )
    case .demoFilled(let step):
      (
        "Filled \(step.english) with the fake demo applicant",
        "Paso \(step.spanish) completado con el solicitante ficticio de la demostración"
      )
    case .scenarioPicked(let title, let summary, let onReview):
      (
        "Scenario \"\(title.english)\": \(summary.english). "
          + (onReview ? "F10 sends it" : "Fill the rest (F5), then F10 on Review"),
        "Escenario \"\(title.spanish)\": \(summary.spanish). "
          + (onReview ? "F10 lo envía" : "Complete el resto (F5) y pulse F10 en la revisión")
      )
    case .demoImageFailed(let reason):
      (
        "Could not write the demo image: \(reason)",
        "No se pudo escribir la imagen de la demostración: \(reason)"
      )
    case .lastFieldOfStep:
      (
        "Last field of this step: Enter or PgDn for the next step",
        "Último campo de este paso: Enter o PgDn para el paso siguiente"
      )
    case .fixMarkedFields(let count):
      count == 1
        ? (
          "Fix the marked field to go on (PgUp goes back at any time)",
          "Corrija el campo marcado para seguir (PgUp vuelve atrás en cualquier momento)"
        )
        : (
          "Fix the \(count) marked fields to go on (PgUp goes back at any time)",
          "Corrija los \(count) campos marcados para seguir (PgUp vuelve atrás en cualquier momento)"
        )
    case .firstStep: ("This is the first step", "Este es el primer paso")
    case .reviewAfterLastStep:
      (
        "Review opens after the last step (PgDn); Ctrl-R then brings you back to it",
        "La revisión se abre después del último paso (PgDn); luego Ctrl-R lo trae de vuelta a ella"
      )
    case .backToReviewKey: ("Ctrl-R goes back to Review", "Ctrl-R vuelve a la revisión")
    case .typingRefused(let label, let refusal):
      ("\(label.english): \(refusal.english)", "\(label.spanish): \(refusal.spanish)")
    case .pasteRefused(let refusal):
      ("Paste refused: \(refusal.english)", "No se pegó el texto: \(refusal.spanish)")
    case .yesNoOnly(let label):
      ("\(label.english): y, n or Space", "\(label.spanish): y (sí), n (no) o Espacio")
    case .pathMatches(let count, let names):
      {
        let list = names.prefix(6).joined(separator: "  ") + (count > 6 ? "  …" : "")
        return ("\(count) matches: \(list)", "\(count) coincidencias: \(list)")
      }()
    case .errorsBeforeSubmitting(let count):
      (
        "\(Self.count(count, "error", "errors")) must be fixed before submitting",
        count == 1
          ? "Hay 1 error que corregir antes de enviar" : "Hay \(count) errores que corregir antes de enviar"
      )
    case .kiraRejectedChangeFirst(let count):
      count == 1
        ? (
          "Kira rejected 1 answer: change it before submitting again",
          "Kira rechazó 1 respuesta: cámbiela antes de enviar de nuevo"
        )
        : (
          "Kira rejected \(count) answers: change them before submitting again",
          "Kira rechazó \(count) respuestas: cámbielas antes de enviar de nuevo"
        )
    case .notVerifiableYet(let missing):
      missing.count == 1
        ? (
          "Not verifiable yet: missing \(missing[0].english). F10 again creates the user anyway",
          "Aún no se puede verificar: falta \(missing[0].spanish). Otro F10 crea el usuario de todos modos"
        )
        : (
          "Not verifiable yet: \(missing.count) missing, listed above. F10 again creates the user anyway",
          "Aún no se puede verificar: faltan \(missing.count) datos, arriba. Otro F10 crea el usuario de todos modos"
        )
    case .existingEmailSecondCustomer(let users, let count, let stale):
      {
        // The key comes first: a long id must never push it out of the message.
        let named = users.joined(separator: ", ")
        return (
          "F10 again creates a second customer: Kira already has "
            + (count == 1 ? "user \(named)" : "\(count) users: \(named)") + " with this e-mail"
            + (stale ? "; an attempt older than 24 h had no answer, it may be this one" : "")
            + " (to change that user, quit and use `kira-onboard fix`)",
          "Otro F10 crea un segundo cliente: Kira ya tiene "
            + (count == 1 ? "el usuario \(named)" : "\(count) usuarios: \(named)") + " con este correo"
            + (stale ? "; un intento de hace más de 24 h no tuvo respuesta, puede ser este" : "")
            + " (para cambiarlo, salga y use `kira-onboard fix`)"
        )
      }()
    case .cannotBuildRequest(let reason):
      ("Cannot build the request: \(reason)", "No se puede armar la solicitud: \(reason)")
    case .preparingKey:
      ("Preparing a request id; press F10 again", "Preparando un id de solicitud; pulse F10 otra vez")
    case .resendingUnknown:
      (
        "The last attempt's outcome is unknown: sending that same data again, with the same key, first",
        "No se sabe cómo terminó el último intento: primero se reenvían esos mismos datos, con la misma clave"
      )
    case .kiraRejectedFixMarked(let count):
      count == 1
        ? (
          "Kira rejected 1 answer: fix it (marked \"Kira says\"), then F10 on Review",
          "Kira rechazó 1 respuesta: corríjala (marcada \"Kira dice\") y pulse F10 en la revisión"
        )
        : (
          "Kira rejected \(count) answers: fix them (marked \"Kira says\"), then F10 on Review",
          "Kira rechazó \(count) respuestas: corríjalas (marcadas \"Kira dice\") y pulse F10 en la revisión"
        )
    case .noUserToFollow: ("No Kira user to follow yet", "Todavía no hay un usuario de Kira que seguir")
    case .alreadyAsking: ("Already asking Kira for the status", "Ya se está consultando el estado a Kira")
    case .userMoved(let status): ("Kira moved the user to \(status)", "Kira pasó el usuario a \(status)")
    case .userRejected(let status):
      ("Kira rejected the user (\(status))", "Kira rechazó al usuario (\(status))")
    }
  }

  /// "1 error", "3 errors".
  private static func count(_ count: Int, _ one: String, _ many: String) -> String {
    count == 1 ? "1 \(one)" : "\(count) \(many)"
  }

  /// One example of every case, for the strings-table test (which checks
  /// by `caseName` that none is missing).
  static let examples: [WizardNotice] = [
    .verbatim("v"), .draftSaveFailed(reason: "disk full"), .draftGone, .draftOpenFailed(reason: "r"),
    .draftWipeFailed(reason: "r"), .draftsOff, .createdNoDraft, .draftSaved(id: "d1"), .draftStaysWithOther,
    .freshForm, .draftWipedNoneLeft, .draftWiped(name: "M. G."), .resumed(maskedName: "M. G."),
    .resumed(maskedName: ""), .alreadyCreated(userID: "u1"), .lastOutcomeUnknownPressR,
    .draftOpenElsewhere(holder: "h"), .draftReadOnly(holder: "h"), .draftTakenOver(holder: "h"),
    .existingEmailFound(count: 1), .existingEmailFound(count: 2), .fileLoaded(errors: 0),
    .fileLoaded(errors: 2), .attemptOpened(attempt: 3, httpStatus: 400, rejectedAnswers: 2),
    .attemptOpened(attempt: 3, httpStatus: nil, rejectedAnswers: 0), .nothingToFix,
    .reissueOnlyRejected(status: "CREATED"), .errorsBeforeSaving(1), .errorsBeforeSaving(2),
    .nothingChangedNothingToSend, .kiraUpdated(fields: ["source_of_funds"], warnings: 0),
    .kiraUpdated(fields: ["a", "b"], warnings: 2), .nothingChangedNoPut, .updateRefused,
    .updateFailed(reason: "r"), .reissued, .reissueFailed(reason: "r"), .linkCopied, .cannotCopy,
    .demoFilled(step: BilingualText(english: "Identity", spanish: "Identidad")),
    .scenarioPicked(
      title: BilingualText(english: "t", spanish: "t"), summary: BilingualText(english: "s", spanish: "s"),
      onReview: true),
    .scenarioPicked(
      title: BilingualText(english: "t", spanish: "t"), summary: BilingualText(english: "s", spanish: "s"),
      onReview: false),
    .demoImageFailed(reason: "r"), .lastFieldOfStep, .fixMarkedFields(1), .fixMarkedFields(3), .firstStep,
    .reviewAfterLastStep, .backToReviewKey,
    .typingRefused(
      label: BilingualText(english: "Date of birth", spanish: "Fecha de nacimiento"),
      refusal: BilingualText(english: "digits only", spanish: "solo dígitos")),
    .pasteRefused(refusal: BilingualText(english: "digits only", spanish: "solo dígitos")),
    .yesNoOnly(label: BilingualText(english: "l", spanish: "l")), .pathMatches(count: 8, names: ["a", "b"]),
    .errorsBeforeSubmitting(1), .errorsBeforeSubmitting(4), .kiraRejectedChangeFirst(1),
    .kiraRejectedChangeFirst(2), .notVerifiableYet(missing: [BilingualText(english: "a", spanish: "a")]),
    .notVerifiableYet(missing: [BilingualText(untranslated: "a"), BilingualText(untranslated: "b")]),
    .existingEmailSecondCustomer(users: ["u1 (CREATED)"], count: 1, staleAttempt: false),
    .existingEmailSecondCustomer(users: ["u1", "u2"], count: 2, staleAttempt: true),
    .cannotBuildRequest(reason: "r"), .preparingKey, .resendingUnknown, .kiraRejectedFixMarked(1),
    .kiraRejectedFixMarked(2), .noUserToFollow, .alreadyAsking, .userMoved(status: "VERIFYING"),
    .userRejected(status: "REJECTED"),
  ]

  /// The case's name without its arguments, for the test that every case has an example.
  var caseName: String {
    let described = String(describing: self)
    return String(described.prefix { $0 != "(" })
  }
}
