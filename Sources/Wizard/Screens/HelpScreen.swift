import TerminalUI

/// The help screen, generated from the keymap (the same table the reducer
/// and the status line use).
enum HelpScreen {
  static let keyColumnWidth = 24

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

  static func draw(_ state: WizardState, offset: Int, into grid: inout TextGrid) {
    ScreenChrome.draw(
      state, title: state.text(.keysTitle), titleNote: state.text(.escCloses), statusLeft: nil, into: &grid)
    // Over the resume list or the fix-up summary, the header names that screen, not a step behind it.
    if let label = DraftChrome.coveringLabel(state) {
      DraftChrome.drawHeader(state, label: label, into: &grid)
    }
    let all = lines(state)
    let top = ScreenChrome.bodyTop
    let height = ScreenChrome.bodyBottom(height: grid.height) - top + 1
    let start = max(0, min(offset, all.count - height))
    for index in start..<min(all.count, start + height) {
      let row = top + index - start
      switch all[index] {
      case .heading(let title):
        grid.write(title, row: row, column: 2, style: .label)
      case .entry(let keys, let summary):
        grid.write(keys, row: row, column: 4, style: .input, maxColumns: keyColumnWidth - 1)
        grid.write(summary, row: row, column: 4 + keyColumnWidth)
      case .blank:
        break
      }
    }
    if start > 0 { ScreenChrome.drawMoreAbove(state, into: &grid) }
    if all.count - start > height {
      ScreenChrome.drawMoreBelow(state, into: &grid)
    }
  }
}
