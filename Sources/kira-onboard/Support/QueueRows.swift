import Foundation
import KiraModels
import KiraStore
import Wizard

/// The support queue's rows, made from what Kira and the journal say: no
/// applicant value but a masked name, every server text cleaned.
enum QueueRows {
  /// A Kira user that needs action: open `fix` on it.
  static func row(for user: KiraUser, reasons: [String]) -> QueueItem {
    let name = NameMask.mask(firstName: user.firstName ?? "", lastName: user.lastName ?? "")
    let id = UntrustedText.clean(user.id, limit: 64)
    let details =
      reasons.isEmpty
      ? ["no reason received (Kira says why only by webhook: kira-onboard webhooks listen)"]
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
  static func row(for attempt: AttemptRecord, answersKept: Bool) -> QueueItem {
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
        action = attempt.outcome == .rejected ? "correct in the wizard" : "send again (same key)"
        arguments = ["--attempt", String(attempt.id)]
      } else {
        action = "answers not kept"
        details.append("submit the corrected body again: kira-onboard submit FILE")
      }
      if attempt.outcome != .rejected {
        details.insert(
          "no definite answer: the same body goes out again under key \(attempt.idempotencyKey.prefix(8))…",
          at: 0)
      }
    case .conflict:
      action = "look up the e-mail"
      details.append("the key was used with another body: kira-onboard users --email ADDRESS")
    case .auth:
      action = "check credentials"
      details.append("Kira refused the credentials: KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD")
    case .created:
      action = "created"
    }
    return QueueItem(
      source: .attempt(id: attempt.id),
      title: "attempt #\(attempt.id) · \(UntrustedText.clean(attempt.operatorName, limit: 40))",
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
