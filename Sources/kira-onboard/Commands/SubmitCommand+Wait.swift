import Foundation
import KiraClient
import KiraModels
import KiraOnboarding
import Wizard

extension SubmitCommand {
  /// `--wait`: follows the created user with the wizard's schedule (fast,
  /// then slower) until a final state or `--wait-timeout`; each new status
  /// goes to stderr as it arrives, the final state to stdout.
  func waitForFinalState(of created: KiraUser, key: String, session: KiraSession) async throws {
    let started = Date()
    let deadline = started.addingTimeInterval(TimeInterval(waitTimeout))
    var followUp = StatusFollowUp(
      userID: created.id, snapshot: UserStatusSnapshot(user: created), now: started)
    var latest = created
    if !json {
      print("created: \(UntrustedText.clean(created.id))")
      print(
        "verification link: \(created.verificationLink.map { UntrustedText.clean($0, limit: VerificationLink.maxLength) } ?? "(none)")"
      )
      print("environment: \(session.environmentName)")
      print("idempotency key: \(key)")
    }
    ErrorPresenter.writeToStandardError(
      "kira-onboard: following the user until a final state (at most \(waitTimeout) s)")
    while let due = followUp.nextCheckAt, due <= deadline {
      let wait = due.timeIntervalSinceNow
      if wait > 0 { try await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000)) }
      guard followUp.takeDueCheck(now: Date()) else { break }
      do {
        let user = try await session.client.getUser(id: created.id)
        let before = followUp.status
        followUp.record(UserStatusSnapshot(user: user), now: Date())
        latest = user
        if let status = followUp.status, status != before {
          ErrorPresenter.writeToStandardError(
            "kira-onboard: status \(status) at \(StatusFollowUp.clock(Date())) UTC")
        }
      } catch let error as KiraError {
        followUp.recordFailure(error.message, now: Date())
        ErrorPresenter.writeToStandardError(
          "kira-onboard: status check failed: \(UntrustedText.clean(error.message, limit: 160))")
      }
    }
    if json {
      printJSON(latest.raw)
    } else {
      let snapshot = followUp.latest
      print("status: \(snapshot.status ?? "(none)")")
      print("verification status: \(snapshot.verificationStatus ?? "(none)")")
      if let triggered = followUp.verificationTriggered {
        print("verification triggered: \(triggered ? "yes" : "no")")
      }
      print("history (UTC): \(followUp.historyText)")
      for missing in snapshot.missing {
        print("missing fields (\(missing.product)): \(missing.tokens.joined(separator: ", "))")
      }
      let next = followUp.nextStep(userID: created.id)
      print("next: \(next.advice)" + (next.command.map { " \($0)" } ?? ""))
    }
    guard followUp.stopped == .finalState else {
      throw WaitTimedOut(userID: created.id, status: followUp.status, seconds: waitTimeout)
    }
  }
}

/// `--wait` gave up before Kira reached a final state (exit 75: ask again later).
struct WaitTimedOut: Error, PresentableError {
  var userID: String
  var status: String?
  var seconds: Int

  var userMessage: String {
    "kira-onboard: the user \(UntrustedText.clean(userID)) was created, but Kira reached no final state in "
      + "\(seconds) s (last status \(status.map { UntrustedText.clean($0) } ?? "unknown")); "
      + "see it later with `kira-onboard users --email EMAIL` or `kira-onboard fix \(UntrustedText.clean(userID))`"
  }

  var exitStatus: Int32 { ExitStatus.temporaryFailure }
}
