import Foundation
import KiraModels
import TerminalUI
import Testing

@testable import Wizard

/// Never a second customer: Kira's users with the e-mail need an explicit
/// confirmation, and this desk's earlier create is never shown as new.
@Suite("never a second customer (reducer)")
struct SecondCustomerTests {
  static func submitted() -> Driver {
    var driver = Driver(Fixture.reviewState())
    driver.send(.connection(.ready))
    driver.press(.function(10))
    return driver
  }

  @Test("the backend found Kira's user: back on Review, the user named, nothing created; F10 confirms")
  func emailInUseFromBackend() throws {
    var driver = Self.submitted()
    #expect(
      driver.effects.contains(
        .submit(payload: try #require(driver.state.submission?.payload), idempotencyKey: "key-1")))
    driver.send(.idempotencyKeyIssued("key-2"))
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .emailInUse(users: [ExistingUser(id: "b2c14958-aaaa", status: "CREATED")], staleAttempt: false)))
    #expect(driver.state.screen == .review)
    #expect(driver.state.createdUser == nil)
    #expect(driver.state.submission == nil)
    #expect(driver.state.spareIdempotencyKey == "key-1", "nothing was sent under it: reused")
    #expect(driver.state.message?.text.contains("b2c14958-aaaa (CREATED)") == true)
    #expect(driver.screenText.contains("Kira already has a user with this e-mail"))
    driver.press(.function(10))
    let effect = try #require(driver.effects.first)
    guard case .submitAllowingExisting(_, let key, let ids) = effect else {
      Issue.record("expected a confirmed create, got \(effect)")
      return
    }
    #expect(key == "key-1")
    #expect(ids == ["b2c14958-aaaa"])
  }

  @Test("a stale open attempt is named as the likely creator")
  func staleAttempt() {
    var driver = Self.submitted()
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1", .emailInUse(users: [ExistingUser(id: "u-1")], staleAttempt: true)))
    #expect(driver.state.message?.text.contains("older than 24 h") == true)
  }

  @Test("this desk created the user before: 'Already onboarded as …', never 'created'")
  func alreadyOnboarded() {
    var driver = Self.submitted()
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .alreadyOnboarded(
          CreatedUser(id: "3c90c3cc-0d44", status: "VERIFYING", verificationStatus: "started"))))
    #expect(driver.state.screen == .result)
    #expect(driver.state.createdUser == nil)
    #expect(driver.state.followUp == nil)
    let screen = driver.screenText
    #expect(screen.contains("Already onboarded as 3c90c3cc-0d44"))
    #expect(screen.contains("Nothing was sent"))
    #expect(screen.contains("kira-onboard fix 3c90c3cc-0d44"))
    #expect(!screen.contains("Kira created the user"))
    driver.press(.escape)
    #expect(driver.state.screen == .review)
    driver.press(.function(10))
    #expect(driver.effects.isEmpty, "nothing is sent again")
    #expect(driver.state.screen == .result)
  }
}

@Suite("PUT warnings")
struct UpdateWarningTests {
  @Test("warnings[] read as lines: strings, field and message objects; hostile ones cleaned, bounded")
  func decoding() throws {
    let raw: JSONValue = [
      "id": "u-1",
      "warnings": [
        "plain text\u{1B}[2J",
        ["field": "identifying_information.0.documents.0", "message": "upload failed"],
        ["code": "image_unreadable"],
        42,
        .array((0..<50).map { .string("w\($0)") }),
      ],
    ]
    let update = try UserUpdateResponse(raw: raw)
    #expect(
      update.warnings == [
        "plain text", "identifying_information.0.documents.0: upload failed", "image_unreadable",
      ])
    let many = try UserUpdateResponse(raw: [
      "id": "u-1", "warnings": .array((0..<50).map { .string("w\($0)") }),
    ])
    #expect(many.warnings.count == UserUpdateResponse.warningLimit)
  }
}

@Suite("PUT warnings on the fix-up summary")
struct FixWarningScreenTests {
  @Test("the fix-up result lists Kira's warnings; the message is a warning, not a success")
  func shown() {
    var driver = Driver(FixFixture.state())
    driver.press(.enter)
    driver.type("salary")
    driver.press(.enter, .function(10))
    var updated = FixFixture.values
    updated[.sourceOfFunds] = "salary"
    driver.send(
      .drafts(
        .remoteUserUpdated(
          .updated(
            sentFields: ["source_of_funds"], updatedFields: ["source_of_funds"], requiresReverification: nil,
            verificationTriggered: nil,
            target: FixFixture.target(status: "VERIFYING", fields: [], values: updated),
            warnings: ["identifying_information.0.documents.0: upload failed\u{1B}[31m"]))))
    let screen = driver.screenText
    #expect(screen.contains("! Kira warns: identifying_information.0.documents.0: upload failed"))
    #expect(!screen.contains("\u{1B}"))
    #expect(driver.state.message?.tone == .warning)
    #expect(driver.state.message?.text.contains("1 warning(s)") == true)
  }
}
