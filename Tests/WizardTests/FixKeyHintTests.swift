import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// Keys of the fix-up listed only where they act: Enter on a summary with
/// nothing to fix, Review's digits for the steps a fix-up edits.
@Suite("Fix-up keys are listed only where they act")
struct FixKeyHintTests {
  static let editFieldsSummary = "fix-up: edit the missing or rejected fields"

  /// The fix-up's Review after filling every asked field (`fields` of `status`).
  static func fixReview(fields: [FieldID], status: String = "REJECTED") -> Driver {
    var driver = Driver(FixFixture.state(FixFixture.target(status: status, fields: fields)))
    driver.press(.enter)
    for _ in 0..<driver.state.form.steps.count where driver.state.screen == .step {
      if driver.state.focusedField == .sourceOfFunds { driver.type("salary") }
      driver.press(.pageDown)
    }
    return driver
  }

  @Test(
    "nothing to fix: Enter is neither on the status line nor in help", arguments: ["REJECTED", "VERIFYING"])
  func nothingToFixNotListed(status: String) {
    let state = FixFixture.state(FixFixture.target(status: status, fields: []))
    #expect(!state.keyFeatures.contains(.fixUpFields))
    #expect(!state.listedKeys.contains("⏎ edit fields"))
    #expect(
      state.listedKeys
        == (status == "REJECTED" ? ["R re-issue", "^Q quit", "F1 help"] : ["^Q quit", "F1 help"]))
    #expect(!state.helpEntries.contains { $0.summary == Self.editFieldsSummary })
    #expect(render(state).grid.lines.joined(separator: "\n").contains("Nothing to fix"))

    let fields = FixFixture.state()
    #expect(fields.keyFeatures.contains(.fixUpFields))
    #expect(fields.helpEntries.contains { $0.keys == "Enter" && $0.summary == Self.editFieldsSummary })
  }

  @Test("nothing to fix: Enter only says so; no step opens, nothing is sent or changed")
  func nothingToFixEnter() {
    var driver = Driver(FixFixture.state(FixFixture.target(status: "VERIFYING", fields: [])))
    #expect(
      driver.state.form.steps.count == 8, "the form behind a summary with nothing to fix holds every step")
    driver.press(.enter)
    #expect(driver.effects.isEmpty)
    #expect(driver.state.fixUp?.showsSummary == true)
    #expect(driver.state.message?.text == "Nothing to fix: Kira lists no missing or rejected field")
    #expect(driver.state.values == FixFixture.values)
    #expect(!driver.state.hasUnsavedAnswers)
    driver.press(.character("3"), .pageDown, .function(10))
    #expect(driver.effects.isEmpty, "no other key reaches the form behind the summary")
    #expect(driver.state.fixUp?.showsSummary == true)
  }

  @Test("after an update that leaves nothing to fix, Enter is no longer listed")
  func nothingLeftAfterUpdate() {
    var driver = Driver(FixFixture.state())
    FixFixture.submitSourceOfFunds(&driver)
    #expect(driver.state.fixUp?.showsSummary == true)
    // The saved user is followed: F5 asks Kira for its status now.
    #expect(driver.state.listedKeys == ["F5 status", "^Q quit", "F1 help"])
    #expect(!driver.screenText.contains("⏎ edit fields"))
  }

  @Test("while an update or re-issue is in flight neither Enter nor R is listed, and neither acts")
  func busySummary() {
    var driver = Driver(FixFixture.state())
    driver.press(.character("r"))
    #expect(driver.state.fixUp?.activity == .reissuing)
    #expect(driver.state.listedKeys == ["^Q quit", "F1 help"])
    #expect(!driver.state.helpEntries.contains { $0.summary == Self.editFieldsSummary })
    #expect(driver.screenText.contains("Waiting for Kira"))
    driver.press(.enter, .character("r"))
    #expect(driver.effects.isEmpty)
    #expect(driver.state.fixUp?.showsSummary == true)
    #expect(driver.state.fixUp?.activity == .reissuing)

    driver.send(.drafts(.verificationReissued(.failed("Kira was unavailable"))))
    #expect(driver.state.listedKeys == ["⏎ edit fields", "R re-issue", "^Q quit", "F1 help"])
    driver.press(.enter)
    #expect(driver.state.screen == .step)
    #expect(driver.state.fixUp?.showsSummary == false)
  }

  @Test("a fix-up's Review of one step lists \"1 edit\"; 1 edits it, other digits do nothing")
  func oneStepReview() {
    var driver = Self.fixReview(fields: [.sourceOfFunds])
    #expect(driver.state.screen == .review)
    #expect(driver.state.reviewStepCount == 1)
    #expect(driver.state.listedKeys.contains("1 edit"))
    #expect(!driver.state.listedKeys.contains { $0.hasPrefix("1-") })
    #expect(driver.screenText.contains("F10 submit · 1 edit · F1 help"))
    #expect(driver.state.helpEntries.contains { $0.keys == "1" && $0.summary == "edit that step" })
    #expect(!driver.state.helpEntries.contains { $0.keys == "1-8" })

    let values = driver.state.values
    for digit in "023456789" {
      driver.press(.character(digit))
      #expect(driver.effects.isEmpty)
      #expect(driver.state.screen == .review, "digit \(digit) has no step here")
      #expect(driver.state.values == values)
    }
    driver.press(.character("1"))
    #expect(driver.state.screen == .step)
    #expect(driver.state.currentStep.id == .profile)
    #expect(driver.state.focusedField == .sourceOfFunds)
  }

  @Test("a fix-up of two steps apart in the form (Contact, Profile): Review numbers them 1-2")
  func twoStepReview() {
    var driver = Self.fixReview(fields: [.phone, .sourceOfFunds])
    #expect(driver.state.screen == .review)
    #expect(driver.state.form.steps.map(\.id) == [.contact, .profile])
    #expect(driver.state.listedKeys.contains("1-2 edit"))
    #expect(driver.screenText.contains("[1] Contact"))
    #expect(driver.screenText.contains("[2] Profile"))
    #expect(driver.state.helpEntries.contains { $0.keys == "1-2" && $0.summary == "edit that step" })

    driver.press(.character("3"))
    #expect(driver.state.screen == .review)
    driver.press(.character("7"))
    #expect(driver.state.screen == .review, "Profile's place in the whole form is not its digit here")
    driver.press(.character("2"))
    #expect(driver.state.currentStep.id == .profile)
    driver.press(.pageDown)
    #expect(driver.state.screen == .review)
    driver.press(.character("1"))
    #expect(driver.state.currentStep.id == .contact)
    #expect(driver.state.focusedField == .phone)
  }

  @Test("the whole form's Review keeps 1-8 edit, and 9 does nothing")
  func wholeReview() {
    var driver = Driver(Fixture.reviewState())
    #expect(driver.state.listedKeys.contains("1-8 edit"))
    #expect(driver.state.helpEntries.contains { $0.keys == "1-8" && $0.summary == "edit that step" })
    driver.press(.character("9"))
    #expect(driver.state.screen == .review)
    #expect(driver.effects.isEmpty)
    driver.press(.character("8"))
    #expect(driver.state.currentStep.id == .additional)
  }
}
