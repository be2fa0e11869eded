import TerminalUI

/// The help screen, generated from the keymap (the same table the reducer
/// and the status line use).
enum HelpScreen {
  static let keyColumnWidth = 24

  static func draw(_ state: WizardState, offset: Int, into grid: inout TextGrid) {
    ScreenChrome.draw(
      state, title: state.text(.keysTitle), titleNote: state.text(.escCloses), statusLeft: nil, into: &grid)
    // Over the resume list or the fix-up summary, the header names that screen, not a step behind it.
    if let label = DraftChrome.coveringLabel(state) {
      DraftChrome.drawHeader(state, label: label, into: &grid)
    }
    let all = HelpContent.lines(state)
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
