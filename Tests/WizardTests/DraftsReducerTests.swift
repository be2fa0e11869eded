import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

@Suite("Drafts: saved on every field left, F2, the resume list, resuming")
struct DraftsReducerTests {
  @Test("a blank form is not saved; leaving a field saves answers, step and focused field")
  func saveOnLeave() throws {
    var driver = Driver(Fixture.draftState())
    driver.press(.pageDown)
    #expect(Fixture.saves(in: driver.allEffects).isEmpty, "nothing entered yet: no draft")
    driver.type("Maria")
    #expect(Fixture.saves(in: driver.effects).isEmpty, "typing alone saves nothing")
    driver.press(.tab)
    let first = try #require(Fixture.saves(in: driver.effects).first)
    #expect(first.id == nil)
    #expect(first.values[.firstName] == "Maria")
    #expect(first.step == .identity)
    #expect(first.focusedField == .middleName)
    #expect(first.kind == .new)
    #expect(driver.state.hasUnsavedAnswers)

    driver.send(.drafts(.saved(id: "draft-1", explicit: false)))
    #expect(driver.state.drafts.draftID == "draft-1")
    #expect(!driver.state.hasUnsavedAnswers)
    #expect(driver.state.message == nil, "an automatic save says nothing")

    driver.press(.tab)
    let moved = Fixture.saves(in: driver.effects)
    #expect(moved.count == 1, "the focused field is part of the draft")
    #expect(moved.first?.id == "draft-1")
    #expect(moved.first?.focusedField == .lastName)
    driver.send(.tick(Fixture.today))
    #expect(Fixture.saves(in: driver.effects).isEmpty, "nothing changed: no save")
  }

  @Test("F2 keeps what is being typed and saves at once; the message says how to resume")
  func explicitSave() {
    var driver = Driver(Fixture.draftState())
    driver.press(.pageDown)
    driver.type("Gonz")
    driver.press(.function(2))
    let saved = Fixture.saves(in: driver.effects)
    #expect(saved.count == 1)
    #expect(saved.first?.values[.firstName] == "Gonz")
    #expect(saved.first?.focusedField == .firstName)
    #expect(driver.effects.contains(.drafts(.save(saved[0], explicit: true))))
    driver.send(.drafts(.saved(id: "draft-7", explicit: true)))
    #expect(driver.state.message?.text.contains("kira-onboard --resume draft-7") == true)
    #expect(driver.screenText.contains("kira-onboard --resume draft-7"))
    driver.press(.control("q"))
    #expect(driver.state.isFinished, "saved answers are not lost: quit without asking")
  }

  @Test("F2 is on the status line and in help when drafts are saved; without a store it says drafts are off")
  func f2Listed() {
    let drafts = Fixture.draftState()
    #expect(drafts.keyFeatures.contains(.drafts))
    #expect(
      Keymap.standard.statusLabels(in: [.textField], features: drafts.keyFeatures, reviewSteps: 8).contains(
        "F2 save"))
    let help = Keymap.standard.helpSections(features: drafts.keyFeatures, reviewSteps: 8).flatMap(\.entries)
    #expect(help.contains { $0.keys == "F2" })

    var driver = Driver(Fixture.state())
    #expect(!driver.state.keyFeatures.contains(.drafts))
    #expect(!driver.screenText.contains("F2 save"), "not listed without a store")
    #expect(
      !Keymap.standard.helpSections(features: driver.state.keyFeatures, reviewSteps: 8).flatMap(\.entries)
        .contains {
          $0.keys == "F2"
        })
    driver.type("x")
    driver.press(.function(2))
    #expect(driver.effects.isEmpty)
    #expect(driver.state.message?.text.contains("Drafts are off") == true)
  }

  @Test("a failed save is said on screen; the next change tries again")
  func failedSave() {
    var driver = Driver(Fixture.draftState())
    driver.press(.pageDown)
    driver.type("Maria")
    driver.press(.tab)
    driver.send(.drafts(.saveFailed("disk full")))
    #expect(driver.state.message?.tone == .error)
    #expect(driver.state.message?.text.contains("disk full") == true)
    #expect(driver.state.hasUnsavedAnswers, "quitting still asks")
    driver.type("José")
    driver.press(.tab)
    #expect(Fixture.saves(in: driver.effects).count == 1)
  }

  static let listEntries = [
    DraftListing(
      id: "draft-a", maskedName: "M. G…", step: .address, focusedField: .addressCity,
      updatedAt: Fixture.today.addingTimeInterval(-600), errorCodes: [], operatorName: "ana"),
    DraftListing(
      id: "draft-b", maskedName: "J. S…", step: .additional, focusedField: nil,
      updatedAt: Fixture.today.addingTimeInterval(-90_000), errorCodes: ["rejected", "validation_error"],
      operatorName: "ana"),
  ]

  @Test("the resume list: arrows move, Enter loads the highlighted draft, keys never edit the form")
  func resumeListKeys() {
    var state = Fixture.draftState()
    state.resumeList = ResumeList(entries: Self.listEntries)
    var driver = Driver(state)
    #expect(driver.state.keyContexts == [.resumeList])
    driver.press(.down)
    #expect(driver.state.resumeList?.highlighted == 1)
    driver.press(.down)
    #expect(driver.state.resumeList?.highlighted == 1)
    driver.type("x")
    #expect(driver.state.editor.text == "automatic")
    #expect(driver.state.values == driver.state.form.initialValues)
    driver.press(.enter)
    #expect(driver.effects == [.drafts(.load(id: "draft-b"))])
    driver.press(.character("n"))
    #expect(driver.state.resumeList == nil, "n starts fresh")
    #expect(driver.state.screen == .step)
  }

  @Test("d asks before wiping; n keeps; y wipes; the last one wiped leaves a fresh form")
  func resumeListDelete() {
    var state = Fixture.draftState()
    state.resumeList = ResumeList(entries: Self.listEntries)
    var driver = Driver(state)
    driver.press(.character("d"))
    #expect(driver.state.resumeList?.confirmingDelete == true)
    #expect(driver.state.keyContexts == [.resumeDeleteConfirm])
    driver.press(.character("n"))
    #expect(driver.state.resumeList?.confirmingDelete == false)
    #expect(driver.state.resumeList?.entries.count == 2, "n keeps it")
    driver.press(.character("d"), .character("y"))
    #expect(driver.effects == [.drafts(.delete(id: "draft-a"))])
    driver.send(.drafts(.deleted(id: "draft-a")))
    #expect(driver.state.resumeList?.entries.map(\.id) == ["draft-b"])
    driver.press(.character("d"), .character("y"))
    driver.send(.drafts(.deleted(id: "draft-b")))
    #expect(driver.state.resumeList == nil)
    #expect(driver.state.message?.text.contains("No drafts left") == true)
  }

  static func draft(step: StepID, focused: FieldID?) -> WizardDraft {
    var values = Fixture.mariaValues
    values[.sourceOfFunds] = ""
    return WizardDraft(
      id: "draft-a", values: values, step: step, focusedField: focused,
      createdAt: Fixture.today.addingTimeInterval(-3_600), updatedAt: Fixture.today.addingTimeInterval(-600))
  }

  @Test("resuming restores every answer, the step and the focused field, without saving again")
  func resume() {
    var driver = Driver(Fixture.draftState())
    let draft = Self.draft(step: .address, focused: .addressCity)
    driver.send(.drafts(.loaded(draft, id: "draft-a")))
    #expect(driver.state.values == draft.values)
    #expect(driver.state.currentStep.id == .address)
    #expect(driver.state.focusedField == .addressCity)
    #expect(driver.state.editor.text == "Ciudad de Mexico")
    #expect(driver.state.drafts.draftID == "draft-a")
    #expect(driver.state.drafts.createdAt == draft.createdAt)
    #expect(!driver.state.hasUnsavedAnswers)
    #expect(Fixture.saves(in: driver.effects).isEmpty)
    #expect(driver.effects.contains(.inspectFile(field: .documentFrontImage, path: Fixture.frontImagePath)))
    #expect(driver.state.message?.text.contains("Resumed the draft of M. G…") == true)
    driver.press(.tab)
    #expect(Fixture.saves(in: driver.effects).first?.id == "draft-a", "saves go on into the same draft")

    var review = Driver(Fixture.draftState())
    review.send(.drafts(.loaded(Self.draft(step: .additional, focused: nil), id: "draft-a")))
    #expect(review.state.screen == .review)
    #expect(!review.state.reviewErrors.isEmpty, "Review shows what is left to fix")
  }

  @Test("a resumed draft whose submission got no answer is sent again with the same key and body")
  func resumeOpenSubmission() {
    var draft = Self.draft(step: .additional, focused: nil)
    let payload: JSONValue = .object(["email": .string("maria.gonzalez@example.com")])
    draft.openSubmission = OpenSubmission(
      idempotencyKey: "key-open", payload: payload, submissions: 2,
      reason: "the wizard stopped before Kira answered")
    var driver = Driver(Fixture.draftState())
    driver.send(.drafts(.loaded(draft, id: "draft-a")))
    #expect(driver.state.screen == .result)
    #expect(driver.screenText.contains("Outcome unknown"))
    #expect(driver.screenText.contains("key-open"))
    driver.press(.character("r"))
    #expect(driver.effects == [.submit(payload: payload, idempotencyKey: "key-open")])
  }

  @Test("a resumed draft whose applicant Kira already created is never submitted again")
  func resumeCreated() {
    var draft = Self.draft(step: .additional, focused: nil)
    draft.createdUserID = "user-9"
    var driver = Driver(Fixture.draftState())
    driver.send(.drafts(.loaded(draft, id: "draft-a")))
    #expect(driver.state.screen == .result)
    #expect(driver.state.createdUser?.id == "user-9")
    #expect(driver.screenText.contains("user-9"))
    driver.press(.function(2))
    #expect(driver.effects.isEmpty)
  }

  @Test("Kira's verdict is saved with the draft; fixing the field clears it")
  func verdictKept() {
    var driver = Driver(Fixture.draftState(values: Fixture.mariaValues))
    driver.goToReview()
    driver.send(.drafts(.saved(id: "draft-1", explicit: false)))
    driver.press(.function(10))
    let key = driver.state.submission?.idempotencyKey ?? ""
    let error = KiraFieldError(
      path: "document_number", code: "custom", message: "Document number could not be verified")
    driver.send(
      .submissionFinished(
        idempotencyKey: key,
        .rejected(httpStatus: 400, code: "validation_error", message: "Invalid", fieldErrors: [error])))
    let verdict = Fixture.saves(in: driver.effects).first?.lastError
    #expect(verdict?.codes == ["rejected", "validation_error", "custom"])
    #expect(verdict?.fieldErrors == [error])
    #expect(driver.state.focusedField == .documentNumber)
    driver.press(.control("u"))
    driver.type("G7654321")
    driver.press(.tab)
    let after = Fixture.saves(in: driver.effects)
    #expect(after.count == 1)
    #expect(after.first?.lastError == nil, "the rejected answer changed: nothing left to fix")
  }

  @Test("after a create the draft is wiped (kept with --keep-drafts) and never saved again")
  func wipeAfterCreate() {
    for keep in [false, true] {
      var driver = Driver(Fixture.draftState(values: Fixture.mariaValues, keep: keep))
      driver.goToReview()
      driver.send(.drafts(.saved(id: "draft-1", explicit: false)))
      driver.press(.function(10))
      let key = driver.state.submission?.idempotencyKey ?? ""
      driver.send(.submissionFinished(idempotencyKey: key, .created(CreatedUser(id: "user-1"))))
      #expect(driver.effects.contains(.drafts(.delete(id: "draft-1"))) == !keep)
      #expect(driver.state.drafts.draftID == (keep ? "draft-1" : nil))
      driver.press(.function(2))
      #expect(Fixture.saves(in: driver.effects).isEmpty)
      driver.press(.character("n"))
      #expect(driver.state.drafts.draftID == nil, "the next applicant gets a draft of its own")
      #expect(driver.state.drafts.isEnabled)
    }
  }

  @Test("--load: the body on Review with every local error, saved as a loaded draft")
  func loadBody() {
    var values = Fixture.mariaValues
    values[.email] = ""
    values[.sourceOfFunds] = ""
    var driver = Driver(Fixture.draftState())
    driver.send(.drafts(.openBody(values)))
    #expect(driver.state.screen == .review)
    #expect(driver.state.reviewErrors.count == 2)
    #expect(driver.state.reviewErrors.map(\.field).contains(.email))
    #expect(driver.state.message?.text.contains("2 errors to fix") == true)
    #expect(Fixture.saves(in: driver.effects).first?.kind == .load)
    driver.press(.enter)
    #expect(driver.state.screen == .step)
    #expect(driver.state.focusedField == .email, "Enter edits the first error")
  }

  @Test("--attempt: Review with Kira's field errors on their fields; Enter edits the first")
  func openAttempt() {
    let attempt = AttemptToOpen(
      attemptID: 7, httpStatus: 400, errorCode: "validation_error",
      fieldErrors: [
        KiraFieldError(path: "document_number", code: "custom", message: ""),
        KiraFieldError(path: "phone", code: "invalid_string", message: ""),
      ],
      draft: nil, values: Fixture.mariaValues)
    var driver = Driver(Fixture.draftState())
    driver.send(.drafts(.openAttempt(attempt)))
    #expect(driver.state.screen == .review)
    #expect(driver.state.kiraIssues[.documentNumber] == ["rejected (custom)"])
    #expect(driver.state.kiraIssues[.phone] == ["rejected (invalid_string)"])
    #expect(driver.state.focusedField == .phone, "the first rejected field in form order")
    #expect(driver.state.message?.text.hasPrefix("Attempt #7 (HTTP 400): Kira rejected 2 answers") == true)
    let lines = render(driver.state).grid.lines
    #expect(lines.contains { $0.contains("Kira says: rejected (invalid_string)") })
    driver.press(.enter)
    #expect(driver.state.screen == .step)
    #expect(driver.state.focusedField == .phone)

    var withDraft = Self.draft(step: .document, focused: .documentNumber)
    withDraft.lastError = DraftProblem(
      summary: "Invalid", codes: ["rejected"],
      fieldErrors: [KiraFieldError(path: "document_number", code: "custom", message: "could not be verified")]
    )
    var opened = Driver(Fixture.draftState())
    opened.send(
      .drafts(
        .openAttempt(
          AttemptToOpen(
            attemptID: 8, httpStatus: 400, errorCode: nil,
            fieldErrors: [KiraFieldError(path: "document_number", code: "custom", message: "")],
            draft: withDraft, values: FormValues()))))
    #expect(opened.state.kiraIssues[.documentNumber] == ["could not be verified"])
    #expect(opened.state.drafts.draftID == "draft-a", "edits go on into the attempt's draft")
    #expect(opened.state.openedAttempt == 8)
  }
}

@Suite("Review warns when the e-mail already exists in Kira")
struct DuplicateEmailTests {
  @Test("looked up once when Review opens; F10 names the user, a second F10 confirms the second customer")
  func duplicateWarning() {
    var driver = Driver(Fixture.draftState(values: Fixture.mariaValues, checksEmail: true))
    driver.goToReview()
    let email = "maria.gonzalez@example.com"
    #expect(driver.allEffects.filter { $0 == .drafts(.lookUpEmail(email)) }.count == 1)
    driver.send(.drafts(.emailChecked(email: "someone@example.com", users: [ExistingUser(id: "x")])))
    #expect(!driver.screenText.contains("already has"), "an answer for another address is ignored")
    driver.send(
      .drafts(.emailChecked(email: email, users: [ExistingUser(id: "user-9", status: "VERIFIED")])))
    #expect(driver.screenText.contains("! Kira already has a user with this e-mail:"))
    #expect(driver.screenText.contains("  user-9 (VERIFIED)"))
    #expect(driver.state.message?.tone == .warning)
    driver.press(.pageUp)
    driver.press(.pageDown)
    #expect(driver.state.screen == .review)
    #expect(driver.allEffects.filter { $0 == .drafts(.lookUpEmail(email)) }.count == 1, "checked once")
    driver.press(.function(10))
    #expect(!driver.effects.contains { if case .submit = $0 { true } else { false } }, "nothing sent yet")
    #expect(driver.state.message?.text.contains("Kira already has user user-9 (VERIFIED)") == true)
    #expect(driver.state.message?.text.contains("F10 again creates a second customer") == true)
    driver.press(.function(10))
    #expect(
      driver.effects.contains {
        if case .submitAllowingExisting(_, _, let ids) = $0 { ids == ["user-9"] } else { false }
      })
  }

  @Test("when Kira cannot be asked: no warning, a hint")
  func unavailable() {
    var driver = Driver(Fixture.draftState(values: Fixture.mariaValues, checksEmail: true))
    driver.goToReview()
    driver.send(.drafts(.emailChecked(email: "maria.gonzalez@example.com", users: nil)))
    #expect(driver.state.message == nil)
    #expect(driver.screenText.contains("Could not ask Kira whether this e-mail exists"))
    #expect(!driver.screenText.contains("already has"))
  }

  @Test("off unless asked for (tests and the bare wizard never look up)")
  func offByDefault() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.goToReview()
    #expect(!driver.allEffects.contains { if case .drafts = $0 { true } else { false } })
  }
}
