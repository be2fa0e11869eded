import KYCForm
import Testing

@testable import Wizard

/// Review's readiness checklist and F10's second question (issue 12).
@Suite("Readiness on Review and at F10")
struct ReadinessReducerTests {
  func isSubmit(_ effect: WizardEffect) -> Bool {
    if case .submit = effect { true } else { false }
  }

  @Test("F10 with something missing asks once, naming it; a second F10 creates the user anyway")
  func asksOnce() {
    var values = Fixture.mariaValues
    values[.taxIDNumber] = ""
    var driver = Driver(Fixture.state(values: values))
    driver.goToReview()
    #expect(driver.state.screen == .review)
    #expect(driver.screenText.contains("! Kira will create this user but not verify it yet. Still missing:"))
    #expect(driver.screenText.contains("[6] tax ID"))
    driver.press(.function(10))
    #expect(!driver.effects.contains(where: isSubmit))
    #expect(driver.state.message?.tone == .warning)
    #expect(
      driver.state.message?.text == "Not verifiable yet: missing tax ID. F10 again creates the user anyway")
    driver.press(.function(10))
    #expect(driver.effects.contains(where: isSubmit))
  }

  @Test("a complete customer is submitted at the first F10; Review says it is ready")
  func completeSubmitsAtOnce() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.goToReview()
    #expect(driver.screenText.contains("✓ Ready for verification"))
    driver.press(.function(10))
    #expect(driver.effects.contains(where: isSubmit))
  }

  @Test("a step's number from the checklist opens the step on the missing field")
  func jumpsToTheMissingField() {
    var values = Fixture.mariaValues
    values[.occupation] = ""
    var driver = Driver(Fixture.state(values: values))
    driver.goToReview()
    #expect(driver.screenText.contains("[7] occupation"))
    driver.press(.character("7"))
    #expect(driver.state.screen == .step)
    #expect(driver.state.focusedField == .occupation)
  }

  @Test("a new missing item after the warning asks again")
  func asksAgainForNewItems() {
    var values = Fixture.mariaValues
    values[.taxIDNumber] = ""
    var driver = Driver(Fixture.state(values: values))
    driver.goToReview()
    driver.press(.function(10))
    driver.state.values[.occupation] = ""
    driver.press(.character("7"))
    driver.goToReview()
    #expect(driver.state.screen == .review)
    driver.press(.function(10))
    #expect(!driver.effects.contains(where: isSubmit))
    #expect(driver.state.message?.text.contains("2 missing, listed above") == true)
  }
}
