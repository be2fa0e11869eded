import ArgumentParser
import Foundation
import KiraModels
import KiraStore

/// `kira-onboard attempts`: recent submission attempts from the journal, for
/// the support desk. The journal holds no applicant values.
struct AttemptsCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "attempts",
      abstract: CLIHelp.attemptsAbstract.text,
      discussion: CLIHelp.attemptsDiscussion.text,
      subcommands: [Open.self])
  }

  @OptionGroup var store: StoreOptions

  @Flag(name: .long, help: CLIHelp.attemptsAll.help)
  var all = false

  @Flag(name: .long, help: CLIHelp.printJSONText.help)
  var json = false

  @Option(name: .long, help: CLIHelp.limit.help)
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
        print(all ? CLIText.noAttempts.text : CLIText.noOpenAttempts.text)
        return
      }
      for (index, attempt) in attempts.enumerated() {
        if index > 0 { print("") }
        Self.lines(for: attempt).forEach { print($0) }
        if attempt.outcome != .created {
          if let resolver = resolvers[attempt.id] {
            print(
              CLIText.resolvedBy(attempt: resolver.id, user: resolver.userID.map { UntrustedText.clean($0) })
                .text)
          } else {
            print(CLIText.attemptOpen.text)
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
    if attempt.isInFlight { details.append(CLIText.noAnswerRecorded.text) }
    if !details.isEmpty { answer += " (" + details.joined(separator: " ") + ")" }
    var lines = [
      "#\(attempt.id)  \(StoreFormatting.timestamp(attempt.startedAt))  \(answer)",
      CLIText.attemptPlace(environment: attempt.environment, operatorName: attempt.operatorName).text,
      CLIText.attemptKey(key: attempt.idempotencyKey, bodyHash: String(attempt.bodySHA256.prefix(16))).text,
    ]
    if let draft = attempt.draftID { lines.append(CLIText.attemptDraft(draft.rawValue).text) }
    if !attempt.fieldErrors.isEmpty {
      lines.append(CLIText.attemptFields.text)
      for error in attempt.fieldErrors {
        lines.append(
          "      \(UntrustedText.clean(error.path, limit: 200)) [\(UntrustedText.code(error.code))]")
      }
    }
    lines.append(CLIText.attemptNext(nextStep(for: attempt)).text)
    return lines
  }

  /// What support should do about an attempt.
  static func nextStep(for attempt: AttemptRecord) -> String {
    switch attempt.outcome {
    case .created:
      return CLIText.nextCreated(user: attempt.userID.map { UntrustedText.clean($0) }).text
    case .rejected:
      guard attempt.draftID != nil else {
        return CLIText.nextRejected.text
      }
      return CLIText.nextRejectedInWizard(attempt: attempt.id).text
    case .unknown:
      return CLIText.nextUnknown.text
    case .unavailable:
      return CLIText.nextUnavailable.text
    case .auth:
      return CLIText.nextAuth.text
    case .conflict:
      return CLIText.nextConflict.text
    }
  }
}
