import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// Every screen at 80x24 as reviewed text (see `Goldens/`). Record with
/// `RECORD_GOLDENS=1 swift test --filter GoldenScreenTests`, then read them.
@Suite("Golden screens at 80x24")
struct GoldenScreenTests {
  /// `state` as the executable runs the wizard: answers saved as drafts in a
  /// store (so F2 is bound and listed).
  static func savingDrafts(_ state: WizardState) -> WizardState {
    var state = state
    state.drafts = DraftSession(enabled: true, checksExistingEmail: false, keepsDraftAfterCreate: false)
    return state
  }

  /// Review with Maria's answers, drafts saved.
  static func reviewState() -> WizardState {
    var driver = Driver(savingDrafts(Fixture.state(values: Fixture.mariaValues)))
    driver.goToReview()
    return driver.state
  }

  /// Maria's answers up to (not including) `step`, the rest empty, focused on its first field.
  static func stepState(_ index: Int, filled: Bool = true) -> WizardState {
    var values = Fixture.mariaValues
    if !filled {
      let step = OnboardingForm.individual.steps[index]
      for field in step.fields { values[field.id] = "" }
    }
    var state = savingDrafts(Fixture.state(values: values))
    state.stepIndex = index
    state.jump(to: state.visibleFields[0].id)
    return state
  }

  /// Drives a wizard from `state` with `drive`, then checks the screen against golden `name`.
  func checkDriven(
    _ name: String, from state: WizardState, columns: Int = 80, rows: Int = 24,
    sourceLocation: SourceLocation = #_sourceLocation, _ drive: (inout Driver) -> Void
  ) {
    var driver = Driver(state)
    drive(&driver)
    GoldenScreens.check(name, driver.state, columns: columns, rows: rows, sourceLocation: sourceLocation)
  }

  @Test("every step, filled with Maria's answers", arguments: Array(0..<8))
  func steps(index: Int) {
    let state = Self.stepState(index)
    GoldenScreens.check("step-\(index + 1)-\(state.currentStep.id.rawValue)", state)
  }

  @Test("the first screen of a fresh wizard")
  func fresh() {
    GoldenScreens.check("start", Self.savingDrafts(Fixture.state()))
  }

  @Test("an inline error after leaving an invalid field, and a refused character")
  func inlineError() {
    checkDriven("step-inline-error", from: Self.stepState(1, filled: false)) { driver in
      driver.type("María José")
      driver.press(.tab, .tab, .tab)
      driver.type("1990-02-30")
      driver.press(.tab)
      driver.type("x")
      driver.press(.backTab)
      driver.type("x")
    }
  }

  @Test("PgDn blocked: every invalid field marked, focus on the first")
  func blockedStep() {
    checkDriven("step-blocked", from: Self.stepState(3, filled: false)) { driver in
      driver.focus(.addressStreet)
      driver.type("Av. Reforma 123")
      driver.press(.tab)
      driver.focus(.addressCountry)
      driver.type("USA")
      driver.press(.pageDown)
    }
  }

  @Test("a long step with many errors scrolls to keep the focused field in view")
  func scrolledStep() {
    var values = Fixture.mariaValues
    for field: FieldID in [.occupation, .currentEmployer] {
      values[field] = String(repeating: "x", count: 120)
    }
    values[.immigrationStatus] = "tourist"
    values[.sourceOfFunds] = "lottery"
    values[.accountPurpose] = "fun"
    values[.expectedMonthlyVolume] = "lots"
    values[.expectedTransactionCount] = "many"
    values[.expectedMonthlyPayments] = String(repeating: "9", count: 60)
    checkDriven("step-scrolled", from: Self.savingDrafts(Fixture.state(values: values))) { driver in
      driver.focus(.pepStatus)
      driver.press(.pageDown)
      driver.focus(.pepStatus)
    }
  }

  @Test("a phone field shows the number it understood: grouped, its region and its type")
  func phoneUnderstood() {
    // Typed as a national number (read in the nationality, Mexico), shown as read once left;
    // the focused field says what an Argentine number with its 15 is read as.
    var state = Self.stepState(2, filled: false)
    state.values[.email] = "maria.gonzalez@example.com"
    checkDriven("step-phone-understood", from: state) { driver in
      driver.focus(.phone)
      driver.type("(55) 1234-5678")
      driver.press(.backTab)
      driver.focus(.phone)
      driver.press(.control("u"))
      driver.type("+54 11 15 1234 5678")
    }
  }

  @Test("a phone refused with the reason and the number meant")
  func phoneRefused() {
    var state = Self.stepState(2, filled: false)
    state.values[.email] = "maria.gonzalez@example.com"
    checkDriven("step-phone-refused", from: state) { driver in
      driver.focus(.phone)
      driver.type("+52 1 55 1234 5678")
      driver.press(.backTab)
    }
  }

  @Test("the choice popup filtered by typing")
  func choicePopup() {
    checkDriven("popup-choice", from: Self.stepState(6, filled: false)) { driver in
      driver.focus(.sourceOfFunds)
      driver.type("sa")
      driver.press(.down)
    }
  }

  @Test("the country picker")
  func countryPopup() {
    checkDriven("popup-country", from: Self.stepState(1, filled: false)) { driver in
      driver.focus(.nationality)
      driver.type("mex")
    }
  }

  @Test("a document image accepted, with its type and size (a long path keeps its name)")
  func documentAccepted() {
    var state = Self.stepState(4)
    let longPath = "/home/operator/scans/2026/june/applicants/maria-gonzalez/passport-front.jpg"
    state.values[.documentFrontImage] = longPath
    state.fileInfo[.documentFrontImage] = DocumentFileInfo(
      path: longPath, format: .jpeg, byteCount: SampleDocument.jpegData.count)
    GoldenScreens.check("step-document-file", state)
  }

  @Test("the ID step with a matrícula consular, both images and the budget line")
  func matriculaConsular() {
    var state = Self.stepState(4)
    state.values[.documentType] = "matriculate_id"
    state.values[.documentNumber] = "MC12345678"
    state.values[.documentFrontImage] = "/scans/matricula-front.jpg"
    state.values[.documentBackImage] = "/scans/matricula-back.jpg"
    state.fileInfo[.documentFrontImage] = DocumentFileInfo(
      path: "/scans/matricula-front.jpg", format: .jpeg, byteCount: 3_400_000)
    state.fileInfo[.documentBackImage] = DocumentFileInfo(
      path: "/scans/matricula-back.jpg", format: .jpeg, byteCount: 1_250_000)
    state.jump(to: .documentBackImage)
    GoldenScreens.check("step-document-matricula", state)
  }

  @Test("Review: incomplete for verification, each missing item with its step's number")
  func reviewNotReady() {
    var values = Fixture.mariaValues
    values[.taxIDNumber] = ""
    values[.expectedMonthlyPayments] = ""
    values[.occupation] = ""
    var driver = Driver(Self.savingDrafts(Fixture.state(values: values)))
    driver.goToReview()
    GoldenScreens.check("review-not-ready", driver.state)
  }

  @Test("Review: ready to submit")
  func reviewReady() {
    GoldenScreens.check("review-ready", Self.reviewState())
  }

  @Test("Review: errors left, scrolled")
  func reviewErrors() {
    var values = Fixture.mariaValues
    values[.lastName] = ""
    values[.birthDate] = "2015-01-01"
    values[.addressCountry] = "RUS"
    var state = Self.savingDrafts(Fixture.state(values: values))
    state.stepIndex = state.form.steps.count - 1
    var driver = Driver(state)
    driver.press(.pageDown)
    GoldenScreens.check("review-errors", driver.state)
    driver.press(.down, .down, .down, .down, .down, .down)
    GoldenScreens.check("review-scrolled", driver.state)
  }

  func submitted() -> Driver {
    var driver = Driver(Self.reviewState())
    driver.send(.connection(.ready))
    driver.press(.function(10))
    return driver
  }

  /// Submitted from Review, then Kira's answer to the submission arrives.
  func answered(_ outcome: SubmissionOutcome) -> Driver {
    var driver = submitted()
    driver.send(.submissionFinished(idempotencyKey: "key-1", outcome))
    return driver
  }

  /// The user of the reference page's answer, verified in `mode`.
  static func createdUser(mode: String, link: String? = nil) -> CreatedUser {
    CreatedUser(
      id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", status: "CREATED", verificationStatus: "unverified",
      verificationMode: mode, verificationLink: link)
  }

  @Test("Submitting: spinner, elapsed time, retry notice")
  func submitting() {
    var driver = submitted()
    driver.send(.tick(Fixture.today.addingTimeInterval(0.4)))
    driver.send(
      .submissionProgress(
        idempotencyKey: "key-1", .retrying(attempt: 2, maxAttempts: 4, delaySeconds: 2, reason: "HTTP 503")))
    driver.send(.tick(Fixture.today.addingTimeInterval(0.9)))
    GoldenScreens.check("submitting-retry", driver.state)
  }

  @Test("Result: created (automatic and link mode)")
  func created() {
    let automatic = answered(.created(Self.createdUser(mode: "automatic")))
    GoldenScreens.check("result-created", automatic.state)
    let link = answered(
      .created(
        Self.createdUser(
          mode: "verification_link", link: "https://verify.example.com/s/3c90c3cc\u{1B}[2J")))
    GoldenScreens.check("result-created-link", link.state)
  }

  @Test("Result: unknown outcome, failure, rejection without fields")
  func otherResults() {
    let unknown = answered(
      .outcomeUnknown(reason: "No definite answer from Kira (timed out, then: connection dropped)"))
    GoldenScreens.check("result-unknown", unknown.state)
    let failed = answered(
      .failed(SubmissionFailure(kind: .unavailable, httpStatus: 503, message: "Service unavailable")))
    GoldenScreens.check("result-failed", failed.state)
    let rejected = answered(
      .rejected(
        httpStatus: 409, code: "duplicate_email", message: "A user with this email already exists",
        fieldErrors: []))
    GoldenScreens.check("result-rejected", rejected.state)
  }

  @Test("Kira's 400 mapped back to the field, in the 'Kira says' style")
  func kiraSays() {
    let driver = answered(
      .rejected(
        httpStatus: 400, code: "validation_error", message: "Invalid request data",
        fieldErrors: [
          KiraFieldError(
            path: "identifying_information.0.number", code: "custom",
            message: "Document number failed Kira's check (sandbox scenario K00000400)")
        ]))
    GoldenScreens.check("step-kira-says", driver.state)
  }

  @Test("help, quit dialog, scenario menu")
  func overlays() {
    var help = Driver(Self.savingDrafts(Fixture.state()))
    help.press(.function(1))
    GoldenScreens.check("help", help.state)
    var quit = Driver(Self.stepState(1))
    quit.state.hasUnsavedAnswers = true
    quit.press(.control("q"))
    GoldenScreens.check("quit-confirm", quit.state)
    var menu = Driver(Self.reviewState())
    menu.press(.function(6), .down)
    GoldenScreens.check("scenarios", menu.state)
  }

  @Test("production: no banner, no demo keys; accents and CJK in values")
  func production() {
    var values = Fixture.mariaValues
    values[.firstName] = "María José"
    values[.middleName] = "Ñúñez"
    values[.lastName] = "山田"
    var state = Self.savingDrafts(
      Fixture.state(
        values: values,
        environment: WizardEnvironment(name: "production", isEmbeddedSandbox: false, isProduction: true)))
    state.stepIndex = 1
    state.jump(to: .lastName)
    GoldenScreens.check("step-production-unicode", state)
  }

  @Test("the terminal-too-small screen")
  func tooSmall() {
    checkDriven("too-small", from: Self.savingDrafts(Fixture.state()), columns: 60, rows: 20) { driver in
      driver.press(.resize(columns: 60, rows: 20))
    }
  }

  @Test("a wider terminal lays the same step out wider")
  func wide() {
    GoldenScreens.check("step-2-identity-120x30", Self.stepState(1), columns: 120, rows: 30)
  }
}
