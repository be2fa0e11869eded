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
        ChoiceOption(value: $0.alpha3, label: $0.displayName)
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

  /// F5: fills the current step with the fake applicant.
  static func fillDemoStep(in state: inout WizardState) -> [WizardEffect] {
    guard state.environment.isEmbeddedSandbox, state.screen == .step else { return [] }
    let directory = state.environment.demoFilesDirectory
    let documentPath = directory.map { $0 + "/" + SampleDocument.fileName }
    let answers = DemoApplicant.values(for: state.currentStep, documentPath: documentPath)
    var effects: [WizardEffect] = []
    for (field, value) in answers.sorted(by: { $0.key < $1.key }) {
      if state.values[field] != value {
        state.values[field] = value
        state.kiraIssues[field] = nil
        state.fileInfo[field] = nil
        state.hasUnsavedAnswers = true
      }
      state.issues[field] = nil
    }
    if let documentPath, answers[.documentFrontImage] != nil {
      effects.append(.writeSampleDocument(path: documentPath))
      effects.append(.inspectFile(field: .documentFrontImage, path: documentPath))
    }
    state.focus(
      state.focusedField.flatMap { id in state.visibleFields.contains { $0.id == id } ? id : nil }
        ?? state.visibleFields.first?.id)
    state.message = StatusMessage(
      "Filled \(state.currentStep.title) with the fake demo applicant", tone: .success)
    return effects
  }

  /// Enter in the scenario menu: set the answers that trigger it.
  static func pickScenario(in state: inout WizardState) -> [WizardEffect] {
    guard case .scenarios(let highlighted) = state.overlay,
      DemoScenario.all.indices.contains(highlighted)
    else { return [] }
    let scenario = DemoScenario.all[highlighted]
    state.overlay = nil
    for (field, value) in scenario.changes {
      if state.values[field] != value {
        state.values[field] = value
        state.kiraIssues[field] = nil
        state.hasUnsavedAnswers = true
      }
    }
    if state.screen == .step { state.focus(state.focusedField) }
    if state.screen == .review { refreshReviewIssues(in: &state) }
    state.message = StatusMessage(
      "Scenario \"\(scenario.title)\": \(scenario.summary). Fill the rest (F5), then F10 on Review",
      tone: .success)
    return []
  }
}
