import Foundation
import KYCForm
import TerminalUI

/// What every screen shares: the header (environment, step, progress), the
/// SANDBOX banner in demo mode, the message line and the status line.
enum ScreenChrome {
  /// First row of the screen body (below header, banner and title).
  static let bodyTop = 4
  /// Rows kept at the bottom: a rule, the message line, the status line.
  static let bottomRows = 3

  /// Last body row (inclusive) for a grid of `height` rows.
  static func bodyBottom(height: Int) -> Int { height - bottomRows - 1 }

  /// Header, banner, title and the bottom lines.
  static func draw(
    _ state: WizardState, title: String, titleNote: String? = nil, statusLeft: String?, hint: String? = nil,
    into grid: inout TextGrid
  ) {
    drawHeader(state, into: &grid)
    if state.environment.isEmbeddedSandbox { drawBanner(into: &grid) }
    grid.write(title, row: 2, column: 1, style: .label)
    if let titleNote {
      grid.writeRightAligned(titleNote, row: 2, endColumn: grid.width - 1, style: .hint)
    }
    let ruleRow = grid.height - 3
    grid.put(String(repeating: "─", count: grid.width), row: ruleRow, column: 0, style: .border)
    drawMessage(state, hint: hint, row: grid.height - 2, into: &grid)
    drawStatus(state, left: statusLeft, row: grid.height - 1, into: &grid)
  }

  /// " kira-onboard · SANDBOX          Step 3 of 8 · Address  ███░░░░░ "
  static func drawHeader(_ state: WizardState, into grid: inout TextGrid) {
    grid.fill(row: 0, column: 0, columns: grid.width, style: .header)
    let steps = state.form.steps.count
    let (label, done): (String, Int) =
      switch state.screen {
      case .step:
        ("Step \(state.stepIndex + 1) of \(steps) · \(state.currentStep.title)", state.stepIndex + 1)
      case .review: ("Review", steps)
      case .submitting: ("Submitting", steps)
      case .result: ("Result", steps)
      }
    let barWidth = 16
    let filled = steps == 0 ? 0 : (barWidth * done + steps / 2) / steps
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
    let right = "\(label)  \(bar) "
    grid.writeRightAligned(right, row: 0, endColumn: grid.width, style: .header)
    var name = " kira-onboard · \(state.environment.name)"
    if case .failed = state.connection { name = " kira-onboard · offline · \(state.environment.name)" }
    grid.write(name, row: 0, column: 0, style: .header, maxColumns: grid.width - DisplayWidth.of(right) - 2)
  }

  /// The persistent SANDBOX banner (embedded sandbox only).
  static func drawBanner(into grid: inout TextGrid) {
    grid.fill(row: 1, column: 0, columns: grid.width, style: .banner)
    grid.writeCentered(
      "SANDBOX · demo only, nothing reaches Kira · F5 fill step · F6 scenarios", row: 1, style: .banner)
  }

  /// The one-line message, else the connection problem, else the focused field's hint.
  static func drawMessage(_ state: WizardState, hint: String?, row: Int, into grid: inout TextGrid) {
    if let message = state.message {
      grid.write(" " + message.text, row: row, column: 0, style: style(for: message.tone))
    } else if let hint {
      grid.write(" " + hint, row: row, column: 0, style: .hint)
    } else if case .failed(let reason) = state.connection {
      grid.write(" Cannot reach Kira: \(reason)", row: row, column: 0, style: .error)
    }
  }

  /// "birth_date · YYYY-MM-DD · optional │ F1 help · ^Q quit · ...": the
  /// keys end at the right edge so they stay put while the left part changes
  /// (a field move then redraws only the field's key and rule).
  static func drawStatus(_ state: WizardState, left: String?, row: Int, into grid: inout TextGrid) {
    let labels = state.keymap.statusLabels(
      in: state.keyContexts, features: state.keyFeatures, reviewSteps: state.reviewStepCount)
    let leftRoom = left.map { min(DisplayWidth.of($0), grid.width - 24) + 4 } ?? 1
    var keys = ""
    for label in labels {
      let piece = keys.isEmpty ? label : keys + " · " + label
      if DisplayWidth.of(piece) > grid.width - 1 - leftRoom { break }
      keys = piece
    }
    if let left {
      let room = grid.width - 2 - DisplayWidth.of(keys) - 3
      let used = grid.write(left, row: row, column: 1, style: .hint, maxColumns: room)
      grid.put(" │ ", row: row, column: 1 + used, style: .hint)
    }
    grid.writeRightAligned(keys, row: row, endColumn: grid.width - 1, style: .hint)
  }

  /// "↑ more" on the blank line above the body, when it is scrolled.
  static func drawMoreAbove(into grid: inout TextGrid) {
    grid.writeRightAligned("↑ more ", row: bodyTop - 1, endColumn: grid.width - 1, style: .hint)
  }

  /// "↓ more" in the rule below the body, when more follows.
  static func drawMoreBelow(into grid: inout TextGrid) {
    grid.writeRightAligned(" ↓ more ", row: grid.height - bottomRows, endColumn: grid.width - 2, style: .hint)
  }

  /// Style of a message tone.
  static func style(for tone: StatusMessage.Tone) -> Style {
    switch tone {
    case .info: .hint
    case .warning: .warning
    case .error: .error
    case .kira: .kiraError
    case .success: .success
    }
  }

  /// "1.4 kB" style sizes.
  static func formatBytes(_ count: Int) -> String {
    DocumentFiles.formatBytes(count)
  }
}
