import KYCForm

/// What the commands print for an operator, as values with their arguments,
/// put into words at one place in the operator's language
/// (`CLILanguage.current`). Each case returns both translations side by
/// side, so a missing one does not compile. Kira's words (statuses, field
/// keys, codes), commands and ids are passed in as they are, cleaned by the
/// caller. Machine outputs (`--json`, `import`'s results file) never use it.
enum CLIText: Sendable, Hashable {
  // validate
  case warning(path: String, message: String, code: String)
  case readinessLinkOnly
  case readinessWillVerify(customer: String, product: String)
  case readinessMissing(String)
  case valid(warnings: Int)
  case invalid(errors: Int, warnings: Int)

  // wizard exit
  case createdUser(id: String, status: String, verification: String)
  case verificationLink(String)
  case verificationLinkNone(String)
  case alreadyOnboarded(id: String)
  case outcomeUnknown(key: String)
  case draftReadOnly(holder: String)
  case draftTakenOver(holder: String)
  case answersNotSaved(failure: String)
  case lastAnswersNotSaved(failure: String, draftID: String)
  case draftSaved(draftID: String)

  // attempts
  case noAttempts
  case noOpenAttempts
  case resolvedBy(attempt: Int64, user: String?)
  case attemptOpen
  case noAnswerRecorded
  case attemptPlace(environment: String, operatorName: String)
  case attemptKey(key: String, bodyHash: String)
  case attemptDraft(String)
  case attemptFields
  case attemptNext(String)
  case nextCreated(user: String?)
  case nextRejected
  case nextRejectedInWizard(attempt: Int64)
  case nextUnknown
  case nextUnavailable
  case nextAuth
  case nextConflict
  case kiraReasons(event: String, time: String)

  // fix, users
  case userHeading(id: String, name: String?)
  case createdLabel
  case updatedLabel
  case missingFieldsNoneReported
  case noneValue
  case nothingToFix
  case fieldsToFix
  case setThemWith(id: String)
  case notAFormField(String)
  case usersColumns
  case nothingChanged
  case kiraUpdated(fields: String?, reverification: Bool?, triggered: Bool?)
  case kiraWarns(String)
  case now
  case notReissued(status: String)
  case reissued
  case noUserWithEmail(environment: String)
  case noUserMatches(environment: String)

  // drafts
  case noDrafts
  case noName
  case draftsColumns
  case purged(count: Int, age: String)
  case deletedDraft(String)

  /// The words in this process's language.
  var text: String { text(in: CLILanguage.current) }

  /// The words in `language`.
  func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  // swiftlint:disable:next cyclomatic_complexity function_body_length
  private var translations: (String, String) {
    switch self {
    case .warning(let path, let message, let code):
      ("\(path): warning: \(message) [\(code)]", "\(path): advertencia: \(message) [\(code)]")
    case .readinessLinkOnly:
      (
        "readiness: verification link: the customer gives the rest on Kira's page",
        "verificación: por enlace: el cliente completa el resto en la página de Kira"
      )
    case .readinessWillVerify(let customer, let product):
      (
        "readiness: Kira will verify \(customer) (\(product) complete)",
        "verificación: Kira verificará a \(customer) (\(product) completo)"
      )
    case .readinessMissing(let missing):
      (
        "readiness: Kira will create the user but not verify it yet: missing \(missing)",
        "verificación: Kira creará el usuario, pero aún no lo verificará: falta \(missing)"
      )
    case .valid(let warnings):
      (
        warnings == 0 ? "valid" : "valid (\(Self.count(warnings, "warning", "warnings")))",
        warnings == 0 ? "válido" : "válido (\(Self.count(warnings, "advertencia", "advertencias")))"
      )
    case .invalid(let errors, let warnings):
      (
        "invalid: \(Self.count(errors, "error", "errors")), \(Self.count(warnings, "warning", "warnings"))",
        "inválido: \(Self.count(errors, "error", "errores")), "
          + Self.count(warnings, "advertencia", "advertencias")
      )

    case .createdUser(let id, let status, let verification):
      (
        "Created Kira user \(id) (status \(status), verification \(verification))",
        "Usuario de Kira creado: \(id) (estado \(status), verificación \(verification))"
      )
    case .verificationLink(let link): ("Verification link: \(link)", "Enlace de verificación: \(link)")
    case .verificationLinkNone(let refused):
      ("Verification link: (none: \(refused))", "Enlace de verificación: (ninguno: \(refused))")
    case .alreadyOnboarded(let id):
      (
        "Already onboarded as \(id); nothing was sent; use kira-onboard fix \(id)",
        "Ya está dado de alta como \(id); no se envió nada; use kira-onboard fix \(id)"
      )
    case .outcomeUnknown(let key):
      (
        "The last submission's outcome is unknown. Retry it safely with the same idempotency key: " + key,
        "Se desconoce el resultado del último envío. Reintente sin riesgo con la misma clave de "
          + "idempotencia: " + key
      )
    case .draftReadOnly(let holder):
      (
        "Nothing was saved: the draft was open read-only (it is open in \(holder)).",
        "No se guardó nada: el borrador estaba abierto solo para lectura (está abierto en \(holder))."
      )
    case .draftTakenOver(let holder):
      (
        "The last answers were NOT saved: another wizard took the draft over (\(holder)).",
        "Las últimas respuestas NO se guardaron: otro asistente tomó el borrador (\(holder))."
      )
    case .answersNotSaved(let failure):
      ("The answers were NOT saved: \(failure).", "Las respuestas NO se guardaron: \(failure).")
    case .lastAnswersNotSaved(let failure, let draftID):
      (
        "The last answers were NOT saved (\(failure)); the draft holds what was saved before: "
          + "kira-onboard --resume \(draftID)",
        "Las últimas respuestas NO se guardaron (\(failure)); el borrador conserva lo guardado antes: "
          + "kira-onboard --resume \(draftID)"
      )
    case .draftSaved(let draftID):
      (
        "Draft saved. Resume it with: kira-onboard --resume \(draftID)",
        "Borrador guardado. Retómelo con: kira-onboard --resume \(draftID)"
      )

    case .noAttempts: ("No attempts in the journal.", "No hay intentos en el registro.")
    case .noOpenAttempts:
      (
        "No open failed or unknown attempts. (--all shows every attempt, resolved ones too)",
        "No hay intentos fallidos ni sin respuesta abiertos. (--all muestra todos, también los resueltos)"
      )
    case .resolvedBy(let attempt, let user):
      (
        "    resolved by #\(attempt)" + (user.map { " → user \($0)" } ?? ""),
        "    resuelto por #\(attempt)" + (user.map { " → usuario \($0)" } ?? "")
      )
    case .attemptOpen: ("    open", "    abierto")
    case .noAnswerRecorded: ("no answer recorded", "sin respuesta registrada")
    case .attemptPlace(let environment, let operatorName):
      (
        "    environment \(environment), operator \(operatorName)",
        "    entorno \(environment), operador \(operatorName)"
      )
    case .attemptKey(let key, let bodyHash):
      ("    key \(key)  body sha256 \(bodyHash)…", "    clave \(key)  sha256 del cuerpo \(bodyHash)…")
    case .attemptDraft(let draft): ("    draft \(draft)", "    borrador \(draft)")
    case .attemptFields: ("    fields:", "    campos:")
    case .attemptNext(let step): ("    next: " + step, "    qué hacer: " + step)
    case .nextCreated(let user):
      (
        "user \(user ?? "?") exists; never resubmit (kira-onboard fix \(user ?? "USER_ID"))",
        "el usuario \(user ?? "?") ya existe; no lo vuelva a enviar (kira-onboard fix \(user ?? "USER_ID"))"
      )
    case .nextRejected:
      (
        "correct the fields above and submit again (a new key is used)",
        "corrija los campos de arriba y vuelva a enviar (se usa una clave nueva)"
      )
    case .nextRejectedInWizard(let attempt):
      (
        "correct the fields above in the wizard and send again (a new key is used): "
          + "kira-onboard --attempt \(attempt)",
        "corrija los campos de arriba en el asistente y vuelva a enviar (se usa una clave nueva): "
          + "kira-onboard --attempt \(attempt)"
      )
    case .nextUnknown:
      (
        "submit again: the same body goes out under the same key, so Kira's replay tells what happened",
        "vuelva a enviar: sale el mismo cuerpo con la misma clave, y la respuesta de Kira dirá qué pasó"
      )
    case .nextUnavailable:
      (
        "Kira was unavailable; submit again later (same key, same body)",
        "Kira no estaba disponible; vuelva a enviar más tarde (misma clave, mismo cuerpo)"
      )
    case .nextAuth:
      (
        "check the credentials (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD), then submit again",
        "revise las credenciales (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD) y vuelva a enviar"
      )
    case .nextConflict:
      (
        "the key was used with another body; look the applicant up with `kira-onboard users --email`",
        "la clave se usó con otro cuerpo; busque al solicitante con `kira-onboard users --email`"
      )
    case .kiraReasons(let event, let time):
      ("Kira's reasons (\(event), \(time)):", "Motivos de Kira (\(event), \(time)):")

    case .userHeading(let id, let name):
      (
        "User \(id)" + (name.map { " (\($0))" } ?? ""),
        "Usuario \(id)" + (name.map { " (\($0))" } ?? "")
      )
    case .createdLabel: ("  created", "  creado")
    case .updatedLabel: ("  updated", "  actualizado")
    case .missingFieldsNoneReported:
      ("  missing_fields: (none reported)", "  missing_fields: (Kira no indicó ninguno)")
    case .noneValue: ("(none)", "(ninguno)")
    case .nothingToFix: ("  Nothing to fix.", "  Nada que corregir.")
    case .fieldsToFix: ("  Fields to fix:", "  Campos por corregir:")
    case .setThemWith(let id):
      (
        "  Set them with: kira-onboard fix \(id) --set FIELD=VALUE ...",
        "  Corríjalos con: kira-onboard fix \(id) --set CAMPO=VALOR ..."
      )
    case .notAFormField(let tokens):
      (
        "  Not a form field (ask Kira): " + tokens,
        "  No es un campo del formulario (consulte a Kira): " + tokens
      )
    case .usersColumns:
      ("ID\tNAME\tSTATUS\tVERIFICATION\tCREATED", "ID\tNOMBRE\tESTADO\tVERIFICACIÓN\tCREADO")
    case .noUserWithEmail(let environment):
      (
        "No Kira user has this e-mail (\(environment)).",
        "Ningún usuario de Kira tiene este correo (\(environment))."
      )
    case .noUserMatches(let environment):
      ("No Kira user matches (\(environment)).", "Ningún usuario de Kira coincide (\(environment)).")

    case .nothingChanged: ("Nothing changed: no PUT sent.", "Nada cambió: no se envió ningún PUT.")
    case .kiraUpdated(let fields, let reverification, let triggered):
      (
        "Kira updated: " + (fields ?? "(nothing)")
          + (reverification.map { "; re-verification: \($0 ? "yes" : "no")" } ?? "")
          + (triggered.map { "; verification triggered: \($0 ? "yes" : "no")" } ?? ""),
        "Kira actualizó: " + (fields ?? "(nada)")
          + (reverification.map { "; nueva verificación: \($0 ? "sí" : "no")" } ?? "")
          + (triggered.map { "; verificación iniciada: \($0 ? "sí" : "no")" } ?? "")
      )
    case .kiraWarns(let warning): ("Kira warns: \(warning)", "Advertencia de Kira: \(warning)")
    case .now: ("Now:", "Ahora:")
    case .notReissued(let status):
      (
        "Not re-issued: verification is re-issued only for REJECTED users (status is \(status)).",
        "No se reemitió: la verificación solo se reemite para usuarios REJECTED (el estado es \(status))."
      )
    case .reissued: ("Verification re-issued (embedded-link).", "Verificación reemitida (embedded-link).")

    case .noDrafts: ("No drafts.", "No hay borradores.")
    case .noName: ("(no name)", "(sin nombre)")
    case .draftsColumns:
      (
        "ID\tNAME\tSTEP\tAGE\tOPERATOR\tKIND\tLAST ERROR",
        "ID\tNOMBRE\tPASO\tANTIGÜEDAD\tOPERADOR\tTIPO\tÚLTIMO ERROR"
      )
    case .purged(let count, let age):
      (
        "Purged \(Self.count(count, "draft", "drafts")) older than \(age).",
        "Se \(count == 1 ? "borró" : "borraron") \(Self.count(count, "borrador", "borradores")) "
          + "de más de \(age)."
      )
    case .deletedDraft(let id): ("Deleted draft \(id).", "Borrador \(id) eliminado.")
    }
  }

  /// "1 draft", "3 drafts".
  private static func count(_ count: Int, _ one: String, _ many: String) -> String {
    "\(count) \(count == 1 ? one : many)"
  }

  /// One of each case (both plural forms where a count changes the words),
  /// for the strings-table test.
  static let examples: [CLIText] = [
    .warning(path: "p", message: "m", code: "c"),
    .readinessLinkOnly, .readinessWillVerify(customer: "c", product: "p"), .readinessMissing("m"),
    .valid(warnings: 0), .valid(warnings: 1), .valid(warnings: 2), .invalid(errors: 1, warnings: 0),
    .invalid(errors: 2, warnings: 1), .createdUser(id: "u", status: "CREATED", verification: "pending"),
    .verificationLink("https://x"), .verificationLinkNone("r"), .alreadyOnboarded(id: "u"),
    .outcomeUnknown(key: "k"), .draftReadOnly(holder: "h"), .draftTakenOver(holder: "h"),
    .answersNotSaved(failure: "f"), .lastAnswersNotSaved(failure: "f", draftID: "d"),
    .draftSaved(draftID: "d"), .noAttempts, .noOpenAttempts, .resolvedBy(attempt: 2, user: nil),
    .resolvedBy(attempt: 2, user: "u"), .attemptOpen, .noAnswerRecorded,
    .attemptPlace(environment: "sandbox", operatorName: "o"), .attemptKey(key: "k", bodyHash: "h"),
    .attemptDraft("d"), .attemptFields, .attemptNext("n"), .nextCreated(user: nil), .nextCreated(user: "u"),
    .nextRejected, .nextRejectedInWizard(attempt: 3), .nextUnknown, .nextUnavailable, .nextAuth,
    .nextConflict, .kiraReasons(event: "user.rejected", time: "t"), .userHeading(id: "u", name: nil),
    .userHeading(id: "u", name: "M. G."),
    .createdLabel, .updatedLabel, .missingFieldsNoneReported, .noneValue, .nothingToFix, .fieldsToFix,
    .setThemWith(id: "u"), .notAFormField("t"), .usersColumns, .noUserWithEmail(environment: "sandbox"),
    .noUserMatches(environment: "sandbox"), .nothingChanged,
    .kiraUpdated(fields: nil, reverification: nil, triggered: nil),
    .kiraUpdated(fields: "email", reverification: true, triggered: false), .kiraWarns("w"), .now,
    .notReissued(status: "CREATED"), .reissued, .noDrafts, .noName, .draftsColumns,
    .purged(count: 1, age: "7d"),
    .purged(count: 3, age: "7d"),
    .deletedDraft("d"),
  ]
}
