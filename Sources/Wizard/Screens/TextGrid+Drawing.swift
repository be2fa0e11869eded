import TerminalUI

/// Small drawing helpers the screens share.
extension TextGrid {
  /// Writes `text` clipped to the space left on the row, with an ellipsis
  /// when it had to be cut. Returns the columns used.
  @discardableResult
  mutating func write(_ text: String, row: Int, column: Int, style: Style = .plain, maxColumns: Int? = nil)
    -> Int
  {
    let room = min(maxColumns ?? (width - column), width - column)
    guard room > 0 else { return 0 }
    return put(DisplayWidth.truncate(text, toColumns: room), row: row, column: column, style: style)
  }

  /// Writes `text` centred on the row.
  mutating func writeCentered(_ text: String, row: Int, style: Style = .plain) {
    let clipped = DisplayWidth.truncate(text, toColumns: width)
    let column = max(0, (width - DisplayWidth.of(clipped)) / 2)
    put(clipped, row: row, column: column, style: style)
  }

  /// Writes `text` so that it ends at `endColumn` (exclusive).
  mutating func writeRightAligned(_ text: String, row: Int, endColumn: Int, style: Style = .plain) {
    let clipped = DisplayWidth.truncate(text, toColumns: endColumn)
    put(clipped, row: row, column: endColumn - DisplayWidth.of(clipped), style: style)
  }

  /// Draws a box with an optional title in its top border and blanks inside.
  mutating func drawBox(
    row: Int, column: Int, width boxWidth: Int, height boxHeight: Int, title: String? = nil
  ) {
    guard boxWidth >= 2, boxHeight >= 2 else { return }
    let inner = boxWidth - 2
    put("┌" + String(repeating: "─", count: inner) + "┐", row: row, column: column, style: .border)
    for offset in 1..<(boxHeight - 1) {
      put("│", row: row + offset, column: column, style: .border)
      fill(row: row + offset, column: column + 1, columns: inner)
      put("│", row: row + offset, column: column + boxWidth - 1, style: .border)
    }
    put(
      "└" + String(repeating: "─", count: inner) + "┘", row: row + boxHeight - 1, column: column,
      style: .border)
    if let title, inner > 4 {
      put(
        " " + DisplayWidth.truncate(title, toColumns: inner - 4) + " ", row: row, column: column + 2,
        style: .border)
    }
  }
}
