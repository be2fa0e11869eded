import Foundation
import KYCForm
import KiraModels
import KiraStore
import Wizard

/// The support queue's rows, made from what Kira and the journal say: no
/// applicant value but a masked name, every server text cleaned.
enum QueueRows {
  /// A Kira user that needs action: open `fix` on it.
  static func row(for user: KiraUser, reasons: [String], language: OperatorLanguage = .english) -> QueueItem {
    let name = NameMask.mask(firstName: user.firstName ?? "", lastName: user.lastName ?? "")
    let id = UntrustedText.clean(user.id, limit: 64)
    let details =
      reasons.isEmpty
      ? [QueueRowText.noReason.text(in: language)]
      : reasons.map { "Kira: " + UntrustedText.clean($0, limit: 200) }
    return QueueItem(
      source: .kiraUser(id: user.id),
      title: (name.isEmpty ? "" : UntrustedText.clean(name, limit: 20) + "  ") + shortID(id),
      state: [user.status, user.verificationStatus].compactMap {
        $0.map { UntrustedText.clean($0, limit: 12) }
      }
      .joined(separator: " · "),
      time: user.createdAt.map { shortTime(UntrustedText.clean($0, limit: 40)) } ?? "",
      details: details, action: "fix", arguments: ["fix", user.id])
  }

  /// An open attempt of this desk: open it in the wizard when its answers
  /// are kept, else say what to do.
  static func row(for attempt: AttemptRecord, answersKept: Bool, language: OperatorLanguage = .english)
    -> QueueItem
  {
    func text(_ text: QueueRowText) -> String { text.text(in: language) }
    var state = attempt.outcome.rawValue
    if let status = attempt.httpStatus { state += " · HTTP \(status)" }
    var details = attempt.fieldErrors.prefix(6).map {
      "Kira: " + UntrustedText.clean($0.path, limit: 80) + " [" + UntrustedText.code($0.code) + "]"
    }
    if let code = attempt.errorCode, details.isEmpty { details.append("Kira: " + UntrustedText.code(code)) }
    let action: String
    var arguments: [String] = []
    switch attempt.outcome {
    case .rejected, .unknown, .unavailable:
      if answersKept {
        action = text(attempt.outcome == .rejected ? .correctInWizard : .sendAgain)
        arguments = ["--attempt", String(attempt.id)]
      } else {
        action = text(.answersNotKept)
        details.append(text(.submitCorrectedBody))
      }
      if attempt.outcome != .rejected {
        details.insert(text(.noDefiniteAnswer(key: String(attempt.idempotencyKey.prefix(8)))), at: 0)
      }
    case .conflict:
      action = text(.lookUpEmail)
      details.append(text(.keyUsedWithOtherBody))
    case .auth:
      action = text(.checkCredentials)
      details.append(text(.credentialsRefused))
    case .created:
      action = text(.created)
    }
    return QueueItem(
      source: .attempt(id: attempt.id),
      title: text(
        .attempt(id: attempt.id, operatorName: UntrustedText.clean(attempt.operatorName, limit: 40))),
      state: state, time: shortTime(StoreFormatting.timestamp(attempt.startedAt)), details: details,
      action: action, arguments: arguments)
  }

  /// `0b5e6f7a-1111-…` as `0b5e6f7a…`.
  static func shortID(_ id: String) -> String {
    id.count > 9 ? String(id.prefix(8)) + "…" : id
  }

  /// `2026-12-03T10:02:11.123Z` (or `2026-12-03 10:02:11Z`) as `2026-12-03 10:02`.
  static func shortTime(_ text: String) -> String {
    let characters = Array(text)
    guard characters.count >= 16, characters[4] == "-", characters[10] == "T" || characters[10] == " " else {
      return String(text.prefix(16))
    }
    return String(characters[0..<10]) + " " + String(characters[11..<16])
  }
}

/// The words of the queue's rows, English and Spanish side by side (Kira's
/// words, commands and variables stay as they are).
enum QueueRowText: Sendable, Hashable {
  case noReason
  case correctInWizard
  case sendAgain
  case answersNotKept
  case submitCorrectedBody
  case noDefiniteAnswer(key: String)
  case lookUpEmail
  case keyUsedWithOtherBody
  case checkCredentials
  case credentialsRefused
  case created
  case attempt(id: Int64, operatorName: String)

  /// The words in `language`.
  func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .noReason:
      (
        "no reason received (Kira says why only by webhook: kira-onboard webhooks listen)",
        "no llegó el motivo (Kira lo dice solo por webhook: kira-onboard webhooks listen)"
      )
    case .correctInWizard: ("correct in the wizard", "corregir en el asistente")
    case .sendAgain: ("send again (same key)", "reenviar (misma clave)")
    case .answersNotKept: ("answers not kept", "respuestas no guardadas")
    case .submitCorrectedBody:
      (
        "submit the corrected body again: kira-onboard submit FILE",
        "envíe otra vez el cuerpo corregido: kira-onboard submit FILE"
      )
    case .noDefiniteAnswer(let key):
      (
        "no definite answer: the same body goes out again under key \(key)…",
        "sin respuesta definitiva: el mismo cuerpo sale otra vez con la clave \(key)…"
      )
    case .lookUpEmail: ("look up the e-mail", "buscar el correo")
    case .keyUsedWithOtherBody:
      (
        "the key was used with another body: kira-onboard users --email ADDRESS",
        "la clave se usó con otro cuerpo: kira-onboard users --email CORREO"
      )
    case .checkCredentials: ("check credentials", "revisar credenciales")
    case .credentialsRefused:
      (
        "Kira refused the credentials: KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD",
        "Kira rechazó las credenciales: KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD"
      )
    case .created: ("created", "creado")
    case .attempt(let id, let operatorName):
      ("attempt #\(id) · \(operatorName)", "intento #\(id) · \(operatorName)")
    }
  }

  /// One example of every case, for the strings-table test.
  static let examples: [QueueRowText] = [
    .noReason, .correctInWizard, .sendAgain, .answersNotKept, .submitCorrectedBody,
    .noDefiniteAnswer(key: "0b5e6f7a"), .lookUpEmail, .keyUsedWithOtherBody, .checkCredentials,
    .credentialsRefused, .created, .attempt(id: 3, operatorName: "ana"),
  ]
}
