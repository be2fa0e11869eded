import KYCForm
import TerminalUI

/// Every answer grouped by step (secrets masked), the findings that remain,
/// and the keys to edit a step or submit.
enum ReviewScreen {
  static let labelColumn = ReviewContent.labelColumn
  static let valueColumn = ReviewContent.valueColumn

  static func draw(_ state: WizardState, into grid: inout TextGrid) {
    let errors = state.reviewErrors
    let warnings = state.reviewIssues.count - errors.count
    let note =
      errors.isEmpty
      ? state.text(.readyToSubmit(warnings: warnings)) : state.text(.errorsToFix(errors.count))
    ScreenChrome.draw(
      state, title: state.text(.reviewTitle), titleNote: note, statusLeft: nil,
      into: &grid)
    let lines = ReviewContent.lines(state)
    let top = ScreenChrome.bodyTop
    let height = ScreenChrome.bodyBottom(height: grid.height) - top + 1
    let offset = clampedScroll(state.reviewScroll, lineCount: lines.count, height: height)
    for (index, line) in lines.enumerated() where index >= offset && index - offset < height {
      let row = top + index - offset
      grid.write(line.text, row: row, column: line.column, style: line.style)
      if let value = line.value {
        grid.write(value, row: row, column: valueColumn, style: .input)
      }
    }
    if offset > 0 { ScreenChrome.drawMoreAbove(state, into: &grid) }
    if lines.count - offset > height {
      ScreenChrome.drawMoreBelow(state, into: &grid)
    }
  }

  /// The scroll offset actually used: never past the end of the list.
  static func clampedScroll(_ scroll: Int, lineCount: Int, height: Int) -> Int {
    max(0, min(scroll, lineCount - height))
  }
}
