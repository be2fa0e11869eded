import Foundation
import TerminalUI

/// The support queue's reducer: keys move the highlight, Enter opens the
/// row's flow, `r` (or F5) reloads, `q`, Esc or Ctrl-Q quits.
public enum QueueReducer {
  /// Applies `action` to `state`; returns what the runtime must do.
  public static func reduce(_ state: inout QueueState, _ action: QueueAction) -> [QueueEffect] {
    switch action {
    case .key(let key):
      return press(key, in: &state)
    case .loaded(let contents, let time):
      let previous = state.selectedItem?.source
      state.contents = contents
      state.loadedAt = time
      state.activity = .idle
      // The highlight stays on the same row when it is still there.
      state.selected = previous.flatMap { source in contents.items.firstIndex { $0.source == source } } ?? 0
      state.selected = min(state.selected, max(0, contents.items.count - 1))
      keepSelectionVisible(&state)
      if state.message?.tone != .success {
        state.message = contents.problems.first.map { StatusMessage($0, tone: .error) }
      }
      return []
    case .flowEnded(let item, let status):
      let text: QueueText =
        status == 0
        ? .backFrom(action: item.action, title: item.title)
        : .flowEnded(action: item.action, title: item.title, status: status)
      state.message = StatusMessage(text.text(in: state.language), tone: status == 0 ? .success : .warning)
      state.activity = .loading
      return [.load]
    }
  }

  private static func press(_ key: Key, in state: inout QueueState) -> [QueueEffect] {
    switch key {
    case .character("q"), .escape, .control("q"), .control("c"):
      state.isFinished = true
      return []
    case .resize(let columns, let rows):
      state.columns = columns
      state.rows = rows
      keepSelectionVisible(&state)
      return []
    case .character("r"), .function(5), .control("r"):
      guard state.activity == .idle else { return [] }
      state.activity = .loading
      state.message = nil
      return [.load]
    case .up, .character("k"): move(by: -1, in: &state)
    case .down, .character("j"): move(by: 1, in: &state)
    case .pageUp: move(by: -QueueScreen.visibleRows(state), in: &state)
    case .pageDown: move(by: QueueScreen.visibleRows(state), in: &state)
    case .home: move(by: -state.items.count, in: &state)
    case .end: move(by: state.items.count, in: &state)
    case .enter:
      guard let item = state.selectedItem else {
        state.message = StatusMessage(QueueText.nothingToOpen.text(in: state.language), tone: .info)
        return []
      }
      guard !item.arguments.isEmpty else {
        state.message = StatusMessage(
          QueueText.nothingToOpenFor(title: item.title, action: item.action).text(in: state.language),
          tone: .warning)
        return []
      }
      state.message = nil
      return [.open(item)]
    default:
      return []
    }
    return []
  }

  private static func move(by delta: Int, in state: inout QueueState) {
    guard !state.items.isEmpty else { return }
    state.selected = min(max(0, state.selected + delta), state.items.count - 1)
    keepSelectionVisible(&state)
  }

  /// Scrolls so the highlighted row (with its detail lines) is on screen.
  static func keepSelectionVisible(_ state: inout QueueState) {
    let visible = max(1, QueueScreen.visibleRows(state))
    if state.selected < state.scroll { state.scroll = state.selected }
    if state.selected >= state.scroll + visible { state.scroll = state.selected - visible + 1 }
    state.scroll = max(0, min(state.scroll, max(0, state.items.count - visible)))
  }
}
