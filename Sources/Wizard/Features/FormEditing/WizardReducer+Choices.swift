import KYCForm
import TerminalUI

/// Popup lists of choice and country fields, yes/no, and the demo helpers.
extension WizardReducer {
  /// Most options a country popup keeps (all of ISO 3166-1; the list scrolls).
  static let countryPopupLimit = 300

  /// Opens (or refreshes) the popup of the focused list field, filtered by
  /// the editor's text (every option while the text is selected, Space on
  /// entering the field); an exact match is highlighted.
  static func openPopup(in state: inout WizardState) {
    guard let field = state.focusedDefinition else { return }
    let query = state.editor.isSelected ? "" : state.editor.text
    let options: [ChoiceOption]
    switch field.kind {
    case .choice(let all):
      options = ChoiceFilter.filter(all, query: query)
    case .country:
      options = Countries.search(query).prefix(countryPopupLimit).map {
        ChoiceOption(
          value: $0.alpha3, label: $0.displayName(in: .english), spanishLabel: $0.displayName(in: .spanish))
      }
    case .subdivision:
      // The address country's states; none (no popup) before the country is given.
      options = state.form.subdivisions.search(query, country: state.values[.addressCountry]).map {
        ChoiceOption(value: $0.code, label: $0.displayName)
      }
      guard !options.isEmpty else {
        state.popup = nil
        return
      }
    default:
      return
    }
    let folded = TextFolding.fold(state.editor.text.trimmedWhitespace)
    let exact = options.firstIndex {
      $0.isNamed(folded: folded)
    }
    state.popup = ChoicePopup(field: field.id, options: options, highlighted: exact ?? 0)
  }

  /// Up/Down in a popup list or the scenario menu.
  static func moveHighlight(by delta: Int, in state: inout WizardState) -> [WizardEffect] {
    if case .scenarios(let highlighted) = state.overlay {
      let count = DemoScenario.all.count
      state.overlay = .scenarios(highlighted: min(max(0, highlighted + delta), count - 1))
      return []
    }
    guard var popup = state.popup, !popup.options.isEmpty else { return [] }
    popup.highlighted = min(max(0, popup.highlighted + delta), popup.options.count - 1)
    state.popup = popup
    return []
  }

  /// Enter/Tab in a popup: take the highlighted option and move on.
  static func pickHighlighted(in state: inout WizardState) -> [WizardEffect] {
    if let option = state.popup?.highlightedOption {
      state.editor = LineEditor(text: option.value)
    }
    state.popup = nil
    return perform(.nextFieldOrStep, in: &state)
  }

  // MARK: - Demo helpers (embedded sandbox only)

  /// F5: fills the current step with the fake applicant, keeping the
  /// trigger of the scenario picked with F6.
  static func fillDemoStep(in state: inout WizardState) -> [WizardEffect] {
    guard state.environment.isEmbeddedSandbox, state.screen == .step else { return [] }
    let documentPath = state.environment.demoFilesDirectory.map { $0 + "/" + SampleDocument.fileName }
    var answers = DemoApplicant.values(for: state.currentStep, documentPath: documentPath)
    if let scenario = state.demoScenario {
      for (field, value) in scenario.changes(over: state.values) where answers[field] != nil {
        answers[field] = value
      }
    }
    let effects = setDemoAnswers(answers, documentPath: documentPath, in: &state)
    for field in answers.keys { state.issues[field] = nil }
    state.focus(
      state.focusedField.flatMap { id in state.visibleFields.contains { $0.id == id } ? id : nil }
        ?? state.visibleFields.first?.id)
    state.message = StatusMessage(
      .demoFilled(
        step: BilingualText(english: state.currentStep.title, spanish: state.currentStep.id.spanishTitle)),
      tone: .success)
    return effects
  }

  /// Enter in the scenario menu: set the answers that trigger it, keeping
  /// the rest. On Review, the steps' empty answers are filled with the fake
  /// applicant too, so F10 can show the scenario at once.
  static func pickScenario(in state: inout WizardState) -> [WizardEffect] {
    guard case .scenarios(let highlighted) = state.overlay,
      DemoScenario.all.indices.contains(highlighted)
    else { return [] }
    let scenario = DemoScenario.all[highlighted]
    state.overlay = nil
    state.demoScenario = scenario
    var answers = scenario.changes(over: state.values)
    var documentPath: String?
    if state.screen == .review {
      documentPath = state.environment.demoFilesDirectory.map { $0 + "/" + SampleDocument.fileName }
      for step in state.form.steps {
        for (field, value) in DemoApplicant.values(for: step, documentPath: documentPath)
        where answers[field] == nil && state.values[field].isEmpty {
          answers[field] = value
        }
      }
    }
    let effects = setDemoAnswers(answers, documentPath: documentPath, in: &state)
    if state.screen == .step { state.focus(state.focusedField) }
    if state.screen == .review { refreshReviewIssues(in: &state) }
    state.message = StatusMessage(
      .scenarioPicked(
        title: BilingualText(english: scenario.title, spanish: scenario.spanishTitle),
        summary: BilingualText(english: scenario.summary, spanish: scenario.spanishSummary),
        onReview: state.screen == .review),
      tone: .success)
    return effects
  }

  /// Sets the demo's `answers`, clearing what Kira said of each changed one;
  /// writes and inspects the sample image when the front image is set to
  /// `documentPath`.
  private static func setDemoAnswers(
    _ answers: [FieldID: String], documentPath: String?, in state: inout WizardState
  ) -> [WizardEffect] {
    for (field, value) in answers.sorted(by: { $0.key < $1.key }) where state.values[field] != value {
      state.values[field] = value
      state.kiraIssues[field] = nil
      state.fileInfo[field] = nil
      state.hasUnsavedAnswers = true
    }
    guard let documentPath, answers[.documentFrontImage] == documentPath else { return [] }
    return [
      .writeSampleDocument(path: documentPath), .inspectFile(field: .documentFrontImage, path: documentPath),
    ]
  }
}
