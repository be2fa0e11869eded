import Foundation
import KYCForm
import TerminalUI

/// The fix-up of a remote user: the fields Kira misses or rejected, the PUT, the re-issued verification.
extension WizardReducer {

  /// Enter on the summary: the fields to fix, on their steps. With nothing
  /// to fix it only says so (the form behind holds every step, never opened);
  /// while an update or re-issue is in flight it does nothing.
  static func editFixFields(in state: inout WizardState) -> [WizardEffect] {
    guard let fix = state.fixUp, fix.showsSummary, fix.activity == nil else { return [] }
    guard fix.opensFields else {
      state.message = StatusMessage(.nothingToFix)
      return []
    }
    state.fixUp?.showsSummary = false
    state.screen = .step
    state.stepIndex = 0
    state.focusFirstField()
    return []
  }

  /// R on the summary of a REJECTED user: a new embedded verification link.
  static func reissueVerification(in state: inout WizardState) -> [WizardEffect] {
    guard let fix = state.fixUp, fix.showsSummary, fix.activity == nil else { return [] }
    guard fix.target.isRejected else {
      state.message = StatusMessage(
        .reissueOnlyRejected(status: ServerText.clean(fix.target.status ?? "unknown")), tone: .warning)
      return []
    }
    state.fixUp?.activity = .reissuing
    return [.drafts(.reissueVerification(userID: fix.target.userID))]
  }

  /// F10 on the fix-up's Review: `PUT` only what changed, then reload.
  static func submitFix(in state: inout WizardState) -> [WizardEffect] {
    guard let fix = state.fixUp, state.screen == .review, fix.activity == nil else { return [] }
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
    state.fixUp?.activity = .saving
    state.fixUp?.showsSummary = true
    return [
      .drafts(
        .updateRemoteUser(userID: fix.target.userID, original: fix.originalValues, edited: state.values))
    ]
  }

  /// The `PUT` ended: the reloaded user, or Kira's errors on their fields.
  static func fixSaved(_ result: FixUpdateResult, in state: inout WizardState) -> [WizardEffect] {
    guard var fix = state.fixUp else { return [] }
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
      state.fixUp = next
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
      state.fixUp = fix
      state.message = StatusMessage(.nothingChangedNoPut)
    case .rejected(let message, let fieldErrors):
      fix.showsSummary = false
      state.fixUp = fix
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
      state.fixUp = fix
      state.message = StatusMessage(.updateFailed(reason: ServerText.clean(reason)), tone: .error)
    }
    return []
  }

  /// Re-issuing ended: the new link shows on the summary.
  static func verificationReissued(_ result: ReissueResult, in state: inout WizardState) -> [WizardEffect] {
    guard state.fixUp != nil else { return [] }
    state.fixUp?.activity = nil
    switch result {
    case .issued(let link, let status):
      state.fixUp?.reissuedLink = link
      state.fixUp?.reissuedStatus = status
      if let target = state.fixUp?.target {
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
