import Foundation
import KiraModels
import TerminalUI
import Testing

@testable import Wizard

/// The Result screen follows the created user: checks fall due on the clock
/// (fast, then slower), stop on a final state or after the limit, and R asks now.
@Suite("status follow-up (reducer)")
struct FollowUpReducerTests {
  static let userID = "3c90c3cc-0d44-4b50-8888-8dd25736052a"

  /// Maria created; the Result screen shows, its follow-up scheduled.
  static func created(status: String = "CREATED", triggered: Bool? = true) -> Driver {
    var driver = Driver(Fixture.reviewState())
    driver.send(.connection(.ready))
    driver.press(.function(10))
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .created(
          CreatedUser(
            id: userID, status: status, verificationStatus: "unverified", verificationMode: "automatic",
            verificationTriggered: triggered))))
    return driver
  }

  static func at(_ seconds: TimeInterval) -> Date { Fixture.today.addingTimeInterval(seconds) }

  static func answer(_ status: String, verification: String = "started", missing: [String: [String]]? = nil)
    -> WizardAction
  {
    .userStatusChecked(
      userID: userID,
      .success(
        UserStatusSnapshot(
          status: status, verificationStatus: verification, verificationTriggered: nil, missingFields: missing
        )))
  }

  @Test("the standard schedule is fast at first, then slower, and bounded")
  func schedule() {
    let schedule = FollowUpSchedule.standard
    let delays = (0..<schedule.maxChecks).compactMap { schedule.delay(afterChecks: $0) }
    #expect(delays.count == schedule.maxChecks)
    #expect(delays.first == 1)
    #expect(zip(delays, delays.dropFirst()).allSatisfy { $0 <= $1 }, "never faster later: \(delays)")
    #expect((delays.last ?? 0) >= 30)
    #expect(schedule.delay(afterChecks: schedule.maxChecks) == nil)
    #expect(schedule.totalSeconds < 15 * 60)
  }

  @Test("no check before it is due; one when it is, and none twice while in flight")
  func checksFallDue() {
    var driver = Self.created()
    #expect(driver.state.screen == .result)
    #expect(driver.state.followUp?.nextCheckAt == Self.at(1))
    driver.send(.tick(Self.at(0.5)))
    #expect(driver.effects.isEmpty)
    driver.send(.tick(Self.at(1)))
    #expect(driver.effects == [.checkUserStatus(userID: Self.userID)])
    driver.send(.tick(Self.at(5)))
    #expect(driver.effects.isEmpty, "a check is in flight")
  }

  @Test("CREATED → VERIFYING → REJECTED with their times; stops on the final state")
  func transitionsToFinal() {
    var driver = Self.created()
    driver.send(.tick(Self.at(1)))
    driver.send(Self.answer("CREATED", verification: "unverified"))
    #expect(driver.state.followUp?.transitions.count == 1)
    #expect(driver.state.followUp?.nextCheckAt == Self.at(2), "second delay: 1 s")
    driver.send(.tick(Self.at(2)))
    driver.send(Self.answer("VERIFYING"))
    #expect(driver.state.createdUser?.status == "VERIFYING")
    #expect(driver.state.followUp?.nextCheckAt == Self.at(4), "third delay: 2 s")
    driver.send(.tick(Self.at(4)))
    driver.send(.tick(Self.at(8)))
    driver.send(Self.answer("REJECTED", verification: "rejected"))
    let followUp = driver.state.followUp
    #expect(followUp?.stopped == .finalState)
    #expect(followUp?.nextCheckAt == nil)
    #expect(followUp?.historyText == "CREATED 12:00:00 → VERIFYING 12:00:02 → REJECTED 12:00:08")
    #expect(driver.state.createdUser?.status == "REJECTED")
    #expect(driver.state.createdUser?.verificationStatus == "rejected")
    driver.send(.tick(Self.at(600)))
    #expect(driver.effects.isEmpty, "no check after a final state")
    let screen = driver.screenText
    #expect(screen.contains("CREATED 12:00:00 → VERIFYING 12:00:02 → REJECTED 12:00:08"))
    #expect(screen.contains("REJECTED (final)"))
    #expect(screen.contains("kira-onboard fix \(Self.userID)"), "\(screen)")
  }

  @Test("a create that answers a final state asks nothing")
  func finalAtOnce() {
    var driver = Self.created(status: "VERIFIED")
    #expect(driver.state.followUp?.stopped == .finalState)
    driver.send(.tick(Self.at(30)))
    #expect(driver.effects.isEmpty)
  }

  @Test("REVIEW is not final: checks go on until the limit, then stop")
  func stopsAtTheLimit() {
    var driver = Self.created()
    var now: TimeInterval = 0
    var checks = 0
    while let due = driver.state.followUp?.nextCheckAt {
      now = due.timeIntervalSince(Fixture.today)
      driver.send(.tick(due))
      #expect(driver.effects == [.checkUserStatus(userID: Self.userID)])
      driver.send(Self.answer("REVIEW", verification: "in_review"))
      checks += 1
      if checks > 100 { break }
    }
    #expect(checks == FollowUpSchedule.standard.maxChecks)
    #expect(driver.state.followUp?.stopped == .limit)
    #expect(driver.state.followUp?.historyText == "CREATED 12:00:00 → REVIEW 12:00:01")
    #expect(now <= FollowUpSchedule.standard.totalSeconds)
    #expect(driver.screenText.contains("Stopped after 30 checks; R checks again"))
    // R still asks once more after the limit.
    driver.press(.character("r"))
    #expect(driver.effects == [.checkUserStatus(userID: Self.userID)])
    driver.send(Self.answer("VERIFIED", verification: "verified"))
    #expect(driver.state.followUp?.stopped == .finalState)
  }

  @Test("R asks now, once; the scheduled check still follows its schedule")
  func refreshNow() {
    var driver = Self.created()
    driver.press(.character("r"))
    #expect(driver.effects == [.checkUserStatus(userID: Self.userID)])
    driver.press(.character("R"))
    #expect(driver.effects.isEmpty, "one check at a time")
    driver.send(Self.answer("VERIFYING"))
    #expect(driver.state.followUp?.scheduledChecks == 0, "a manual check does not use the schedule up")
    driver.send(.tick(Self.at(1)))
    #expect(driver.effects == [.checkUserStatus(userID: Self.userID)])
  }

  @Test("a failed check is shown and the schedule goes on")
  func failedCheck() {
    var driver = Self.created()
    driver.send(.tick(Self.at(1)))
    driver.send(.userStatusChecked(userID: Self.userID, .failure(StatusCheckFailure("HTTP 503\u{1B}[2J"))))
    #expect(driver.state.followUp?.lastFailure == "HTTP 503", "escape sequences are dropped")
    #expect(driver.state.followUp?.nextCheckAt == Self.at(2))
    #expect(driver.screenText.contains("Last check failed (HTTP 503)"), "\(driver.screenText)")
  }

  @Test("an answer for another user, or with no check in flight, is ignored")
  func strayAnswers() {
    var driver = Self.created()
    driver.send(Self.answer("REJECTED"))
    #expect(driver.state.followUp?.status == "CREATED", "nothing was in flight")
    driver.send(.tick(Self.at(1)))
    driver.send(
      .userStatusChecked(
        userID: "someone-else",
        .success(
          UserStatusSnapshot(
            status: "REJECTED", verificationStatus: nil, verificationTriggered: nil, missingFields: nil))))
    #expect(driver.state.followUp?.status == "CREATED")
  }

  @Test("missing fields per product with what to do next; verification_triggered shown")
  func missingFields() {
    var driver = Self.created(triggered: false)
    driver.send(.tick(Self.at(1)))
    driver.send(
      Self.answer(
        "CREATED", verification: "unverified",
        missing: ["usa-virtual-accounts": ["ssn", "file_proof_of_address"], "general": ["source_of_funds"]]))
    let screen = driver.screenText
    #expect(screen.contains("not triggered"))
    #expect(screen.contains("general: source_of_funds"))
    #expect(screen.contains("usa-virtual-accounts: ssn, file_proof_of_address"))
    #expect(screen.contains("add them with"), "\(screen)")
    #expect(screen.contains("kira-onboard fix \(Self.userID)"), "\(screen)")
  }

  @Test("hostile answers are cleaned and bounded")
  func hostileAnswer() {
    let huge = String(repeating: "X", count: 100_000)
    let snapshot = UserStatusSnapshot(
      status: "VERIFYING\u{1B}]52;c;AAAA\u{07}" + huge, verificationStatus: "\u{202E}started",
      verificationTriggered: nil,
      missingFields: Dictionary(
        uniqueKeysWithValues: (0..<500).map { ("p\($0)", (0..<500).map { "t\($0)\u{1B}[1m" }) }))
    #expect((snapshot.status ?? "").count <= UserStatusSnapshot.statusLimit)
    #expect(!(snapshot.status ?? "").unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    #expect(snapshot.missing.count == UserStatusSnapshot.productLimit)
    #expect(snapshot.missing.allSatisfy { $0.tokens.count == UserStatusSnapshot.tokenLimit })
    #expect(!snapshot.missing.flatMap(\.tokens).contains { $0.contains("\u{1B}") })
    var driver = Self.created()
    for second in 1...40 {
      driver.send(.tick(Self.at(Double(second) * 60)))
      driver.send(
        .userStatusChecked(
          userID: Self.userID,
          .success(
            UserStatusSnapshot(
              status: "S\(second)", verificationStatus: nil, verificationTriggered: nil, missingFields: nil)))
      )
    }
    let transitions = driver.state.followUp?.transitions ?? []
    #expect(transitions.count == StatusFollowUp.transitionLimit)
    #expect(transitions.first?.status == "CREATED", "the first status stays")
    #expect(transitions.last?.status.hasPrefix("S") == true)
    // The screen still draws inside 80x24.
    #expect(driver.screenText.split(separator: "\n").count == 24)
  }

  @Test("N for the next applicant ends the follow-up")
  func newApplicantStops() {
    var driver = Self.created()
    driver.press(.character("n"))
    #expect(driver.state.followUp == nil)
    driver.send(.tick(Self.at(5)))
    #expect(driver.effects.isEmpty)
  }

  @Test("the clock in UTC")
  func clock() {
    #expect(StatusFollowUp.clock(Fixture.today.addingTimeInterval(3_723)) == "13:02:03")
    #expect(StatusFollowUp.clock(Date(timeIntervalSince1970: 0)) == "00:00:00")
  }

  @Test("Kira's reasons (from its webhooks) show under the status")
  func reasons() {
    var driver = Self.created()
    driver.send(.tick(Self.at(1)))
    var snapshot = UserStatusSnapshot(
      status: "REJECTED", verificationStatus: "rejected", verificationTriggered: nil, missingFields: nil)
    snapshot.reasons = ["Identity document could not be verified"]
    driver.send(.userStatusChecked(userID: Self.userID, .success(snapshot)))
    let screen = driver.screenText
    #expect(screen.contains("Kira's reasons (webhook)"))
    #expect(screen.contains("- Identity document could not be verified"))
  }
}

@Suite("status follow-up after a re-issued verification")
struct ReissueFollowUpTests {
  @Test("REJECTED is waited out, not final: the follow-up goes on until the customer's link moves the user")
  func waitsOutRejected() {
    var driver = Driver(FixFixture.state(FixFixture.target(status: "REJECTED")))
    driver.press(.character("r"))
    driver.send(
      .drafts(.verificationReissued(.issued(link: "https://verify.example.test/s/1", status: "pending"))))
    let userID = driver.state.fixUp?.target.userID ?? ""
    #expect(driver.state.followUp?.userID == userID)
    func answer(_ status: String) -> WizardAction {
      .userStatusChecked(
        userID: userID,
        .success(
          UserStatusSnapshot(
            status: status, verificationStatus: nil, verificationTriggered: nil, missingFields: nil)))
    }
    driver.send(.tick(Fixture.today.addingTimeInterval(1)))
    #expect(driver.effects == [.checkUserStatus(userID: userID)])
    driver.send(answer("REJECTED"))
    #expect(driver.state.followUp?.stopped == nil, "still following")
    #expect(driver.state.followUp?.nextCheckAt != nil)
    driver.send(.tick(Fixture.today.addingTimeInterval(2)))
    driver.send(answer("VERIFYING"))
    driver.send(.tick(Fixture.today.addingTimeInterval(4)))
    driver.send(answer("VERIFIED"))
    #expect(driver.state.followUp?.stopped == .finalState)
    #expect(driver.state.fixUp?.target.status == "VERIFIED")
  }
}
