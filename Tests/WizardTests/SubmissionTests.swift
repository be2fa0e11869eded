import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

@Suite("Submitting once, Kira's answers, safe retries")
struct SubmissionTests {
  func submitted() -> (Driver, JSONValue) {
    var driver = Driver(Fixture.reviewState())
    driver.press(.function(10))
    let payload = try! driver.state.form.payload(from: driver.state.values, policy: driver.state.policy)
    return (driver, payload)
  }

  @Test("F10 on Review submits the exact payload with the reserved key, and asks for the next key")
  func submitEffect() {
    let (driver, payload) = submitted()
    #expect(driver.effects == [.submit(payload: payload, idempotencyKey: "key-1"), .issueIdempotencyKey])
    #expect(driver.state.screen == .submitting)
    #expect(driver.state.spareIdempotencyKey == nil)
    #expect(payload["first_name"] == "Maria")
    #expect(payload["document_type"] == "passport")
  }

  @Test("Ctrl-S submits too")
  func controlS() {
    var driver = Driver(Fixture.reviewState())
    driver.press(.control("s"))
    #expect(driver.state.screen == .submitting)
  }

  @Test("submit is refused while errors remain, naming how many")
  func submitBlockedByErrors() {
    var values = Fixture.mariaValues
    values[.lastName] = ""
    var state = Fixture.state(values: values)
    state.stepIndex = state.form.steps.count - 1
    var driver = Driver(state)
    driver.press(.pageDown, .function(10))
    #expect(driver.state.screen == .review)
    #expect(driver.effects.isEmpty)
    #expect(driver.state.message?.text.contains("must be fixed") == true)
  }

  @Test("F10 on a step does nothing (submit only from Review)")
  func submitOnlyOnReview() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.press(.function(10))
    #expect(driver.effects.isEmpty)
    #expect(driver.state.screen == .step)
  }

  @Test("retry notices show as 'Kira is busy, retrying in 2 s (attempt 2 of 4)', counting down")
  func retryProgress() {
    var (driver, _) = submitted()
    driver.send(
      .submissionProgress(
        idempotencyKey: "key-1", .retrying(attempt: 2, maxAttempts: 4, delaySeconds: 2, reason: "HTTP 503")))
    #expect(driver.screenText.contains("Kira is busy, retrying in 2 s (attempt 2 of 4)"))
    driver.send(.tick(Fixture.today.addingTimeInterval(1.2)))
    #expect(driver.screenText.contains("retrying in 1 s (attempt 2 of 4)"))
    #expect(driver.screenText.contains("1.2 s"))
  }

  @Test("a created user shows id, status, verification status; nothing is unsaved any more")
  func created() {
    var (driver, _) = submitted()
    let user = CreatedUser(
      id: "3c90c3cc-0d44-4b50-8888-8dd25736052a", status: "CREATED", verificationStatus: "unverified")
    driver.send(.submissionFinished(idempotencyKey: "key-1", .created(user)))
    #expect(driver.state.screen == .result)
    #expect(driver.state.createdUser == user)
    #expect(!driver.state.hasUnsavedAnswers)
    #expect(driver.screenText.contains("3c90c3cc-0d44-4b50-8888-8dd25736052a"))
    #expect(driver.screenText.contains("unverified"))
    // Never a second customer: back on Review, F10 only shows the result again.
    driver.press(.character("x"))
    driver.state.screen = .review
    driver.press(.function(10))
    #expect(driver.effects.isEmpty)
    #expect(driver.state.screen == .result)
    driver.press(.control("q"))
    #expect(driver.effects == [.quit])
  }

  @Test("a result for another key (a stale answer) is ignored")
  func staleResult() {
    var (driver, _) = submitted()
    driver.send(.submissionFinished(idempotencyKey: "other", .outcomeUnknown(reason: "timed out")))
    #expect(driver.state.screen == .submitting)
  }

  @Test("a 400 maps each field error to its field as 'Kira says' and jumps to the first one")
  func rejectedMapsFields() {
    var (driver, _) = submitted()
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .rejected(
          httpStatus: 400, code: "validation_error", message: "Invalid request data",
          fieldErrors: [
            KiraFieldError(
              path: "identifying_information.0.number", code: "custom", message: "Document number rejected"),
            KiraFieldError(
              path: "phone", code: "invalid_string", message: "Invalid \u{1B}[31mphone\u{1B}[0m"),
            KiraFieldError(path: "kyc_extra", code: "custom", message: "Unknown field"),
          ])))
    #expect(driver.state.screen == .step)
    #expect(driver.state.currentStep.id == .contact)
    #expect(driver.state.focusedField == .phone)
    #expect(driver.state.kiraIssues[.phone] == ["Invalid phone"])
    #expect(driver.state.kiraIssues[.documentNumber] == ["Document number rejected"])
    #expect(driver.state.unmappedKiraIssues == ["kyc_extra: Unknown field"])
    #expect(driver.screenText.contains("Kira says: Invalid phone"))
    #expect(!driver.screenText.contains("\u{1B}"))
  }

  @Test("after a 400, submit waits for the rejected answers to change, then uses a NEW key")
  func correctedBodyGetsNewKey() {
    var (driver, firstPayload) = submitted()
    driver.send(.idempotencyKeyIssued("key-2"))
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .rejected(
          httpStatus: 400, code: nil, message: "Invalid request data",
          fieldErrors: [
            KiraFieldError(path: "identifying_information.0.number", code: "custom", message: "No")
          ])))
    #expect(driver.state.focusedField == .documentNumber)
    driver.goToReview()
    #expect(driver.state.screen == .step)
    #expect(driver.state.focusedField == .documentNumber)
    driver.press(.control("u"))
    driver.type("G87654321")
    driver.goToReview()
    #expect(driver.state.screen == .review)
    driver.press(.function(10))
    guard case .submit(let payload, let key)? = driver.effects.first else {
      Issue.record("expected a submit effect, got \(driver.effects)")
      return
    }
    #expect(key == "key-2")
    #expect(payload != firstPayload)
  }

  @Test("an unknown outcome says so and R retries with the SAME key and body")
  func unknownOutcomeRetry() {
    var (driver, payload) = submitted()
    driver.send(.idempotencyKeyIssued("key-2"))
    driver.send(
      .submissionFinished(idempotencyKey: "key-1", .outcomeUnknown(reason: "timed out after sending")))
    #expect(driver.state.screen == .result)
    #expect(driver.screenText.contains("Outcome unknown"))
    #expect(driver.screenText.contains("key-1"))
    driver.press(.character("r"))
    #expect(driver.effects == [.submit(payload: payload, idempotencyKey: "key-1")])
    #expect(driver.state.screen == .submitting)
    #expect(driver.state.submission?.submissions == 2)
    #expect(driver.state.spareIdempotencyKey == "key-2")
  }

  @Test("after an unknown outcome, even edited answers first resend the original body with the same key")
  func unknownOutcomeEditedResendsOriginal() {
    var (driver, payload) = submitted()
    driver.send(.idempotencyKeyIssued("key-2"))
    driver.send(.submissionFinished(idempotencyKey: "key-1", .outcomeUnknown(reason: "timed out")))
    driver.press(.escape)
    #expect(driver.state.screen == .review)
    driver.type("3")
    driver.press(.control("u"))
    driver.type("maria.g@example.com")
    driver.goToReview()
    driver.press(.function(10))
    #expect(driver.effects == [.submit(payload: payload, idempotencyKey: "key-1")])
    #expect(driver.state.message?.tone == .warning)
  }

  @Test("a definite failure (unavailable) offers R with the same key; Esc goes back to Review")
  func failedRetry() {
    var (driver, payload) = submitted()
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .failed(SubmissionFailure(kind: .unavailable, httpStatus: 503, message: "Busy"))))
    #expect(driver.screenText.contains("unavailable"))
    driver.press(.character("R"))
    #expect(driver.effects == [.submit(payload: payload, idempotencyKey: "key-1")])
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .failed(SubmissionFailure(kind: .authentication, httpStatus: 401, message: "No"))))
    driver.press(.escape)
    #expect(driver.state.screen == .review)
  }

  @Test("N after a created user starts a blank applicant with a fresh key")
  func newApplicant() {
    var (driver, _) = submitted()
    driver.send(.idempotencyKeyIssued("key-2"))
    driver.send(.submissionFinished(idempotencyKey: "key-1", .created(CreatedUser(id: "u-1"))))
    driver.press(.character("n"))
    #expect(driver.state.screen == .step)
    #expect(driver.state.stepIndex == 0)
    #expect(driver.state.values[.firstName] == "")
    #expect(driver.state.submission == nil)
    #expect(driver.state.spareIdempotencyKey == "key-2")
  }
}
