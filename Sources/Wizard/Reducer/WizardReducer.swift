import Foundation
import KYCForm
import TerminalUI

/// Applies `action` to `state` and returns the work the runtime must do.
/// Pure: no terminal, no network, no clock; results come back as actions.
public func reduce(_ state: inout WizardState, _ action: WizardAction) -> [WizardEffect] {
  let before = WizardReducer.DraftWatch(state)
  let effects = WizardReducer.reduce(&state, action)
  return effects + WizardReducer.afterReduce(&state, action: action, before: before)
}

/// The reducer, split by concern into `WizardReducer+*.swift`.
enum WizardReducer {
  static func reduce(_ state: inout WizardState, _ action: WizardAction) -> [WizardEffect] {
    switch action {
    case .key(let key):
      return handle(key, in: &state)
    case .tick(let date):
      state.now = date
      return followUpTick(in: &state)
    case .clipboardAnswered(let copied):
      state.message =
        copied
        ? StatusMessage(.linkCopied, tone: .success)
        : StatusMessage(.cannotCopy, tone: .warning)
      return []
    case .sampleDocumentFailed(let reason):
      state.message = StatusMessage(.demoImageFailed(reason: reason), tone: .error)
      return []
    case .userStatusChecked(let userID, let result):
      return statusChecked(userID: userID, result: result, in: &state)
    case .connection(let status):
      state.connection = status
      return []
    case .subdivisionsLoaded(let catalog):
      state.form.subdivisions = catalog
      for field in [FieldID.addressState, .addressZipCode] where state.issues[field] != nil {
        revalidate(field, in: &state)
      }
      return []
    case .idempotencyKeyIssued(let key):
      state.spareIdempotencyKey = key
      return []
    case .submissionProgress(let key, let progress):
      guard state.submission?.idempotencyKey == key, state.submission?.outcome == nil else { return [] }
      state.submission?.retryNotice = progress
      state.submission?.retryNoticeAt = state.now
      return []
    case .submissionFinished(let key, let outcome):
      return finishSubmission(key: key, outcome: outcome, in: &state)
    case .fileInspected(let field, let path, let result):
      guard state.values[field] == path else { return [] }
      switch result {
      case .success(let info):
        state.fileInfo[field] = info
      case .failure(var issue):
        state.fileInfo[field] = nil
        issue.field = field
        if issue.path.isEmpty { issue.path = state.form.field(field)?.apiPath ?? field.rawValue }
        state.issues[field] = [issue]
      }
      if state.screen == .review { refreshReviewIssues(in: &state) }
      return []
    case .pathCompleted(let field, let original, let completed, let candidates):
      return completePath(
        field: field, original: original, completed: completed, candidates: candidates, in: &state)
    case .drafts(let action):
      return reduceDrafts(action, in: &state)
    }
  }

  // MARK: - Keys

  static func handle(_ key: Key, in state: inout WizardState) -> [WizardEffect] {
    if case .resize(let columns, let rows) = key {
      state.columns = columns
      state.rows = rows
      state.reviewScroll = 0
      return []
    }
    if state.isTooSmall {
      // Only quitting works on the "terminal too small" screen.
      if key == .control("q") || key == .control("c") {
        return perform(state.overlay == .quitConfirm ? .confirmQuit : .quit, in: &state)
      }
      return []
    }
    state.message = nil
    let command = state.keymap.command(
      for: key, in: state.keyContexts, fieldIsEmpty: state.editor.isEmpty || state.editor.isSelected,
      features: state.keyFeatures,
      reviewSteps: state.reviewStepCount)
    if let command {
      return perform(command, in: &state)
    }
    if state.screen == .step, state.overlay == nil, !state.draftScreenCovers {
      return edit(key, in: &state)
    }
    return []
  }

  static func perform(_ command: KeyCommand, in state: inout WizardState) -> [WizardEffect] {
    switch command {
    case .nextField: return moveFocus(by: 1, in: &state)
    case .previousField: return moveFocus(by: -1, in: &state)
    case .nextFieldOrStep:
      if let index = state.focusIndex, index == state.visibleFields.count - 1 {
        return nextStep(in: &state)
      }
      return moveFocus(by: 1, in: &state)
    case .nextStep: return nextStep(in: &state)
    case .previousStep: return previousStep(in: &state)
    case .backToReview: return backToReview(in: &state)
    case .back: return back(in: &state)
    case .help:
      state.popup = nil
      state.overlay = .help(offset: 0)
      return []
    case .quit: return quit(in: &state)
    case .confirmQuit:
      state.overlay = nil
      state.isFinished = true
      return [.quit]
    case .cancelQuit:
      state.overlay = nil
      return []
    case .submit: return state.fixUp == nil ? submit(in: &state) : submitFix(in: &state)
    case .retrySubmission: return retry(in: &state)
    case .newApplicant: return startNewApplicant(in: &state)
    case .refreshStatus: return refreshStatus(in: &state)
    case .copyLink:
      guard let link = state.handOff?.link else { return [] }
      return [.copyToClipboard(link)]
    case .completePath:
      guard let field = state.focusedField else { return [] }
      return [.completePath(field: field, text: state.editor.text)]
    case .openChoices:
      openPopup(in: &state)
      return []
    case .choiceUp: return moveHighlight(by: -1, in: &state)
    case .choiceDown: return moveHighlight(by: 1, in: &state)
    case .choicePick: return pickHighlighted(in: &state)
    case .answerYes: return setYesNo("yes", in: &state)
    case .answerNo: return setYesNo("no", in: &state)
    case .toggleYesNo:
      return setYesNo(state.editor.text == "yes" ? "no" : "yes", in: &state)
    case .editStep(let number): return editStep(number, in: &state)
    case .scrollUp: return scroll(by: -1, in: &state)
    case .scrollDown: return scroll(by: 1, in: &state)
    case .fillDemoStep: return fillDemoStep(in: &state)
    case .openScenarios:
      state.popup = nil
      state.overlay = .scenarios(highlighted: 0)
      return []
    case .pickScenario: return pickScenario(in: &state)
    case .edit: return []
    case .drafts(let command): return performDrafts(command, in: &state)
    }
  }

  /// Esc: close a popup or overlay, else back one step (Review -> last step,
  /// a failed result -> Review).
  static func back(in state: inout WizardState) -> [WizardEffect] {
    if state.popup != nil {
      state.popup = nil
      return []
    }
    if state.overlay != nil {
      state.overlay = nil
      return []
    }
    switch state.screen {
    case .step, .review:
      return previousStep(in: &state)
    case .result:
      guard state.createdUser == nil else { return [] }
      openReview(in: &state)
      return []
    case .submitting:
      return []
    }
  }

  /// Ctrl-Q / Ctrl-C: quit at once when nothing would be lost, else ask.
  static func quit(in state: inout WizardState) -> [WizardEffect] {
    let inFlight = state.screen == .submitting
    // Text typed into the focused field counts too, though not yet committed.
    let typing = state.focusedField.map { state.editor.text != state.values[$0] } ?? false
    if state.hasUnsavedAnswers || inFlight || typing {
      state.popup = nil
      state.overlay = .quitConfirm
      return []
    }
    state.isFinished = true
    return [.quit]
  }

  static func scroll(by delta: Int, in state: inout WizardState) -> [WizardEffect] {
    let height = WizardLayout.bodyHeight(height: state.rows)
    if case .help(let offset) = state.overlay {
      let limit = max(0, HelpContent.lines(state).count - height)
      state.overlay = .help(offset: min(max(0, offset + delta), limit))
    } else if state.screen == .review {
      let limit = max(0, ReviewContent.lines(state).count - height)
      state.reviewScroll = min(max(0, state.reviewScroll + delta), limit)
    }
    return []
  }
}
