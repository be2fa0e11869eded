import Foundation
import KYCForm
import TerminalUI

/// Support work inside the wizard: results of draft effects, the duplicate
/// e-mail check, `--load`, `--attempt`, and the fix-up of a remote user.
extension WizardReducer {
  /// Results of the draft, look-up and fix-up effects.
  static func reduceDrafts(_ action: DraftAction, in state: inout WizardState) -> [WizardEffect] {
    switch action {
    case .saved(let id, let explicit):
      state.drafts.saveFailure = nil
      draftSaved(id: id, explicit: explicit, in: &state)
      return []
    case .storeOpened(let entries):
      let untouched =
        state.screen == .step && state.values == state.form.initialValues && state.drafts.draftID == nil
      if !entries.isEmpty, untouched, state.drafts.isEnabled {
        state.drafts.resumeList = ResumeList(entries: entries)
      }
      return []
    case .storeFailed:
      state.isFinished = true
      return []
    case .saveFailed(let reason):
      state.drafts.saveFailure = ServerText.clean(reason)
      state.message = StatusMessage(.draftSaveFailed(reason: ServerText.clean(reason)), tone: .error)
      return []
    case .loaded(let draft, let id):
      guard let draft else {
        draftDeleted(id: id, in: &state)
        state.message = StatusMessage(.draftGone, tone: .warning)
        return []
      }
      return restore(draft, in: &state)
    case .lockedElsewhere(let id, let holder):
      draftLockedElsewhere(id: id, holder: ServerText.clean(holder), in: &state)
      return []
    case .takenOver(let holder):
      let lock = DraftLock.takenOver(holder: ServerText.clean(holder))
      state.drafts.lock = lock
      state.message = StatusMessage(lock.message, tone: .error)
      return []
    case .loadFailed(_, let reason):
      state.message = StatusMessage(.draftOpenFailed(reason: ServerText.clean(reason)), tone: .error)
      return []
    case .openBody(let values):
      return openBody(values, in: &state)
    case .openAttempt(let attempt):
      return openAttempt(attempt, in: &state)
    case .deleted(let id):
      draftDeleted(id: id, in: &state)
      return []
    case .deleteFailed(_, let reason):
      state.message = StatusMessage(.draftWipeFailed(reason: ServerText.clean(reason)), tone: .error)
      return []
    case .emailChecked(let email, let users):
      guard state.drafts.emailCheck?.email == email else { return [] }
      state.drafts.emailCheck = users.map { .found(email: email, users: $0) } ?? .unavailable(email: email)
      if let users, !users.isEmpty, state.screen == .review {
        state.message = StatusMessage(.existingEmailFound(count: users.count), tone: .warning)
      }
      return []
    case .remoteUserUpdated(let result):
      return fixSaved(result, in: &state)
    case .verificationReissued(let result):
      return verificationReissued(result, in: &state)
    }
  }

  // MARK: - Duplicate e-mail check

  /// When Review shows an e-mail not checked yet, asks Kira for users with it
  /// (in the background: Review never waits for it).
  static func checkEmail(in state: inout WizardState) -> [WizardEffect] {
    guard state.drafts.checksExistingEmail, state.drafts.fix == nil, state.screen == .review,
      state.overlay == nil
    else { return [] }
    let email = state.values[.email].trimmedWhitespace
    guard !email.isEmpty, state.issues[.email]?.contains(where: { $0.severity == .error }) != true,
      state.drafts.emailCheck?.email != email
    else { return [] }
    state.drafts.emailCheck = .checking(email: email)
    return [.drafts(.lookUpEmail(email))]
  }

  // MARK: - Review

  /// Enter on Review: the first field Kira rejected, else the first local error.
  static func editFirstProblem(in state: inout WizardState) -> [WizardEffect] {
    guard state.screen == .review else { return [] }
    let fields = state.form.steps.flatMap { state.form.visibleFields(in: $0.id, values: state.values) }
    let target =
      fields.first { state.kiraIssues[$0.id] != nil }
      ?? fields.first { state.issues[$0.id]?.contains { $0.severity == .error } == true }
    guard let target else { return [] }
    state.jump(to: target.id)
    return []
  }

  // MARK: - --load FILE

  /// A loaded JSON body: Review with every local error shown, saved as a draft.
  static func openBody(_ values: FormValues, in state: inout WizardState) -> [WizardEffect] {
    state.drafts.resumeList = nil
    state.drafts.kind = .load
    state.drafts.draftID = nil
    state.drafts.lastSaved = nil
    state.values = values
    state.kiraIssues = [:]
    state.unmappedKiraIssues = []
    state.fileInfo = [:]
    state.stepIndex = state.form.steps.count - 1
    state.focusFirstField()
    openReview(in: &state)
    state.hasUnsavedAnswers = true
    let errors = state.reviewErrors.count
    state.message = StatusMessage(
      .fileLoaded(errors: errors),
      tone: errors == 0 ? .success : .warning)
    return inspectFiles(in: state)
  }

  /// Inspects the document images of the answers (type and size on screen).
  static func inspectFiles(in state: WizardState) -> [WizardEffect] {
    state.form.fields.compactMap { field in
      guard field.kind == .file, !state.values[field.id].isEmpty,
        state.issues[field.id]?.contains(where: { $0.severity == .error }) != true
      else { return nil }
      return .inspectFile(field: field.id, path: state.values[field.id])
    }
  }

  // MARK: - --attempt ID

  /// A failed attempt: its answers, Review with Kira's field errors on their
  /// fields, the first one ready to edit (Enter).
  static func openAttempt(_ attempt: AttemptToOpen, in state: inout WizardState) -> [WizardEffect] {
    var effects: [WizardEffect] = []
    if let draft = attempt.draft {
      effects += restore(draft, in: &state)
    } else {
      state.drafts.resumeList = nil
      state.drafts.draftID = nil
      state.values = attempt.values
      state.kiraIssues = [:]
      state.unmappedKiraIssues = []
      effects += inspectFiles(in: state)
    }
    state.drafts.openedAttempt = attempt.attemptID
    let messages = Dictionary(
      (attempt.draft?.lastError?.fieldErrors ?? []).map { ($0.path, $0.message) },
      uniquingKeysWith: { first, _ in first })
    for error in attempt.fieldErrors {
      var shown = error
      shown.message = messages[error.path] ?? "rejected (\(error.code))"
      addKiraIssue(shown, in: &state)
    }
    if !attempt.fieldErrors.isEmpty {
      state.drafts.lastProblem = DraftProblem(
        summary: "Kira rejected attempt #\(attempt.attemptID)",
        codes: problemCodes(["rejected", attempt.errorCode], attempt.fieldErrors),
        fieldErrors: attempt.fieldErrors.map { error in
          var kept = error
          kept.message = messages[error.path] ?? error.code
          return kept
        })
    }
    guard state.createdUser == nil, state.submission == nil else { return effects }
    openReview(in: &state)
    let rejected = state.kiraIssues.count
    if rejected > 0 {
      let fields = state.form.steps.flatMap { state.form.visibleFields(in: $0.id, values: state.values) }
      if let first = fields.first(where: { state.kiraIssues[$0.id] != nil }),
        let index = state.form.steps.firstIndex(where: { $0.id == first.step })
      {
        // The first rejected field is the one Enter opens.
        state.stepIndex = index
        state.focusedField = first.id
        state.editor = LineEditor(text: state.values[first.id])
        state.reviewScroll = reviewLine(of: first.id, in: state)
      }
      state.message = StatusMessage(
        .attemptOpened(
          attempt: Int(attempt.attemptID), httpStatus: attempt.httpStatus, rejectedAnswers: rejected),
        tone: .kira)
    } else {
      state.message = StatusMessage(
        .attemptOpened(attempt: Int(attempt.attemptID), httpStatus: attempt.httpStatus, rejectedAnswers: 0),
        tone: .warning)
    }
    return effects
  }

  /// The Review line a field's answer is on, scrolled so it shows near the top.
  static func reviewLine(of field: FieldID, in state: WizardState) -> Int {
    guard let label = state.form.field(field)?.label(in: state.values) else { return 0 }
    let lines = ReviewScreen.buildLines(state)
    guard let index = lines.firstIndex(where: { $0.value != nil && $0.text == label }) else { return 0 }
    return max(0, index - 2)
  }

  // MARK: - Fix-up of a remote user

  /// Enter on the summary: the fields to fix, on their steps. With nothing
  /// to fix it only says so (the form behind holds every step, never opened);
  /// while an update or re-issue is in flight it does nothing.
  static func editFixFields(in state: inout WizardState) -> [WizardEffect] {
    guard let fix = state.drafts.fix, fix.showsSummary, fix.activity == nil else { return [] }
    guard fix.opensFields else {
      state.message = StatusMessage(.nothingToFix)
      return []
    }
    state.drafts.fix?.showsSummary = false
    state.screen = .step
    state.stepIndex = 0
    state.focusFirstField()
    return []
  }

  /// R on the summary of a REJECTED user: a new embedded verification link.
  static func reissueVerification(in state: inout WizardState) -> [WizardEffect] {
    guard let fix = state.drafts.fix, fix.showsSummary, fix.activity == nil else { return [] }
    guard fix.target.isRejected else {
      state.message = StatusMessage(
        .reissueOnlyRejected(status: ServerText.clean(fix.target.status ?? "unknown")), tone: .warning)
      return []
    }
    state.drafts.fix?.activity = .reissuing
    return [.drafts(.reissueVerification(userID: fix.target.userID))]
  }

  /// F10 on the fix-up's Review: `PUT` only what changed, then reload.
  static func submitFix(in state: inout WizardState) -> [WizardEffect] {
    guard let fix = state.drafts.fix, state.screen == .review, fix.activity == nil else { return [] }
    refreshReviewIssues(in: &state)
    trimToFixFields(&state)
    let errors = state.reviewErrors
    guard errors.isEmpty else {
      state.message = StatusMessage(.errorsBeforeSaving(errors.count), tone: .error)
      return []
    }
    guard state.values != fix.originalValues else {
      state.message = StatusMessage(.nothingChangedNothingToSend)
      return []
    }
    state.drafts.fix?.activity = .saving
    state.drafts.fix?.showsSummary = true
    return [
      .drafts(
        .updateRemoteUser(userID: fix.target.userID, original: fix.originalValues, edited: state.values))
    ]
  }

  /// The `PUT` ended: the reloaded user, or Kira's errors on their fields.
  static func fixSaved(_ result: FixUpdateResult, in state: inout WizardState) -> [WizardEffect] {
    guard var fix = state.drafts.fix else { return [] }
    fix.activity = nil
    switch result {
    case .updated(let sent, let updated, let reverify, let triggered, let target, let warnings):
      var next = FixSession(target: target)
      next.lastWarnings = warnings.prefix(20).map { ServerText.clean($0, limit: 200) }
      next.lastUpdatedFields = updated.isEmpty ? sent : updated
      var flags: [String] = []
      if let reverify { flags.append("re-verification \(reverify ? "required" : "not required")") }
      if let triggered { flags.append("verification \(triggered ? "started" : "not started")") }
      next.lastReverification = flags.isEmpty ? nil : flags.joined(separator: ", ")
      next.reissuedLink = fix.reissuedLink
      next.reissuedStatus = fix.reissuedStatus
      state.drafts.fix = next
      startFollowUp(
        userID: target.userID,
        snapshot: UserStatusSnapshot(
          status: target.status, verificationStatus: target.verificationStatus,
          verificationTriggered: triggered,
          missingFields: Dictionary(
            target.missing.map { ($0.product, $0.tokens) }, uniquingKeysWith: { first, _ in first })),
        in: &state)
      let dateOrder = state.form.dateOrder
      state.form = OnboardingForm.individual.restricted(to: target.fieldsToAsk)
      state.form.dateOrder = dateOrder
      state.values = target.values
      state.issues = [:]
      state.kiraIssues = [:]
      state.unmappedKiraIssues = []
      state.reviewIssues = []
      state.fileInfo = [:]
      state.screen = .step
      state.stepIndex = 0
      state.focusFirstField()
      state.hasUnsavedAnswers = false
      state.message = StatusMessage(
        .kiraUpdated(
          fields: (next.lastUpdatedFields ?? []).map { ServerText.clean($0) },
          warnings: next.lastWarnings.count),
        tone: next.lastWarnings.isEmpty ? .success : .warning)
    case .nothingChanged:
      state.drafts.fix = fix
      state.message = StatusMessage(.nothingChangedNoPut)
    case .rejected(let message, let fieldErrors):
      fix.showsSummary = false
      state.drafts.fix = fix
      state.kiraIssues = [:]
      state.unmappedKiraIssues = []
      for error in fieldErrors { addKiraIssue(error, in: &state) }
      if fieldErrors.isEmpty { state.unmappedKiraIssues.append(ServerText.clean(message)) }
      if let first = state.form.fields.first(where: { state.kiraIssues[$0.id] != nil }) {
        state.jump(to: first.id)
      } else {
        openReview(in: &state)
      }
      state.message = StatusMessage(.updateRefused, tone: .kira)
    case .failed(let reason):
      state.drafts.fix = fix
      state.message = StatusMessage(.updateFailed(reason: ServerText.clean(reason)), tone: .error)
    }
    return []
  }

  /// Re-issuing ended: the new link shows on the summary.
  static func verificationReissued(_ result: ReissueResult, in state: inout WizardState) -> [WizardEffect] {
    guard state.drafts.fix != nil else { return [] }
    state.drafts.fix?.activity = nil
    switch result {
    case .issued(let link, let status):
      state.drafts.fix?.reissuedLink = link
      state.drafts.fix?.reissuedStatus = status
      if let target = state.drafts.fix?.target {
        startFollowUp(
          userID: target.userID,
          snapshot: UserStatusSnapshot(
            // Re-issuing leaves the user REJECTED until the customer uses the
            // link: no starting status, and REJECTED is waited out, not final.
            status: nil, verificationStatus: nil, verificationTriggered: nil, missingFields: nil),
          in: &state)
        state.followUp?.waitsOut = ["REJECTED"]
      }
      state.message = StatusMessage(.reissued, tone: .success)
    case .failed(let reason):
      state.message = StatusMessage(.reissueFailed(reason: ServerText.clean(reason)), tone: .error)
    }
    return []
  }

  /// In a fix-up only the asked fields count: findings about other fields
  /// (answers Kira holds, not being edited) are left out.
  static func trimToFixFields(_ state: inout WizardState) {
    let form = state.form
    if state.reviewIssues.contains(where: { form.field($0.field) == nil }) {
      state.reviewIssues.removeAll { form.field($0.field) == nil }
    }
    if state.issues.keys.contains(where: { form.field($0) == nil }) {
      state.issues = state.issues.filter { form.field($0.key) != nil }
    }
  }
}

extension OnboardingForm {
  /// The same form with only `fields` (in their steps, steps without one
  /// dropped); the whole form when none of them is in it.
  public func restricted(to fields: [FieldID]) -> OnboardingForm {
    let wanted = Set(fields)
    let steps = self.steps.compactMap { step -> StepDefinition? in
      let kept = step.fields.filter { wanted.contains($0.id) }
      return kept.isEmpty ? nil : StepDefinition(id: step.id, fields: kept)
    }
    guard !steps.isEmpty else { return self }
    var form = OnboardingForm(steps: steps)
    form.subdivisions = subdivisions
    return form
  }
}
