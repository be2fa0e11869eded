import Foundation
import KYCForm
import KiraModels

/// Submitting once, retrying safely, and reading Kira's answer.
extension WizardReducer {
  /// F10 / Ctrl-S on Review. Never a second customer: an attempt whose
  /// outcome is unknown (or that failed without a definite answer) is sent
  /// again with the SAME key and body; only after a definite rejection does a
  /// new body get a new key; a created user is never submitted again.
  static func submit(in state: inout WizardState) -> [WizardEffect] {
    guard state.screen == .review else { return [] }
    if state.createdUser != nil {
      state.screen = .result
      return []
    }
    refreshReviewIssues(in: &state)
    let errors = state.reviewErrors
    if !errors.isEmpty {
      state.message = StatusMessage(.errorsBeforeSubmitting(errors.count), tone: .error)
      return []
    }
    let kiraFields = state.kiraIssues.keys.filter { id in
      state.form.field(id)?.isVisible(in: state.values) == true
    }
    if !kiraFields.isEmpty {
      state.message = StatusMessage(.kiraRejectedChangeFirst(kiraFields.count), tone: .kira)
      return []
    }
    var startsNewCreate = state.submission == nil
    if case .rejected? = state.submission?.outcome { startsNewCreate = true }
    if startsNewCreate, let readiness = state.readiness, !readiness.willVerify {
      // Asked once per set of missing items: a second F10 creates the user anyway.
      let missing = readiness.missing.map(\.token)
      if state.readinessWarnedFor != missing {
        state.readinessWarnedFor = missing
        // The checklist above names each item; the message says what a second F10 does.
        state.message = StatusMessage(
          .notVerifiableYet(
            missing: readiness.missing.map { BilingualText(english: $0.label, spanish: $0.label) }),
          tone: .warning)
        return []
      }
    }
    // Never a second customer: when Kira has users with this e-mail, F10
    // names them once; a second F10 with the same users creates anyway.
    var allowedExisting: [String] = []
    if startsNewCreate, case .found(let checked, let users)? = state.emailCheck,
      checked == state.values[.email].trimmedWhitespace, !users.isEmpty
    {
      let ids = users.map(\.id)
      guard state.existingEmailWarnedFor == ids else {
        state.existingEmailWarnedFor = ids
        state.message = StatusMessage(existingEmailWarning(users, staleAttempt: false), tone: .warning)
        return []
      }
      allowedExisting = ids
    }
    if let previous = state.submission {
      switch previous.outcome {
      case .none:
        state.screen = .submitting
        return []
      case .created:
        state.screen = .result
        return []
      case .outcomeUnknown, .failed:
        return resend(in: &state)
      case .alreadyOnboarded:
        state.screen = .result
        return []
      case .rejected, .emailInUse:
        break
      }
    }
    let payload: JSONValue
    do {
      payload = try state.form.payload(from: state.values, policy: state.policy)
    } catch {
      state.message = StatusMessage(
        .cannotBuildRequest(reason: ServerText.clean(String(describing: error))), tone: .error)
      return []
    }
    guard let key = state.spareIdempotencyKey else {
      state.message = StatusMessage(.preparingKey, tone: .warning)
      return [.issueIdempotencyKey]
    }
    state.spareIdempotencyKey = nil
    state.submission = SubmissionAttempt(idempotencyKey: key, payload: payload, startedAt: state.now)
    state.screen = .submitting
    state.overlay = nil
    state.unmappedKiraIssues = []
    if !allowedExisting.isEmpty {
      return [
        .submitAllowingExisting(payload: payload, idempotencyKey: key, existingUserIDs: allowedExisting),
        .issueIdempotencyKey,
      ]
    }
    return [.submit(payload: payload, idempotencyKey: key), .issueIdempotencyKey]
  }

  /// The F10 warning naming Kira's users with this e-mail.
  static func existingEmailWarning(_ users: [ExistingUser], staleAttempt: Bool) -> WizardNotice {
    let named = users.prefix(3).map { user in
      ServerText.clean(user.id, limit: 40)
        + (user.status.map { " (\(ServerText.clean($0, limit: 12)))" } ?? "")
    }
    return .existingEmailSecondCustomer(users: named, count: users.count, staleAttempt: staleAttempt)
  }

  /// R on an unknown or failed result: the same body with the same key, so
  /// Kira replays its first answer if the first try got through.
  static func retry(in state: inout WizardState) -> [WizardEffect] {
    guard state.screen == .result, state.createdUser == nil, let attempt = state.submission else { return [] }
    switch attempt.outcome {
    case .outcomeUnknown, .failed: return resend(in: &state)
    default: return []
    }
  }

  /// Sends the previous attempt again, unchanged.
  static func resend(in state: inout WizardState) -> [WizardEffect] {
    guard var attempt = state.submission else { return [] }
    let current = try? state.form.payload(from: state.values, policy: state.policy)
    attempt.outcome = nil
    attempt.retryNotice = nil
    attempt.retryNoticeAt = nil
    attempt.startedAt = state.now
    attempt.submissions += 1
    state.submission = attempt
    state.screen = .submitting
    state.overlay = nil
    if let current, current != attempt.payload {
      state.message = StatusMessage(.resendingUnknown, tone: .warning)
    }
    return [.submit(payload: attempt.payload, idempotencyKey: attempt.idempotencyKey)]
  }

  /// Kira answered (or the client gave up).
  static func finishSubmission(key: String, outcome: SubmissionOutcome, in state: inout WizardState)
    -> [WizardEffect]
  {
    guard state.submission?.idempotencyKey == key, state.submission?.outcome == nil else { return [] }
    state.submission?.outcome = outcome
    state.submission?.retryNotice = nil
    switch outcome {
    case .created(let user):
      state.createdUser = user
      state.handOff = user.verificationLink.map(LinkHandOff.init(link:))
      startFollowUp(
        userID: user.id,
        snapshot: UserStatusSnapshot(
          status: user.status, verificationStatus: user.verificationStatus,
          verificationTriggered: user.verificationTriggered, missingFields: user.missingFields),
        in: &state)
      state.hasUnsavedAnswers = false
      state.kiraIssues = [:]
      state.unmappedKiraIssues = []
      state.screen = .result
    case .rejected(_, _, let message, let fieldErrors):
      mapKiraErrors(message: message, fieldErrors: fieldErrors, in: &state)
    case .outcomeUnknown, .failed, .alreadyOnboarded:
      state.screen = .result
    case .emailInUse(let users, let stale):
      // Nothing was sent under this key: the next create may use it.
      state.submission = nil
      state.spareIdempotencyKey = key
      state.emailCheck = .found(email: state.values[.email].trimmedWhitespace, users: users)
      state.existingEmailWarnedFor = users.map(\.id)
      openReview(in: &state)
      state.message = StatusMessage(existingEmailWarning(users, staleAttempt: stale), tone: .warning)
    }
    return []
  }

  /// A 400: each field error goes back to its field ("Kira says"), and the
  /// wizard jumps to the first one; errors for unknown paths stay on Review.
  static func mapKiraErrors(message: String, fieldErrors: [KiraFieldError], in state: inout WizardState) {
    state.kiraIssues = [:]
    state.unmappedKiraIssues = []
    for error in fieldErrors {
      let text = ServerText.clean(error.message)
      if let field = state.form.fieldID(forAPIPath: error.path) {
        state.kiraIssues[field, default: []].append(text)
      } else {
        state.unmappedKiraIssues.append("\(ServerText.clean(error.path)): \(text)")
      }
    }
    if fieldErrors.isEmpty {
      state.unmappedKiraIssues.append(ServerText.clean(message))
    }
    for (stepIndex, step) in state.form.steps.enumerated() {
      let visible = state.form.visibleFields(in: step.id, values: state.values)
      if let first = visible.first(where: { state.kiraIssues[$0.id] != nil }) {
        state.screen = .step
        state.stepIndex = stepIndex
        state.overlay = nil
        state.focus(first.id)
        let count = state.kiraIssues.count
        state.message = StatusMessage(.kiraRejectedFixMarked(count), tone: .kira)
        return
      }
    }
    state.screen = .result
  }

  /// N after a created user: a blank form for the next applicant.
  static func startNewApplicant(in state: inout WizardState) -> [WizardEffect] {
    guard state.screen == .result, state.createdUser != nil else { return [] }
    state.values = state.form.initialValues
    state.createdUser = nil
    state.followUp = nil
    state.handOff = nil
    state.submission = nil
    state.issues = [:]
    state.kiraIssues = [:]
    state.unmappedKiraIssues = []
    state.fileInfo = [:]
    state.reviewIssues = []
    state.hasUnsavedAnswers = false
    state.screen = .step
    state.stepIndex = 0
    state.focusFirstField()
    return []
  }
}
