import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

@Suite("Moving between fields and steps")
struct NavigationTests {
  @Test("PgDn on an invalid step stays and focuses the first invalid field")
  func nextStepBlocked() {
    var driver = Driver(Fixture.state())
    driver.press(.pageDown)
    #expect(driver.state.stepIndex == 1)
    driver.focus(.birthDate)
    driver.press(.pageDown)
    #expect(driver.state.stepIndex == 1)
    #expect(driver.state.focusedField == .firstName)
    #expect(driver.state.issues[.firstName]?.contains { $0.code == "required" } == true)
    #expect(driver.state.issues[.lastName]?.isEmpty == false)
    #expect(driver.state.message?.tone == .error)
  }

  @Test("Ctrl-N is the same as PgDn", arguments: [Key.pageDown, Key.control("n")])
  func nextStepKeys(key: Key) {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.press(key)
    #expect(driver.state.stepIndex == 1)
    #expect(driver.state.focusedField == .firstName)
  }

  @Test(
    "PgUp always goes back, keeping invalid values and their errors",
    arguments: [Key.pageUp, Key.control("p"), Key.escape])
  func previousStepAlwaysAllowed(key: Key) {
    var driver = Driver(Fixture.state())
    driver.focus(.birthDate)
    driver.type("1990-02-30")
    driver.press(key)
    #expect(driver.state.stepIndex == 0)
    #expect(driver.state.values[.birthDate] == "1990-02-30")
    #expect(driver.state.issues[.birthDate]?.isEmpty == false)
    driver.press(.pageDown)
    #expect(driver.state.stepIndex == 1)
    driver.focus(.birthDate)
    #expect(driver.state.editor.text == "1990-02-30")
    #expect(driver.screenText.contains("✗"))
  }

  @Test("Enter moves to the next field, and on the last field to the next step")
  func enterOnLastField() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.press(.pageDown, .pageDown)
    #expect(driver.state.currentStep.id == .contact)
    #expect(driver.state.focusedField == .email)
    driver.press(.enter)
    #expect(driver.state.focusedField == .phone)
    driver.press(.enter)
    #expect(driver.state.currentStep.id == .address)
  }

  @Test("Tab and Down go forward, Shift-Tab and Up go back, never past the ends")
  func fieldMoves() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.press(.pageDown)
    let fields = driver.state.visibleFields.map(\.id)
    driver.press(.tab, .down)
    #expect(driver.state.focusedField == fields[2])
    driver.press(.backTab, .up, .up)
    #expect(driver.state.focusedField == fields[0])
    for _ in fields { driver.press(.tab) }
    #expect(driver.state.focusedField == fields.last)
    #expect(driver.state.stepIndex == 1)
  }

  @Test("PgDn from the last valid step opens Review")
  func reviewAfterLastStep() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.goToReview()
    #expect(driver.state.screen == .review)
    #expect(driver.state.reviewErrors.isEmpty)
  }

  @Test("number keys on Review jump to that step; Esc comes back to the last step")
  func reviewJumps() {
    var state = Fixture.reviewState()
    var driver = Driver(state)
    driver.type("4")
    #expect(driver.state.screen == .step)
    #expect(driver.state.currentStep.id == .address)
    state = Fixture.reviewState()
    driver = Driver(state)
    driver.press(.escape)
    #expect(driver.state.screen == .step)
    #expect(driver.state.stepIndex == state.form.steps.count - 1)
  }

  @Test("a number on Review focuses the first invalid field of that step")
  func reviewJumpToError() {
    var values = Fixture.mariaValues
    values[.addressZipCode] = "06600\u{7}"
    var review = Fixture.state(values: values)
    review.stepIndex = review.form.steps.count - 1
    var driver = Driver(review)
    driver.press(.pageDown)
    #expect(driver.state.screen == .review)
    #expect(driver.state.reviewErrors.contains { $0.field == .addressZipCode })
    driver.type("4")
    #expect(driver.state.focusedField == .addressZipCode)
  }

  @Test("the header shows environment, step and progress; the banner shows in demo mode")
  func header() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.press(.pageDown, .pageDown)
    let lines = render(driver.state).grid.lines
    #expect(lines[0].contains("SANDBOX"))
    #expect(lines[0].contains("Step 3 of 8 · Contact"))
    #expect(lines[0].contains("█"))
    #expect(lines[1].contains("SANDBOX"))
    let production = Fixture.state(
      environment: WizardEnvironment(name: "production", isEmbeddedSandbox: false, isProduction: true))
    let productionLines = render(production).grid.lines
    #expect(productionLines[0].contains("production"))
    #expect(!productionLines[1].contains("SANDBOX"))
  }

  @Test("below 80x24 the too-small screen shows; resizing back restores the step")
  func tooSmall() {
    var driver = Driver(Fixture.state())
    driver.press(.resize(columns: 70, rows: 20))
    #expect(driver.state.isTooSmall)
    #expect(driver.screenText.contains("Terminal too small"))
    driver.type("x")
    #expect(driver.state.editor.text == "automatic")
    driver.press(.resize(columns: 120, rows: 40))
    #expect(!driver.state.isTooSmall)
    let frame = render(driver.state)
    #expect(frame.grid.width == 120)
    #expect(frame.grid.line(0).contains("Step 1 of 8"))
  }
}

@Suite("Connection status")
struct ConnectionStatusTests {
  @Test("a failed connection is marked in the header and explained on Review, without hiding field hints")
  func failedConnection() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.send(.connection(.failed("HTTP 401: credentials refused")))
    let step = render(driver.state).grid.lines
    #expect(step[0].contains("· offline"))
    #expect(step[21].contains("›") || step[22].contains("›"))
    driver.goToReview()
    let review = render(driver.state).grid.lines
    #expect(review[22].contains("Cannot reach Kira: HTTP 401: credentials refused"))
    driver.send(.connection(.ready))
    #expect(!render(driver.state).grid.line(0).contains("· offline"))
  }
}
