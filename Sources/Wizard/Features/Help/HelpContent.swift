/// The help screen's lines, generated from the keymap (the same table the
/// reducer and the status line use): drawn by `HelpScreen`, counted by the
/// reducer for its scroll limit.
enum HelpContent {
  /// One line of help.
  enum Line {
    case heading(String)
    case entry(keys: String, summary: String)
    case blank
  }

  static func lines(_ state: WizardState) -> [Line] {
    var result: [Line] = []
    let sections = state.keymap.helpSections(
      features: state.keyFeatures, reviewSteps: state.reviewStepCount, language: state.language)
    for section in sections {
      if !result.isEmpty { result.append(.blank) }
      result.append(.heading(section.title))
      result += section.entries.map { Line.entry(keys: $0.keys, summary: $0.summary) }
    }
    return result
  }
}
