import Foundation
import KYCForm
import TerminalUI

/// Moving between fields and steps, committing what was typed, validating on leave.
extension WizardReducer {
  /// Commits the focused field and focuses the field `delta` away (staying
  /// on the first or last one).
  static func moveFocus(by delta: Int, in state: inout WizardState) -> [WizardEffect] {
    let leaving = state.focusedField
    let effects = commitFocusedField(in: &state)
    let fields = state.visibleFields
    guard !fields.isEmpty else { return effects }
    let index = leaving.flatMap { id in fields.firstIndex { $0.id == id } } ?? 0
    let target = min(max(0, index + delta), fields.count - 1)
    if target == index, delta > 0 {
      state.message = StatusMessage(.lastFieldOfStep)
    }
    state.focus(fields[target].id)
    return effects
  }

  /// PgDn: next step when this one has no errors, else focus the first invalid field.
  static func nextStep(in state: inout WizardState) -> [WizardEffect] {
    let effects = commitFocusedField(in: &state)
    let step = state.currentStep.id
    let found = state.form.validate(step: step, in: state.values, policy: state.policy)
    for field in state.form.step(step)?.fields ?? [] {
      let mine = found.filter { $0.field == field.id }
      state.issues[field.id] = mine.isEmpty ? nil : mine
    }
    let errors = found.filter { $0.severity == .error }
    let kiraBlocked = state.visibleFields.filter { state.kiraIssues[$0.id] != nil }
    if let first = state.visibleFields.first(where: { field in errors.contains { $0.field == field.id } })
      ?? kiraBlocked.first
    {
      state.focus(first.id)
      let count = Set(errors.map(\.field)).count + kiraBlocked.count
      state.message = StatusMessage(.fixMarkedFields(count), tone: .error)
      return effects
    }
    if state.stepIndex + 1 < state.form.steps.count {
      state.stepIndex += 1
      state.focusFirstField()
    } else {
      openReview(in: &state)
    }
    return effects
  }

  /// PgUp: the previous step, always allowed; invalid values and their errors stay.
  static func previousStep(in state: inout WizardState) -> [WizardEffect] {
    if state.screen == .review {
      state.screen = .step
      state.stepIndex = state.form.steps.count - 1
      state.focusFirstField()
      return []
    }
    let effects = commitFocusedField(in: &state)
    if state.stepIndex > 0 {
      state.stepIndex -= 1
      state.focusFirstField()
    } else {
      state.focus(state.focusedField)
      state.message = StatusMessage(.firstStep)
    }
    return effects
  }

  /// Ctrl-R: Review again from any step once it has been shown (after a
  /// jump from Review to a step there is no other way back but PgDn through
  /// every step).
  static func backToReview(in state: inout WizardState) -> [WizardEffect] {
    guard state.hasShownReview else {
      state.message = StatusMessage(.reviewAfterLastStep)
      return []
    }
    let effects = commitFocusedField(in: &state)
    openReview(in: &state)
    return effects
  }

  /// Shows Review with the findings of the whole form.
  static func openReview(in state: inout WizardState) {
    state.popup = nil
    state.hasShownReview = true
    state.screen = .review
    state.reviewScroll = 0
    refreshReviewIssues(in: &state)
  }

  /// Recomputes every finding and shows them under their fields too.
  static func refreshReviewIssues(in state: inout WizardState) {
    let found = state.form.validateAll(state.values, policy: state.policy)
    state.reviewIssues = found
    // A fix-up holds only the fields it asks for: Kira's missing_fields speak for the rest.
    state.readiness = state.fixUp == nil ? state.form.readiness(state.values) : nil
    var byField: [FieldID: [ValidationIssue]] = [:]
    for issue in found { byField[issue.field, default: []].append(issue) }
    state.issues = byField
  }

  /// 1-8 on Review (the digits of the steps it lists): edit that step,
  /// focusing its first problem if any (an error, then Kira's, then what
  /// Kira needs to verify). Any other digit does nothing.
  static func editStep(_ number: Int, in state: inout WizardState) -> [WizardEffect] {
    guard state.screen == .review, (1...state.reviewStepCount).contains(number) else { return [] }
    state.screen = .step
    state.stepIndex = number - 1
    let fields = state.visibleFields
    let problem =
      fields.first { state.issues[$0.id]?.contains { $0.severity == .error } == true }
      ?? fields.first { state.kiraIssues[$0.id] != nil }
      ?? fields.first { state.issues[$0.id]?.contains { $0.code == "missing_for_kyc" } == true }
    state.focus(problem?.id ?? fields.first?.id)
    state.message = StatusMessage(.backToReviewKey)
    return []
  }

  // MARK: - Committing

  /// Stores the editor's text (normalised) into the focused field, validates
  /// it (errors show from now on), and asks to inspect a new document image.
  static func commitFocusedField(in state: inout WizardState) -> [WizardEffect] {
    guard let field = state.focusedDefinition else { return [] }
    state.popup = nil
    let stored = storedValue(for: field, typed: state.editor.text, in: state)
    let changed = state.values[field.id] != stored
    if changed {
      state.values[field.id] = stored
      state.hasUnsavedAnswers = true
      state.kiraIssues[field.id] = nil
      state.fileInfo[field.id] = nil
    }
    state.editor = LineEditor(text: stored)
    var effects: [WizardEffect] = []
    // Answers elsewhere may depend on this one (USA makes the state required):
    // the fields already showing findings are checked again, in one pass.
    let checked = [field.id] + state.issues.keys.filter { $0 != field.id }
    for (id, found) in state.form.validate(fields: checked, in: state.values, policy: state.policy) {
      state.issues[id] = found.isEmpty ? nil : found
    }
    if case .file = field.kind, !stored.isEmpty, state.fileInfo[field.id] == nil,
      state.issues[field.id]?.contains(where: { $0.severity == .error }) != true
    {
      effects.append(.inspectFile(field: field.id, path: stored))
    }
    return effects
  }

  /// Validates one field and shows the findings (or clears them).
  static func revalidate(_ field: FieldID, in state: inout WizardState) {
    let found = state.form.validate(field: field, in: state.values, policy: state.policy)
    state.issues[field] = found.isEmpty ? nil : found
  }

  /// What the form stores for typed text: choice labels and unique partial
  /// matches become the option's value; everything else goes through the
  /// form's normalisation ("19900515" -> "1990-05-15", "mexico" -> "MEX").
  static func storedValue(for field: FieldDefinition, typed: String, in state: WizardState) -> String {
    let trimmed = typed.trimmedWhitespace
    if trimmed.isEmpty { return "" }
    if case .subdivision = field.kind {
      let matches = state.form.subdivisions.search(trimmed, country: state.values[.addressCountry])
      if matches.count == 1 { return matches[0].code }
    }
    if case .choice(let options) = field.kind {
      let folded = TextFolding.fold(trimmed)
      if let exact = options.first(where: {
        $0.isNamed(folded: folded)
      }) {
        return exact.value
      }
      let matches = ChoiceFilter.filter(options, query: trimmed)
      if matches.count == 1 { return matches[0].value }
    }
    return state.form.normalized(typed, for: field.id, in: state.values)
  }

  // MARK: - Editing

  /// A key the keymap does not bind: text editing in the focused field.
  static func edit(_ key: Key, in state: inout WizardState) -> [WizardEffect] {
    guard let field = state.focusedDefinition else { return [] }
    if case .yesNo = field.kind {
      return editYesNo(key, field: field, in: &state)
    }
    switch key {
    case .character(let character):
      if let refusal = state.refusal(of: field, typed: character) {
        state.message = StatusMessage(
          .typingRefused(label: state.labelPhrase(of: field), refusal: refusal), tone: .warning)
        return []
      }
    case .paste(let text):
      let current = state
      if let refusal = text.lazy.filter({ !$0.isWhitespace }).compactMap({
        current.refusal(of: field, typed: $0)
      })
      .first {
        state.message = StatusMessage(.pasteRefused(refusal: refusal), tone: .warning)
        return []
      }
    default:
      break
    }
    let before = state.editor.text
    guard state.editor.handle(key) else { return [] }
    if state.editor.text != before, isListField(field) {
      openPopup(in: &state)
    }
    return []
  }

  /// y, n, Space, Backspace on a yes/no field; other characters are refused.
  static func editYesNo(_ key: Key, field: FieldDefinition, in state: inout WizardState) -> [WizardEffect] {
    switch key {
    case .backspace, .delete, .control("u"), .control("k"), .control("w"):
      state.editor = LineEditor()
    case .paste(let text):
      let stored = state.form.normalized(text, for: field.id)
      if stored == "yes" || stored == "no" {
        state.editor = LineEditor(text: stored)
      } else {
        state.message = StatusMessage(.yesNoOnly(label: state.labelPhrase(of: field)), tone: .warning)
      }
    case .character:
      state.message = StatusMessage(.yesNoOnly(label: state.labelPhrase(of: field)), tone: .warning)
    default:
      break
    }
    return []
  }

  /// Sets a yes/no answer in the editor (stored on leaving, like typed text).
  static func setYesNo(_ answer: String, in state: inout WizardState) -> [WizardEffect] {
    state.editor = LineEditor(text: answer)
    return []
  }

  /// True for fields picked from a list (choices and countries).
  static func isListField(_ field: FieldDefinition) -> Bool {
    switch field.kind {
    case .choice, .country, .subdivision: true
    default: false
    }
  }

  // MARK: - Files

  /// Completion result for the focused file field; when there was nothing to
  /// complete, Tab moves on as it does elsewhere.
  static func completePath(
    field: FieldID, original: String, completed: String, candidates: [String], in state: inout WizardState
  ) -> [WizardEffect] {
    guard state.screen == .step, state.overlay == nil, state.focusedField == field,
      state.editor.text == original
    else { return [] }
    if completed != original {
      state.editor.setText(completed)
    }
    if candidates.count > 1 {
      let names = candidates.prefix(6).map { ServerText.clean($0) }
      state.message = StatusMessage(.pathMatches(count: candidates.count, names: names))
      return []
    }
    if completed == original {
      // Nothing more to complete (a whole name, or no match): Tab moves on,
      // and leaving the field says whether the file is usable.
      return moveFocus(by: 1, in: &state)
    }
    return []
  }
}
