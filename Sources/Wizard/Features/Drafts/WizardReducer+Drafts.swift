import Foundation
import KYCForm
import TerminalUI

/// Drafts: saving on every field left, F2, and resuming a saved draft.
extension WizardReducer {
  /// What the drafts bookkeeping needs to know about the state before an action.
  struct DraftWatch {
    /// A user had been created (N then starts a new applicant and a new draft).
    let hadCreatedUser: Bool

    init(_ state: WizardState) {
      hadCreatedUser = state.createdUser != nil
    }
  }

  /// Runs after every action: remembers how a submission ended, saves the
  /// draft when answers or position changed, and starts the e-mail check.
  static func afterReduce(_ state: inout WizardState, action: WizardAction, before: DraftWatch)
    -> [WizardEffect]
  {
    var effects: [WizardEffect] = []
    if state.fixUp != nil { trimToFixFields(&state) }
    if case .submissionFinished(let key, let outcome) = action, state.submission?.idempotencyKey == key {
      effects += noteSubmission(outcome, in: &state)
    }
    if before.hadCreatedUser, state.createdUser == nil {
      // N after a created user: the next applicant gets a draft of its own.
      let settings = state.drafts
      state.drafts = DraftSession(
        enabled: settings.isEnabled, checksExistingEmail: settings.checksExistingEmail,
        keepsDraftAfterCreate: settings.keepsDraftAfterCreate)
      state.emailCheck = nil
      state.openedAttempt = nil
    }
    effects += autosave(in: &state)
    effects += checkEmail(in: &state)
    return effects
  }

  // MARK: - Saving

  /// The answers and position a save would write now.
  static func fingerprint(of state: WizardState) -> DraftFingerprint {
    let onStep = state.screen == .step && !state.draftScreenCovers
    let step = onStep ? state.currentStep.id : (state.form.steps.last?.id ?? .additional)
    return DraftFingerprint(
      values: state.values, step: step, focusedField: onStep ? state.focusedField : nil,
      problem: unresolvedProblem(in: state))
  }

  /// A save effect when drafts are on and something changed since the last
  /// save (or always, with `force`). A blank form is not saved until the
  /// operator enters something.
  static func autosave(in state: inout WizardState, force: Bool = false, explicit: Bool = false)
    -> [WizardEffect]
  {
    let drafts = state.drafts
    guard drafts.isEnabled, state.fixUp == nil, state.resumeList == nil, drafts.lock == nil,
      state.createdUser == nil, state.screen != .submitting
    else { return [] }
    let current = fingerprint(of: state)
    if !force {
      guard current != drafts.lastSaved else { return [] }
      guard drafts.draftID != nil || state.values != state.form.initialValues else { return [] }
    }
    state.drafts.lastSaved = current
    let createdAt = drafts.createdAt ?? state.now
    state.drafts.createdAt = createdAt
    let draft = WizardDraft(
      id: drafts.draftID, kind: drafts.kind, values: current.values, step: current.step,
      focusedField: current.focusedField, createdAt: createdAt, updatedAt: state.now,
      lastError: current.problem)
    return [.drafts(.save(draft, explicit: explicit))]
  }

  /// F2: keeps what is typed in the focused field and saves now.
  static func saveNow(in state: inout WizardState) -> [WizardEffect] {
    guard state.savesDrafts else {
      state.message = StatusMessage(.draftsOff, tone: .warning)
      return []
    }
    guard state.createdUser == nil else {
      state.message = StatusMessage(.createdNoDraft)
      return []
    }
    if let lock = state.drafts.lock {
      state.message = StatusMessage(lock.message, tone: .warning)
      return []
    }
    var effects: [WizardEffect] = []
    if state.screen == .step {
      effects += commitFocusedField(in: &state)
    }
    return effects + autosave(in: &state, force: true, explicit: true)
  }

  /// The store saved the draft.
  static func draftSaved(id: String, explicit: Bool, in state: inout WizardState) {
    state.drafts.draftID = id
    if state.drafts.lastSaved?.values == state.values {
      state.hasUnsavedAnswers = false
    }
    if explicit {
      state.message = StatusMessage(.draftSaved(id: id), tone: .success)
    }
  }

  // MARK: - Submissions

  /// Keeps how a submission ended on the draft (its last error) and wipes the
  /// draft once Kira created the user (unless kept by `--keep-drafts`).
  static func noteSubmission(_ outcome: SubmissionOutcome, in state: inout WizardState) -> [WizardEffect] {
    switch outcome {
    case .created:
      state.drafts.lastProblem = nil
      guard let id = state.drafts.draftID, !state.drafts.keepsDraftAfterCreate else { return [] }
      state.drafts.draftID = nil
      state.drafts.lastSaved = nil
      return [.drafts(.delete(id: id))]
    case .rejected(_, let code, let message, let fieldErrors):
      state.drafts.lastProblem = DraftProblem(
        summary: ServerText.clean(message), codes: problemCodes(["rejected", code], fieldErrors),
        fieldErrors: fieldErrors)
    case .outcomeUnknown(let reason):
      state.drafts.lastProblem = DraftProblem(summary: ServerText.clean(reason), codes: ["unknown"])
    case .alreadyOnboarded(let user):
      state.drafts.lastProblem = DraftProblem(
        summary: "Already onboarded as \(ServerText.clean(user.id)); nothing was sent",
        codes: ["already_onboarded"])
    case .emailInUse(let users, _):
      state.drafts.lastProblem = DraftProblem(
        summary:
          "Kira already has \(users.map { ServerText.clean($0.id) }.joined(separator: ", ")) with this e-mail",
        codes: ["email_in_use"])
    case .failed(let failure):
      let code =
        switch failure.kind {
        case .authentication: "auth"
        case .unavailable: "unavailable"
        case .conflict: "conflict"
        case .other: "failed"
        }
      state.drafts.lastProblem = DraftProblem(summary: ServerText.clean(failure.message), codes: [code])
    }
    return []
  }

  /// `codes` then each field error's code, each once.
  static func problemCodes(_ codes: [String?], _ fieldErrors: [KiraFieldError]) -> [String] {
    var seen: Set<String> = []
    return (codes.compactMap { $0 } + fieldErrors.map(\.code)).filter { seen.insert($0).inserted }
  }

  /// The last problem without the field errors already fixed (a field whose
  /// answer changed loses its "Kira says"); nil once every one is fixed.
  static func unresolvedProblem(in state: WizardState) -> DraftProblem? {
    guard var problem = state.drafts.lastProblem else { return nil }
    guard !problem.fieldErrors.isEmpty else { return problem }
    let remaining = problem.fieldErrors.filter { error in
      if let field = state.form.fieldID(forAPIPath: error.path, in: state.values) {
        return state.kiraIssues[field] != nil
      }
      return !state.unmappedKiraIssues.isEmpty
    }
    guard !remaining.isEmpty else { return nil }
    if remaining != problem.fieldErrors {
      let fieldCodes = Set(problem.fieldErrors.map(\.code))
      problem.codes = problemCodes(problem.codes.filter { !fieldCodes.contains($0) }, remaining)
      problem.fieldErrors = remaining
    }
    return problem
  }

  // MARK: - Resuming

  /// Puts a saved draft back: every answer, the step, the focused field, the
  /// unresolved "Kira says", and an open submission (sent again with its own
  /// key and body before anything else) or the user already created.
  static func restore(_ draft: WizardDraft, in state: inout WizardState) -> [WizardEffect] {
    let settings = state.drafts
    state.drafts = DraftSession(
      enabled: settings.isEnabled, checksExistingEmail: settings.checksExistingEmail,
      keepsDraftAfterCreate: settings.keepsDraftAfterCreate)
    // A restored draft starts clear of the list it was picked from and of
    // the last applicant's e-mail check and opened attempt.
    state.resumeList = nil
    state.emailCheck = nil
    state.openedAttempt = nil
    state.drafts.draftID = draft.id
    state.drafts.kind = draft.kind
    state.drafts.createdAt = draft.createdAt
    state.drafts.lastProblem = draft.lastError
    state.values = draft.values
    state.overlay = nil
    state.popup = nil
    state.issues = [:]
    state.kiraIssues = [:]
    state.unmappedKiraIssues = []
    state.fileInfo = [:]
    state.submission = nil
    state.createdUser = nil
    for field in state.form.fields where !state.values[field.id].isEmpty {
      revalidate(field.id, in: &state)
    }
    for error in draft.lastError?.fieldErrors ?? [] {
      addKiraIssue(error, in: &state)
    }
    var effects: [WizardEffect] = []
    for field in state.form.fields where field.kind == .file && !state.values[field.id].isEmpty {
      if state.issues[field.id]?.contains(where: { $0.severity == .error }) != true {
        effects.append(.inspectFile(field: field.id, path: state.values[field.id]))
      }
    }
    let stepIndex = state.form.steps.firstIndex { $0.id == draft.step } ?? 0
    if let focused = draft.focusedField {
      state.screen = .step
      state.stepIndex = stepIndex
      let visible = state.visibleFields
      state.focus(visible.contains { $0.id == focused } ? focused : visible.first?.id)
    } else {
      state.stepIndex = state.form.steps.count - 1
      state.focusFirstField()
      openReview(in: &state)
    }
    let name = NameMask.mask(state.values)
    state.message = StatusMessage(.resumed(maskedName: name), tone: .success)
    if let userID = draft.createdUserID {
      state.createdUser = CreatedUser(id: userID)
      state.screen = .result
      state.message = StatusMessage(.alreadyCreated(userID: ServerText.clean(userID)), tone: .warning)
    } else if let open = draft.openSubmission {
      var attempt = SubmissionAttempt(
        idempotencyKey: open.idempotencyKey, payload: open.payload, startedAt: state.now)
      attempt.submissions = max(1, open.submissions)
      attempt.outcome = .outcomeUnknown(reason: open.reason)
      state.submission = attempt
      state.screen = .result
      state.message = StatusMessage(.lastOutcomeUnknownPressR, tone: .warning)
    }
    state.hasUnsavedAnswers = false
    state.drafts.lastSaved = fingerprint(of: state)
    if let lock = settings.lock {
      state.drafts.lock = lock
      state.message = StatusMessage(lock.message, tone: .warning)
    }
    return effects
  }

  /// The draft is open in another wizard: the resume list asks what to do
  /// (a list with just that draft when none was shown).
  static func draftLockedElsewhere(id: String, holder: String, in state: inout WizardState) {
    var list = state.resumeList ?? ResumeList(entries: [])
    if let index = list.entries.firstIndex(where: { $0.id == id }) { list.highlighted = index }
    list.confirmingDelete = false
    list.lockPrompt = DraftLockPrompt(id: id, holder: holder)
    state.resumeList = list
    state.message = StatusMessage(.draftOpenElsewhere(holder: holder), tone: .warning)
  }

  /// Shows one of Kira's field errors on its field ("Kira says"), or among
  /// the unmapped ones on Review.
  static func addKiraIssue(_ error: KiraFieldError, in state: inout WizardState) {
    let text = ServerText.clean(error.message.isEmpty ? error.code : error.message)
    if let field = state.form.fieldID(forAPIPath: error.path, in: state.values),
      state.form.field(field) != nil
    {
      if state.kiraIssues[field]?.contains(text) != true {
        state.kiraIssues[field, default: []].append(text)
      }
    } else {
      let line = "\(ServerText.clean(error.path)): \(text)"
      if !state.unmappedKiraIssues.contains(line) { state.unmappedKiraIssues.append(line) }
    }
  }
}
