import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// The help screen (issue 4's key contract) of each kind of session lists
/// every key that can act in it and no other: the resume list's keys only
/// while saved drafts are offered, the fix-up's keys only in a fix-up (R for
/// a REJECTED user), the result screens' keys only where submissions create
/// users, the demo's only in the embedded sandbox, the steps' only where they
/// show, and a fix-up's list, yes/no and file keys only for the fields it asks.
@Suite("The help screen lists only the keys that act in the session")
struct HelpSessionTests {
  /// The kinds of session the wizard runs.
  enum Session: String, CaseIterable, CustomTestStringConvertible {
    /// A store with saved drafts: the resume list shows at start.
    case resumeOffered
    /// A store without saved drafts: a fresh form.
    case freshForm
    /// No store (drafts off).
    case noStore
    /// The embedded sandbox demo.
    case demo
    /// `--attempt ID` (opened while the resume list was about to show).
    case attempt
    /// `fix USER_ID` of a REJECTED user missing `source_of_funds` (a choice).
    case fixUp
    /// The same user, not REJECTED.
    case fixUpVerifying
    /// A REJECTED user Kira lists nothing missing for.
    case fixUpNothing
    /// A fix-up asking one yes/no field.
    case fixUpYesNo
    /// A fix-up asking the ID document's front image.
    case fixUpDocument
    /// A fix-up in the embedded sandbox.
    case fixUpSandbox
    /// A fix-up with nothing to fix in the embedded sandbox.
    case fixUpSandboxNothing

    var testDescription: String { rawValue }

    static let realSandbox = WizardEnvironment(name: "sandbox", isEmbeddedSandbox: false)

    static let savedDraft = DraftListing(
      id: "3f2a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b", maskedName: "M. G…", step: .address,
      focusedField: .addressCity, updatedAt: Fixture.today, errorCodes: [], operatorName: "ana")

    /// A form session as the executable starts it: drafts on when a store is
    /// open, its saved drafts offered right after the first frame.
    static func formSession(
      store: Bool, savedDrafts: [DraftListing], environment: WizardEnvironment = realSandbox
    ) -> Driver {
      var driver = Driver(Fixture.state(environment: environment))
      if store {
        driver.state.drafts = DraftSession(
          enabled: true, checksExistingEmail: false, keepsDraftAfterCreate: false)
        driver.send(.drafts(.storeOpened(resumeList: savedDrafts)))
      }
      return driver
    }

    static func fixUp(
      status: String = "REJECTED", fields: [FieldID] = [.sourceOfFunds], embedded: Bool = false
    ) -> Driver {
      var state = FixFixture.state(FixFixture.target(status: status, fields: fields))
      if embedded { state.environment = .embeddedSandbox(demoFilesDirectory: Fixture.demoFolder) }
      return Driver(state)
    }

    /// The session as it starts.
    var start: Driver {
      switch self {
      case .resumeOffered: Self.formSession(store: true, savedDrafts: [Self.savedDraft])
      case .freshForm: Self.formSession(store: true, savedDrafts: [])
      case .noStore: Self.formSession(store: false, savedDrafts: [])
      case .demo:
        Self.formSession(
          store: true, savedDrafts: [],
          environment: .embeddedSandbox(demoFilesDirectory: Fixture.demoFolder))
      case .attempt:
        {
          var driver = Self.formSession(store: true, savedDrafts: [Self.savedDraft])
          driver.send(
            .drafts(
              .openAttempt(
                AttemptToOpen(
                  attemptID: 7, httpStatus: 400, errorCode: "validation_error",
                  fieldErrors: [KiraFieldError(path: "phone", code: "invalid_string", message: "")],
                  draft: nil, values: Fixture.mariaValues))))
          return driver
        }()
      case .fixUp: Self.fixUp()
      case .fixUpVerifying: Self.fixUp(status: "VERIFYING")
      case .fixUpNothing: Self.fixUp(fields: [])
      case .fixUpYesNo: Self.fixUp(status: "VERIFYING", fields: [.hasUSBankAccount])
      case .fixUpDocument: Self.fixUp(fields: [.documentFrontImage])
      case .fixUpSandbox: Self.fixUp(embedded: true)
      case .fixUpSandboxNothing: Self.fixUp(fields: [], embedded: true)
      }
    }

    /// Every help entry ("keys: what they do") the session must list.
    var expectedEntries: [String] {
      typealias E = Entries
      let form = E.steps + E.cursor + E.clearing + E.lists + E.files + E.yesNo + E.review("1-8")
      let creating = form + E.scroll + E.results + E.quitDialog + E.always + E.questionMark
      switch self {
      case .resumeOffered: return creating + E.saving + E.resumeList
      case .freshForm, .attempt: return creating + E.saving
      case .noStore: return creating
      case .demo: return creating + E.saving + E.demo
      case .fixUp:
        return E.fixing(E.cursor + E.clearing + E.lists) + E.editFixFields + E.reissue
      case .fixUpVerifying: return E.fixing(E.cursor + E.clearing + E.lists) + E.editFixFields
      case .fixUpNothing, .fixUpSandboxNothing: return E.scroll + E.always + E.reissue
      case .fixUpYesNo: return E.fixing(E.clearing + E.yesNo) + E.editFixFields
      case .fixUpDocument: return E.fixing(E.cursor + E.clearing + E.files) + E.editFixFields + E.reissue
      case .fixUpSandbox:
        return E.fixing(E.cursor + E.clearing + E.lists) + E.editFixFields + E.reissue + E.demo
      }
    }
  }

  /// The help entries of the keymap, grouped by where they act.
  enum Entries {
    static let steps = [
      "Tab, Down: next field", "Enter: next field; on the last field, next step",
      "Shift-Tab, Up: previous field", "PgDn, Ctrl-N: next step (only when this one is valid)",
      "PgUp, Ctrl-P: previous step (always allowed)", "Esc: close a list, else back one step",
      "Ctrl-R: back to Review (once it has been shown)",
    ]
    static let cursor = [
      "Left, Right: move the cursor", "Home, Ctrl-A: start of the text", "End, Ctrl-E: end of the text",
    ]
    static let clearing = [
      "Backspace, Delete: delete before / under the cursor", "Ctrl-U: delete to the start",
      "Ctrl-K: delete to the end", "Ctrl-W: delete the word before",
      "Paste: paste a whole value (bracketed paste)",
    ]
    static let lists = [
      "Up: move up in the list", "Down: move down in the list",
      "Enter, Tab: take the highlighted option and go on", "Esc: close the list", "Space: show every option",
    ]
    static let files = ["Tab: complete the file path"]
    static let yesNo = ["y: answer yes", "n: answer no", "Space: switch between yes and no"]
    static func review(_ digits: String) -> [String] {
      [
        "\(digits): edit that step", "F10, Ctrl-S: submit to Kira (Review, no errors left)",
        "Enter: edit the first answer Kira rejected (or in error)",
      ]
    }
    static let scroll = ["Up: scroll up", "Down: scroll down"]
    static let results = [
      "r, R: retry safely with the same idempotency key", "n, N: start a new applicant",
      "r, R, F5: ask Kira for the user's status now", "Esc: back to Review",
    ]
    static let quitDialog = ["y, Y: quit", "n, N, Esc: stay"]
    static let always = [
      "Esc, F1, q: close the help", "F1: this help",
      "Ctrl-Q, Ctrl-C: quit (asks first when answers would be lost)",
    ]
    static let questionMark = ["?: this help (on an empty field)"]
    static let saving = ["F2: save the draft now (every field left is saved too)"]
    static let resumeList = [
      "Up: previous draft", "Down: next draft", "Enter: resume the highlighted draft where it was left",
      "n, N, Esc: start a fresh form (the drafts stay)",
      "d, D, Delete: wipe the highlighted draft (asks first)",
      "y, Y: wipe it", "n, N, Esc: keep it",
      // A draft open in another wizard: read-only or take over.
      "r, R: open it read-only (nothing is saved)", "t, T: take it over (the other wizard stops saving)",
      "n, N, Esc: leave it where it is open",
    ]
    static let editFixFields = ["Enter: fix-up: edit the missing or rejected fields"]
    static let reissue = ["r, R: fix-up: new verification link (REJECTED users)"]
    static let demo = [
      "F5: fill this step with a fake applicant", "F6: sandbox scenarios: rejection, Kira error, busy",
      "Up: previous scenario", "Down: next scenario", "Enter: use the highlighted scenario",
      "Esc: close the menu",
    ]

    /// A fix-up of one step whose fields take `editing`: its steps and
    /// Review, never a result screen.
    static func fixing(_ editing: [String]) -> [String] {
      steps + editing + review("1") + scroll + quitDialog + always + questionMark
    }
  }

  /// The session's help entries as "keys: what they do".
  static func listed(_ state: WizardState) -> [String] {
    state.helpEntries.map { "\($0.keys): \($0.summary)" }
  }

  @Test("each kind of session lists exactly its keys in help", arguments: Session.allCases)
  func entries(session: Session) {
    let state = session.start.state
    #expect(Self.listed(state).sorted() == session.expectedEntries.sorted())
    #expect(Set(Self.listed(state)).count == Self.listed(state).count, "each entry once")
  }

  @Test("the help screen a session opens lists the same entries", arguments: Session.allCases)
  func screenMatchesEntries(session: Session) {
    var driver = session.start
    driver.press(.function(1))
    #expect(driver.state.overlay == .help(offset: 0))
    var seen = ""
    for _ in 0..<80 {
      seen += driver.screenText
      driver.press(.down)
    }
    for entry in driver.state.helpEntries {
      #expect(seen.contains(entry.summary), "help misses \(entry.summary)")
    }
    #expect(
      seen.contains("fix-up: new verification link") == session.expectedEntries.contains(Entries.reissue[0]))
    #expect(seen.contains("resume the highlighted draft") == (session == .resumeOffered))
  }

  /// Keys bound where the operator is now (with a help entry) that the help
  /// screen does not list: none may exist, or help would hide a key that acts.
  static func unlistedActingKeys(_ state: WizardState) -> [String] {
    let listed = Set(listed(state))
    let features = state.keyFeatures
    return state.keymap.bindings.compactMap { binding in
      guard !binding.summary.isEmpty, state.keyContexts.contains(where: binding.contexts.contains),
        binding.requirement.map(features.contains) ?? true,
        let keys = binding.keyLabel(reviewSteps: state.reviewStepCount)
      else { return nil }
      let entry = "\(keys): \(binding.summary)"
      return listed.contains(entry) ? nil : entry
    }
  }

  /// The states a session reaches from its start: the start, a field of
  /// each kind, Review, each result (or the fix-up's answers), the quit
  /// dialog, and what up to two more keys lead to from each.
  static func reachedStates(_ session: Session) -> [WizardState] {
    var milestones = [session.start]
    var leaving = session.start
    leaving.press(.character("n"), .enter)
    milestones.append(leaving)
    // Past the resume list or the fix-up summary, on a field of each kind the steps hold.
    var onForm = session.start
    onForm.press(onForm.state.fixUp == nil ? .character("n") : .enter)
    var kinds: Set<[KeyContext]> = []
    for field in onForm.state.form.fields {
      var focused = onForm
      focused.focus(field.id)
      if kinds.insert(focused.state.keyContexts).inserted { milestones.append(focused) }
    }
    var review = session.start
    if review.state.fixUp == nil {
      review.press(.character("n"))
      review.state.values = Fixture.mariaValues
      review.state.kiraIssues = [:]  // as if the answers Kira rejected were changed
      if let field = review.state.focusedField { review.focus(field) }
      review.goToReview()
      milestones.append(review)
      let outcomes: [SubmissionOutcome] = [
        .created(CreatedUser(id: "user-1")),
        .rejected(httpStatus: 400, code: "validation_error", message: "Invalid", fieldErrors: []),
        .outcomeUnknown(reason: "timed out"),
        .failed(SubmissionFailure(kind: .unavailable, message: "Kira was unavailable")),
      ]
      for outcome in outcomes {
        var answered = review
        answered.send(.connection(.ready))
        answered.press(.function(10))
        milestones.append(answered)
        answered.send(.submissionFinished(idempotencyKey: "key-1", outcome))
        milestones.append(answered)
      }
    } else {
      review.press(.enter)
      switch review.state.focusedField {
      case .sourceOfFunds?: review.type("salary")
      case .documentFrontImage?: review.type(Fixture.frontImagePath)
      default: review.type("y")
      }
      review.goToReview()
      milestones.append(review)
      var saving = review
      saving.press(.function(10))
      milestones.append(saving)
      if saving.state.fixUp?.activity == .saving {
        saving.send(.drafts(.remoteUserUpdated(.rejected(message: "Invalid", fieldErrors: []))))
        milestones.append(saving)
      }
    }
    var quitting = session.start
    quitting.press(.character("n"), .enter, .character("x"), .control("q"))
    milestones.append(quitting)
    let keys: [Key] = [
      .function(1), .escape, .enter, .tab, .character(" "), .pageDown, .function(6), .character("d"),
      .character("r"), .character("y"), .control("q"),
    ]
    // Breadth first, each place (screen, overlay, step, field, contexts) expanded once.
    var reached: [WizardState] = []
    var places: Set<String> = []
    var frontier = milestones
    for depth in 0...2 {
      var next: [Driver] = []
      for driver in frontier {
        let state = driver.state
        let place = String(
          describing: (
            state.screen, state.overlay, state.stepIndex, state.focusedField, state.keyContexts,
            state.fixUp?.activity, state.isFinished
          ))
        guard places.insert(place).inserted else { continue }
        reached.append(state)
        guard depth < 2 else { continue }
        for key in keys {
          var moved = driver
          moved.press(key)
          next.append(moved)
        }
      }
      frontier = next
    }
    return reached
  }

  @Test(
    "wherever a session goes, every key bound there with a help entry is listed", arguments: Session.allCases)
  func everyActingKeyListed(session: Session) {
    /// What the check depends on: states alike in these are checked once.
    struct Signature: Hashable {
      var contexts: [KeyContext]
      var features: Set<KeyBinding.Feature>
      var reviewSteps: Int
    }
    var contexts: Set<KeyContext> = []
    var checked: Set<Signature> = []
    for state in Self.reachedStates(session) {
      let signature = Signature(
        contexts: state.keyContexts, features: state.keyFeatures, reviewSteps: state.reviewStepCount)
      guard checked.insert(signature).inserted else { continue }
      contexts.formUnion(state.keyContexts)
      for context in state.keyContexts {
        #expect(
          context.requirements.isSubset(of: state.keyFeatures),
          "\(session): \(context) is reached without \(context.requirements.subtracting(state.keyFeatures))")
      }
      let unlisted = Self.unlistedActingKeys(state)
      #expect(unlisted.isEmpty, "\(session) at \(state.keyContexts): help misses \(unlisted)")
    }
    // Each feature a context needs is exercised: a choice field stands for every list context.
    let offered = KeyContext.allCases.filter { $0.requirements.isSubset(of: session.start.state.keyFeatures) }
    let missing = Set(offered.map(\.requirements)).subtracting(contexts.map(\.requirements))
    #expect(missing.isEmpty, "\(session) never reaches a context needing \(missing)")
  }
}

extension HelpSessionTests {
  @Test(
    "a yes/no fix-up lists the deleting keys and paste: they clear the answer, a paste of yes or no sets it")
  func yesNoClearing() {
    var driver = Session.fixUpYesNo.start
    driver.press(.enter)
    #expect(driver.state.focusedField == .hasUSBankAccount)
    for key: Key in [.backspace, .delete, .control("u"), .control("k"), .control("w")] {
      driver.press(.character("y"))
      #expect(driver.state.editor.text == "yes")
      driver.press(key)
      #expect(driver.state.editor.text.isEmpty, "\(key) clears the answer")
    }
    driver.press(.paste("no"))
    #expect(driver.state.editor.text == "no")
    #expect(!Self.listed(driver.state).contains("Left, Right: move the cursor"), "nothing to move through")
  }

  @Test("golden: a fix-up's help as it opens, then scrolled to its end (its own keys, no result keys)")
  func fixUpGoldens() {
    var driver = Driver(FixFixture.state())
    driver.press(.function(1))
    GoldenScreens.check("help-fix", driver.state)
    for _ in 0..<60 { driver.press(.down) }
    GoldenScreens.check("help-fix-end", driver.state)
  }

  @Test("golden: the help of a fix-up with nothing to fix (only the summary's keys)")
  func fixUpNothingGolden() {
    var driver = Driver(FixFixture.state(FixFixture.target(fields: [])))
    driver.press(.function(1))
    GoldenScreens.check("help-fix-nothing", driver.state)
  }
}
