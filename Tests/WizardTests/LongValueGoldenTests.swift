import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// The longest legal values at 80x24 and at 80x23 (an 80x24 terminal under
/// tmux or screen): nothing an operator must read is cut.
@Suite("Golden screens: longest values at 80x24 and 80x23")
struct LongValueGoldenTests {
  /// A 70-character street, the API's limit.
  static let longStreet = "Avenida Paseo de la Reforma 2620, Torre Altavista Piso 15, Oficina 150"

  static func state(environment: WizardEnvironment? = nil) -> WizardState {
    var values = Fixture.mariaValues
    values[.addressStreet] = longStreet
    guard let environment else { return GoldenScreenTests.savingDrafts(Fixture.state(values: values)) }
    return GoldenScreenTests.savingDrafts(Fixture.state(values: values, environment: environment))
  }

  @Test("the 70-character street is legal")
  func streetIsLegal() {
    #expect(Self.longStreet.count == 70)
    let found = OnboardingForm.individual.validate(
      field: .addressStreet, in: Self.state().values, policy: Fixture.policy)
    #expect(found.isEmpty)
  }

  @Test("Review wraps a 70-character street", arguments: [24, 23])
  func review(rows: Int) {
    var driver = Driver(Self.state())
    driver.goToReview()
    driver.press(.down, .down, .down, .down, .down, .down, .down, .down, .down, .down, .down, .down)
    GoldenScreens.check("review-long-street-80x\(rows)", driver.state, rows: rows)
    let text = render(driver.state, size: (80, rows)).grid.lines.joined(separator: "\n")
    #expect(text.contains("Avenida Paseo de la Reforma 2620, Torre"))
    #expect(text.contains("Altavista Piso 15, Oficina 150"))
  }

  @Test("the address step with the long street, counter and all", arguments: [24, 23])
  func addressStep(rows: Int) {
    var state = Self.state()
    state.jump(to: .addressStreet)
    GoldenScreens.check("step-long-street-80x\(rows)", state, rows: rows)
  }

  @Test("the header keeps a long environment URL's host, shortened in its middle", arguments: [24, 23])
  func longEnvironment(rows: Int) {
    let url = "https://sandbox.kira.example.com/api/onboarding/sandbox/v1"
    var state = Self.state(environment: WizardEnvironment(name: url, isEmbeddedSandbox: false))
    state.jump(to: .verificationMode)
    GoldenScreens.check("step-long-environment-80x\(rows)", state, rows: rows)
    let header = render(state, size: (80, rows)).grid.lines[0]
    #expect(header.contains("sandbox.kira.example.com/"))
    #expect(header.contains("…"))
    #expect(header.contains("v1"))
  }

  @Test("a loopback environment is shown whole")
  func loopbackEnvironment() {
    var state = Self.state(
      environment: WizardEnvironment(name: "http://127.0.0.1:4010/sandbox", isEmbeddedSandbox: false))
    state.jump(to: .verificationMode)
    let header = render(state, size: (80, 24)).grid.lines[0]
    #expect(header.contains("127.0.0.1:4010/sandbox"))
  }

  @Test("a long error message wraps onto the rule line", arguments: [24, 23])
  func longMessage(rows: Int) {
    var state = Self.state()
    state.jump(to: .birthDate)
    state.message = StatusMessage(
      "Date of birth must be YYYY-MM-DD (e.g. 1990-05-15), got \"(55) 1234-5678 ext. 12\": type the date, not a phone",
      tone: .error)
    GoldenScreens.check("step-long-message-80x\(rows)", state, rows: rows)
    let text = render(state, size: (80, rows)).grid.lines.joined(separator: "\n")
    #expect(text.contains("type the date, not a phone"))
  }

  @Test("the first step and Review at 80x23")
  func shortTerminal() {
    var driver = Driver(Self.state())
    driver.press(.resize(columns: 80, rows: 23))
    #expect(!driver.state.isTooSmall)
    GoldenScreens.check("start-80x23", driver.state, rows: 23)
    driver.press(.resize(columns: 80, rows: 22))
    #expect(driver.state.isTooSmall)
  }
}
