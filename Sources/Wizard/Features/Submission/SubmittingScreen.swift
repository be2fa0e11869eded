import Foundation
import TerminalUI

/// While the client works: a spinner, the elapsed time, and retries as they happen.
enum SubmittingScreen {
  static let spinnerFrames: [Character] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

  static func draw(_ state: WizardState, into grid: inout TextGrid) {
    ScreenChrome.draw(state, title: state.text(.submittingTitle), statusLeft: nil, into: &grid)
    guard let attempt = state.submission else { return }
    let elapsed = max(0, state.now.timeIntervalSince(attempt.startedAt))
    let frame = spinnerFrames[Int(elapsed * 10) % spinnerFrames.count]
    let top = ScreenChrome.bodyTop + 2
    let waiting = state.text(state.connection == .ready ? .sendingToKira : .connectingToKira)
    grid.write("\(frame)  \(waiting)  \(formatSeconds(elapsed))", row: top, column: 4, style: .label)
    if case .retrying(let next, let maximum, let delay, let reason)? = attempt.retryNotice {
      let since = attempt.retryNoticeAt.map { state.now.timeIntervalSince($0) } ?? 0
      let remaining = max(0, Int((delay - since).rounded(.up)))
      let when = state.text(remaining == 0 ? .retryingNow : .retryingIn(seconds: remaining))
      grid.write(
        state.text(.kiraBusy(when: when, attempt: next, of: maximum)), row: top + 2, column: 4,
        style: .warning)
      grid.write(state.text(.reason(ServerText.clean(reason))), row: top + 3, column: 4, style: .hint)
    }
    grid.write(state.text(.idempotencyKeyLine(attempt.idempotencyKey)), row: top + 5, column: 4, style: .hint)
    grid.write(
      state.text(.everyTryCarriesKey), row: top + 6, column: 4,
      style: .hint)
  }

  /// "3.2 s", or "1 min 05 s" past a minute.
  static func formatSeconds(_ seconds: TimeInterval) -> String {
    if seconds < 60 { return String(format: "%.1f s", seconds) }
    let whole = Int(seconds)
    return String(format: "%d min %02d s", whole / 60, whole % 60)
  }
}
