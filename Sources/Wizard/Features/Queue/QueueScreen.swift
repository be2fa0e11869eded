import Foundation
import KYCForm
import TerminalUI

/// Draws the support queue into a text grid: a header with the
/// environment, a summary, two lines a row (where it stands and what Enter
/// does; why it needs action), a message and the keys.
public enum QueueScreen {
  /// The first row of the list.
  static let listTop = 3
  /// Rows below the list: two for the message (or the highlighted row's
  /// details), one for the keys.
  static let bottomRows = 3
  /// Lines each row of the queue takes.
  static let linesPerItem = 2

  /// How many queue rows fit on the screen.
  static func visibleRows(_ state: QueueState) -> Int {
    max(1, (state.rows - listTop - bottomRows) / linesPerItem)
  }

  /// The frame for `state`.
  public static func render(_ state: QueueState) -> Frame {
    var grid = TextGrid(width: max(1, state.columns), height: max(1, state.rows))
    guard state.columns >= 60, state.rows >= 10 else {
      grid.write(
        QueueText.tooSmall(columns: state.columns, rows: state.rows).text(in: state.language),
        row: 0, column: 0)
      return Frame(grid: grid)
    }
    drawHeader(state, into: &grid)
    drawSummary(state, into: &grid)
    drawList(state, into: &grid)
    drawBottom(state, into: &grid)
    return Frame(grid: grid)
  }

  private static func drawHeader(_ state: QueueState, into grid: inout TextGrid) {
    grid.fill(row: 0, column: 0, columns: grid.width, style: .header)
    let environment =
      state.contents.map { ScreenChrome.readableEnvironment($0.environment, columns: 40) } ?? ""
    let right = environment.isEmpty ? "" : "Kira: \(environment) "
    grid.write(QueueText.title.text(in: state.language), row: 0, column: 0, style: .header)
    grid.writeRightAligned(right, row: 0, endColumn: grid.width, style: .header)
  }

  private static func drawSummary(_ state: QueueState, into grid: inout TextGrid) {
    guard let contents = state.contents else {
      grid.write(QueueText.loading.text(in: state.language), row: 1, column: 0, style: .hint)
      return
    }
    let language = state.language
    var summary = QueueText.summary(users: contents.kiraUsers.count, attempts: contents.attempts.count)
      .text(in: language)
    if let loadedAt = state.loadedAt {
      summary += (state.activity == .loading ? QueueText.reloading : .readAt(loadedAt)).text(in: language)
    }
    grid.write(summary, row: 1, column: 0, style: .label)
    let total = state.items.count
    let visible = visibleRows(state)
    if total > visible {
      let last = min(total, state.scroll + visible)
      let more = (state.scroll > 0 ? "↑ " : "") + (last < total ? "↓ " : "")
      let rows = QueueText.rows(first: state.scroll + 1, last: last, total: total, more: more)
      grid.writeRightAligned(rows.text(in: language), row: 2, endColumn: grid.width, style: .hint)
    }
  }

  private static func drawList(_ state: QueueState, into grid: inout TextGrid) {
    guard let contents = state.contents else { return }
    let items = contents.items
    if items.isEmpty {
      let lines = TextWrapping.lines(QueueText.empty.text(in: state.language), columns: grid.width - 4)
      for (offset, line) in lines.enumerated() {
        grid.write(line, row: listTop + offset, column: 2, style: .hint)
      }
      return
    }
    let visible = visibleRows(state)
    let end = min(items.count, state.scroll + visible)
    for (position, index) in (state.scroll..<end).enumerated() {
      drawItem(
        items[index], selected: index == state.selected, row: listTop + position * linesPerItem, into: &grid)
    }
  }

  /// Two lines: marker, who, where it stands and when; then why, and what Enter does.
  private static func drawItem(_ item: QueueItem, selected: Bool, row: Int, into grid: inout TextGrid) {
    let width = grid.width
    let style: Style = selected ? .selection : .plain
    if selected {
      grid.fill(row: row, column: 0, columns: width, style: .selection)
      grid.fill(row: row + 1, column: 0, columns: width, style: .selection)
    }
    grid.write(selected ? " › " : "   ", row: row, column: 0, style: style)
    // Right to left: the time, then where it stands, then who in what is left.
    var end = width - 1
    if !item.time.isEmpty {
      grid.writeRightAligned(item.time, row: row, endColumn: end, style: selected ? .selection : .hint)
      end -= DisplayWidth.of(item.time) + 2
    }
    let stateText = DisplayWidth.truncate(item.state, toColumns: max(1, min(26, end - 3 - 12)))
    grid.writeRightAligned(stateText, row: row, endColumn: end, style: style)
    end -= DisplayWidth.of(stateText) + 2
    grid.write(item.title, row: row, column: 3, style: style, maxColumns: max(1, end - 3))
    let action = "→ " + item.action
    grid.writeRightAligned(action, row: row + 1, endColumn: width - 1, style: selected ? .selection : .label)
    if let detail = item.details.first {
      let room = width - 5 - DisplayWidth.of(action) - 3
      grid.write(
        detail, row: row + 1, column: 5, style: selected ? .selection : .hint, maxColumns: max(1, room))
    }
  }

  /// The message, or else everything known about the highlighted row,
  /// wrapped over two lines; then the keys.
  private static func drawBottom(_ state: QueueState, into grid: inout TextGrid) {
    let top = grid.height - bottomRows
    if let message = state.message {
      drawWrapped(message.text, style: ScreenChrome.style(for: message.tone), top: top, into: &grid)
    } else if let item = state.selectedItem, !item.details.isEmpty {
      drawWrapped(item.details.joined(separator: " · "), style: .hint, top: top, into: &grid)
    }
    let hints = QueueText.keys.text(in: state.language)
    grid.fill(row: grid.height - 1, column: 0, columns: grid.width, style: .header)
    grid.write(hints, row: grid.height - 1, column: 0, style: .header)
  }

  /// `text` on the two rows from `top`, cut with an ellipsis only past them.
  private static func drawWrapped(_ text: String, style: Style, top: Int, into grid: inout TextGrid) {
    let lines = TextWrapping.lines(text, columns: grid.width - 2)
    for (offset, line) in lines.prefix(2).enumerated() {
      let shown = offset == 1 && lines.count > 2 ? line + " " + lines[2...].joined(separator: " ") : line
      grid.write(" " + shown, row: top + offset, column: 0, style: style)
    }
  }
}
