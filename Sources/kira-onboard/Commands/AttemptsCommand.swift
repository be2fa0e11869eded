import ArgumentParser
import Foundation
import KiraModels
import KiraStore

/// `kira-onboard attempts`: recent submission attempts from the journal, for
/// the support desk. The journal holds no applicant values.
struct AttemptsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attempts",
    abstract: "Show recent failed or unknown submission attempts from the local journal.",
    discussion: """
      Each attempt shows its outcome, Kira's status and error code, the field paths
      Kira rejected, the idempotency key and what to do next. The journal stores
      codes, paths, hashes and ids only: no applicant data. An attempt with outcome
      "unknown" is sent again with the same key and body on the next submit of that
      applicant.
      """,
    subcommands: [Open.self])

  @OptionGroup var store: StoreOptions

  @Flag(name: .long, help: "Include attempts that created a user, and failures a later create resolved.")
  var all = false

  @Flag(name: .long, help: "Print JSON instead of text.")
  var json = false

  @Option(name: .long, help: "How many attempts to show at most.")
  var limit: Int = 20

  func validate() throws {
    if !(1...10_000).contains(limit) { throw ValidationError("--limit must be between 1 and 10000") }
  }

  func run() throws {
    do {
      let opened = try store.settings.openStore()
      // Read with the creates, to tell which failures a later attempt resolved.
      let everything = try opened.journal.recent(limit: max(limit, 1_000), includeCreated: true)
      let resolvers = AttemptResolution.resolvers(in: everything)
      let attempts = Array(
        everything.filter { all || ($0.outcome != .created && resolvers[$0.id] == nil) }.prefix(limit))
      if json {
        print(String(decoding: try StoreFormatting.jsonEncoder.encode(attempts), as: UTF8.self))
        return
      }
      guard !attempts.isEmpty else {
        print(
          all
            ? "No attempts in the journal."
            : "No open failed or unknown attempts. (--all shows every attempt, resolved ones too)")
        return
      }
      for (index, attempt) in attempts.enumerated() {
        if index > 0 { print("") }
        Self.lines(for: attempt).forEach { print($0) }
        if attempt.outcome != .created {
          if let resolver = resolvers[attempt.id] {
            let user = resolver.userID.map { " → user \(UntrustedText.clean($0))" } ?? ""
            print("    resolved by #\(resolver.id)\(user)")
          } else {
            print("    open")
          }
        }
        if let userID = attempt.userID {
          WebhookReasons.lines(for: userID, in: opened, indent: "    ").forEach { print($0) }
        }
      }
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  /// The text block for one attempt.
  static func lines(for attempt: AttemptRecord) -> [String] {
    var answer = attempt.outcome.rawValue
    var details: [String] = []
    if let status = attempt.httpStatus { details.append("HTTP \(status)") }
    if let code = attempt.errorCode { details.append(UntrustedText.code(code)) }
    if attempt.isInFlight { details.append("no answer recorded") }
    if !details.isEmpty { answer += " (" + details.joined(separator: " ") + ")" }
    var lines = [
      "#\(attempt.id)  \(StoreFormatting.timestamp(attempt.startedAt))  \(answer)",
      "    environment \(attempt.environment), operator \(attempt.operatorName)",
      "    key \(attempt.idempotencyKey)  body sha256 \(attempt.bodySHA256.prefix(16))…",
    ]
    if let draft = attempt.draftID { lines.append("    draft \(draft.rawValue)") }
    if !attempt.fieldErrors.isEmpty {
      lines.append("    fields:")
      for error in attempt.fieldErrors {
        lines.append(
          "      \(UntrustedText.clean(error.path, limit: 200)) [\(UntrustedText.code(error.code))]")
      }
    }
    lines.append("    next: " + nextStep(for: attempt))
    return lines
  }

  /// What support should do about an attempt.
  static func nextStep(for attempt: AttemptRecord) -> String {
    switch attempt.outcome {
    case .created:
      return
        "user \(attempt.userID.map { UntrustedText.clean($0) } ?? "?") exists; never resubmit "
        + "(kira-onboard fix \(attempt.userID.map { UntrustedText.clean($0) } ?? "USER_ID"))"
    case .rejected:
      guard attempt.draftID != nil else {
        return "correct the fields above and submit again (a new key is used)"
      }
      return "correct the fields above in the wizard and send again (a new key is used): "
        + "kira-onboard --attempt \(attempt.id)"
    case .unknown:
      return "submit again: the same body goes out under the same key, so Kira's replay tells what happened"
    case .unavailable:
      return "Kira was unavailable; submit again later (same key, same body)"
    case .auth:
      return "check the credentials (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD), then submit again"
    case .conflict:
      return "the key was used with another body; look the applicant up with `kira-onboard users --email`"
    }
  }
}
