import KYCForm
import TerminalUI

/// The filtered option list of a choice or country field, drawn as a box
/// under the field (or above it when there is no room below).
enum ChoicePopupView {
  /// Most options shown at once; the list scrolls to keep the highlight visible.
  static let visibleOptions = 8

  static func draw(
    _ popup: ChoicePopup, state: WizardState, anchorRow: Int, column: Int, into grid: inout TextGrid
  ) {
    let language = state.language.rawValue
    let longest = popup.options.map { DisplayWidth.of($0.label(in: language)) }.max() ?? 10
    let width = min(max(longest + 6, 30), grid.width - column - 1)
    let shown = max(1, min(popup.options.count, visibleOptions))
    let height = shown + 2
    let bottomLimit = ScreenChrome.bodyBottom(height: grid.height) + 1
    var top = anchorRow + 1
    if top + height > bottomLimit + 1 { top = max(ScreenChrome.bodyTop - 1, anchorRow - height) }
    let count = popup.options.count
    let title = state.text(.matches(count))
    grid.drawBox(row: top, column: column, width: width, height: height, title: title)
    guard count > 0 else {
      grid.write(
        state.text(.noMatch), row: top + 1, column: column + 2, style: .hint,
        maxColumns: width - 4)
      return
    }
    let first = max(0, min(popup.highlighted - shown + 1, count - shown))
    for index in first..<min(count, first + shown) {
      let row = top + 1 + index - first
      let option = popup.options[index]
      let isHighlighted = index == popup.highlighted
      let style: Style = isHighlighted ? .selection : .plain
      if isHighlighted { grid.fill(row: row, column: column + 1, columns: width - 2, style: .selection) }
      grid.put(isHighlighted ? "›" : " ", row: row, column: column + 1, style: style)
      grid.write(
        option.label(in: language), row: row, column: column + 3, style: style, maxColumns: width - 5)
    }
    if first > 0 { grid.put("↑", row: top, column: column + width - 3, style: .border) }
    if first + shown < count {
      grid.put("↓", row: top + height - 1, column: column + width - 3, style: .border)
    }
  }
}
