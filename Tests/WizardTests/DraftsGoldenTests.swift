import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// The resume list, the fix-up screens and Review's support notices at
/// 80x24 (see `Goldens/`). Record with `RECORD_GOLDENS=1`, then read them.
@Suite("Golden screens of drafts and fix-ups")
struct DraftsGoldenTests {
  static var listState: WizardState {
    var state = Fixture.draftState()
    let now = Fixture.today
    state.resumeList = ResumeList(
      entries: [
        DraftListing(
          id: "3f2a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b", maskedName: "M. G…", step: .address,
          focusedField: .addressCity, updatedAt: now.addingTimeInterval(-12 * 60), errorCodes: [],
          operatorName: "ana"),
        DraftListing(
          id: "9a8b7c6d-1111-4222-8333-444455556666", maskedName: "J. Ñ…", step: .additional,
          focusedField: nil,
          updatedAt: now.addingTimeInterval(-3 * 3_600),
          errorCodes: ["rejected", "validation_error", "custom"],
          operatorName: "ana"),
        DraftListing(
          id: "c0ffee00-aaaa-4bbb-8ccc-ddddeeeeffff", maskedName: "", step: .identity,
          focusedField: .firstName,
          updatedAt: now.addingTimeInterval(-2 * 86_400 - 60), errorCodes: ["unknown"], operatorName: "luis"),
      ], highlighted: 1)
    return state
  }

  @Test("the resume list: masked names, step reached, age, last error, id")
  func resumeList() {
    GoldenScreens.check("resume-list", Self.listState)
  }

  @Test("wiping a draft asks first")
  func resumeDelete() {
    var driver = Driver(Self.listState)
    driver.press(.character("d"))
    GoldenScreens.check("resume-delete-confirm", driver.state)
  }

  @Test("the fix-up summary of a REJECTED user missing source_of_funds")
  func fixSummary() {
    GoldenScreens.check("fix-summary", FixFixture.state())
  }

  @Test("the fix-up on just the missing field")
  func fixStep() {
    var driver = Driver(FixFixture.state())
    driver.press(.enter)
    driver.type("sal")
    GoldenScreens.check("fix-step", driver.state)
  }

  @Test("the fix-up's Review: only the asked field, F10 sends it, no F2 (drafts are off)")
  func fixReview() {
    var driver = Driver(FixFixture.state())
    driver.press(.enter)
    driver.type("salary")
    driver.press(.enter)
    GoldenScreens.check("fix-review", driver.state)
  }

  @Test("after the update: the reloaded user, what Kira updated, a re-issued link")
  func fixUpdated() {
    var driver = Driver(FixFixture.state())
    driver.press(.character("r"))
    driver.send(
      .drafts(
        .verificationReissued(
          .issued(
            link: "https://verify.example.test/s/7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6?lang=es",
            status: "pending"))
      ))
    FixFixture.submitSourceOfFunds(&driver, requiresReverification: false, verificationTriggered: true)
    GoldenScreens.check("fix-updated", driver.state)
  }

  @Test("Review: a user with this e-mail already exists in Kira (a warning)")
  func duplicateEmail() {
    var driver = Driver(Fixture.draftState(values: Fixture.mariaValues, checksEmail: true))
    driver.goToReview()
    driver.send(
      .drafts(
        .emailChecked(
          email: "maria.gonzalez@example.com",
          users: [ExistingUser(id: "6b0e1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d", status: "VERIFIED")])))
    GoldenScreens.check("review-duplicate-email", driver.state)
  }

  @Test("Review of a failed attempt: Kira's errors on their fields")
  func openedAttempt() {
    var driver = Driver(Fixture.draftState())
    driver.send(
      .drafts(
        .openAttempt(
          AttemptToOpen(
            attemptID: 12, httpStatus: 400, errorCode: "validation_error",
            fieldErrors: [
              KiraFieldError(path: "identifying_information.0.number", code: "custom", message: "")
            ],
            draft: nil, values: Fixture.mariaValues))))
    GoldenScreens.check("review-attempt", driver.state)
  }
}

extension DraftsGoldenTests {
  @Test("a user missing many fields: the list is cut, the re-issued link stays whole")
  func fixSummaryMany() {
    let fields: [FieldID] = [
      .gender, .documentType, .documentNumber, .documentCountry, .sourceOfFunds, .expectedMonthlyPayments,
      .pepStatus, .hasUSBankAccount, .hasDeniedBankAccount, .occupation, .phone,
    ]
    var driver = Driver(FixFixture.state(FixFixture.target(fields: fields)))
    driver.press(.character("r"))
    driver.send(
      .drafts(
        .verificationReissued(
          .issued(
            link:
              "https://verify.example.test/session/7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6?lang=es&return=https"
              + "%3A%2F%2Fexample.test%2Fdone", status: nil))))
    GoldenScreens.check("fix-summary-many", driver.state)
  }
}

extension DraftsGoldenTests {
  @Test("the fix-up summary of a REJECTED user with nothing to fix: R only, no Enter")
  func fixSummaryNothing() {
    GoldenScreens.check("fix-summary-nothing", FixFixture.state(FixFixture.target(fields: [])))
  }

  @Test("the fix-up's Review of two steps apart in the form (Contact, Profile): 1-2 edit")
  func fixReviewTwoSteps() {
    let driver = FixKeyHintTests.fixReview(fields: [.phone, .sourceOfFunds])
    GoldenScreens.check("fix-review-two-steps", driver.state)
  }
}
