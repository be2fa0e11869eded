import Foundation
import KYCForm
import TerminalUI

/// Answers opened from elsewhere: a body file (`--load FILE`) or a journal attempt (`--attempt ID`).
extension WizardReducer {
  // MARK: - --load FILE

  /// A loaded JSON body: Review with every local error shown, saved as a draft.
  static func openBody(_ values: FormValues, in state: inout WizardState) -> [WizardEffect] {
    state.resumeList = nil
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
      state.resumeList = nil
      state.drafts.draftID = nil
      state.values = attempt.values
      state.kiraIssues = [:]
      state.unmappedKiraIssues = []
      effects += inspectFiles(in: state)
    }
    state.openedAttempt = attempt.attemptID
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
    let lines = ReviewContent.lines(state)
    guard let index = lines.firstIndex(where: { $0.value != nil && $0.text == label }) else { return 0 }
    return max(0, index - 2)
  }
}
