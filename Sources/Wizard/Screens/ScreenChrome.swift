import Foundation
import KYCForm
import TerminalUI

/// What every screen shares: the header (environment, step, progress), the
/// SANDBOX banner in demo mode, the message line and the status line.
enum ScreenChrome {
  /// First row of the screen body (below header, banner and title).
  static let bodyTop = WizardLayout.bodyTop
  /// Rows kept at the bottom: a rule, the message line, the status line.
  static let bottomRows = WizardLayout.bottomRows

  /// Last body row (inclusive) for a grid of `height` rows.
  static func bodyBottom(height: Int) -> Int { WizardLayout.bodyBottom(height: height) }

  /// Header, banner, title and the bottom lines.
  static func draw(
    _ state: WizardState, title: String, titleNote: String? = nil, statusLeft: String?, hint: String? = nil,
    into grid: inout TextGrid
  ) {
    drawHeader(state, into: &grid)
    if state.environment.isEmbeddedSandbox { drawBanner(state, into: &grid) }
    grid.write(title, row: 2, column: 1, style: .label)
    if let titleNote {
      grid.writeRightAligned(titleNote, row: 2, endColumn: grid.width - 1, style: .hint)
    }
    let ruleRow = grid.height - 3
    grid.put(String(repeating: "─", count: grid.width), row: ruleRow, column: 0, style: .border)
    let message = drawMessage(state, hint: hint, row: grid.height - 2, into: &grid)
    drawStatus(state, left: statusLeft, row: grid.height - 1, above: message, into: &grid)
  }

  /// " kira-onboard · SANDBOX          Step 3 of 8 · Address  ███░░░░░ "
  static func drawHeader(_ state: WizardState, into grid: inout TextGrid) {
    grid.fill(row: 0, column: 0, columns: grid.width, style: .header)
    let steps = state.form.steps.count
    let (label, done): (String, Int) =
      switch state.screen {
      case .step:
        (
          state.text(
            .stepOf(number: state.stepIndex + 1, count: steps, title: state.title(of: state.currentStep))),
          state.stepIndex + 1
        )
      case .review: (state.text(.reviewHeader), steps)
      case .submitting: (state.text(.submittingHeader), steps)
      case .result: (state.text(.resultHeader), steps)
      }
    var prefix = " kira-onboard · "
    if case .failed = state.connection { prefix = " kira-onboard · \(state.text(.offline)) · " }
    let environment = state.environment.name
    func right(barWidth: Int) -> String {
      let filled = steps == 0 ? 0 : (barWidth * done + steps / 2) / steps
      let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled)
      return "\(label)  \(bar) "
    }
    // The environment must stay readable: a long URL first gets room from a
    // shorter progress bar and program name, then loses its scheme, then
    // its path's middle.
    let width = grid.width
    var progress = right(barWidth: 16)
    if DisplayWidth.of(prefix + environment) > width - DisplayWidth.of(progress) - 2 {
      progress = right(barWidth: 8)
      prefix = prefix.replacingOccurrences(of: "kira-onboard", with: "kira")
    }
    let room = width - DisplayWidth.of(progress) - 2 - DisplayWidth.of(prefix)
    let name =
      DisplayWidth.of(environment) <= room ? environment : readableEnvironment(environment, columns: room)
    grid.writeRightAligned(progress, row: 0, endColumn: grid.width, style: .header)
    grid.write(
      prefix + name, row: 0, column: 0, style: .header, maxColumns: grid.width - DisplayWidth.of(progress) - 2
    )
  }

  /// An environment name (a base URL) in `columns`: without its scheme, then
  /// shortened in the middle of its path, the host kept whole when it fits.
  static func readableEnvironment(_ name: String, columns: Int) -> String {
    var text = name
    if let scheme = text.range(of: "://") { text = String(text[scheme.upperBound...]) }
    guard DisplayWidth.of(text) > columns else { return text }
    let host = text.firstIndex(of: "/").map { text.distance(from: text.startIndex, to: $0) } ?? text.count
    return TextWrapping.middleTruncated(text, columns: columns, keepingPrefix: host + 1)
  }

  /// The persistent SANDBOX banner (embedded sandbox only).
  static func drawBanner(_ state: WizardState, into grid: inout TextGrid) {
    grid.fill(row: 1, column: 0, columns: grid.width, style: .banner)
    grid.writeCentered(state.text(.sandboxBanner), row: 1, style: .banner)
  }

  /// The message, else the connection problem, else the focused field's
  /// hint. A message or hint too long for its line wraps onto the rule above
  /// it, so it is read whole.
  @discardableResult
  static func drawMessage(_ state: WizardState, hint: String?, row: Int, into grid: inout TextGrid)
    -> MessageLayout
  {
    if let message = state.message {
      return drawWrapped(
        message.text(in: state.language), style: style(for: message.tone), row: row, into: &grid)
    } else if let hint {
      return drawWrapped(hint, style: .hint, row: row, into: &grid)
    } else if case .failed(let reason) = state.connection {
      let used = grid.write(
        " " + state.text(.cannotReachKira(reason: reason)), row: row, column: 0, style: .error)
      return MessageLayout(wrapped: false, lastLineColumns: used)
    }
    return MessageLayout(wrapped: false, lastLineColumns: 0)
  }

  /// How the message line was used: whether it took the rule above, and how
  /// many columns its last line filled.
  struct MessageLayout {
    var wrapped: Bool
    var lastLineColumns: Int
  }

  /// One line of text on `row`, or two when it needs them: the first then
  /// takes the place of the rule above.
  private static func drawWrapped(_ text: String, style: Style, row: Int, into grid: inout TextGrid)
    -> MessageLayout
  {
    let lines = TextWrapping.lines(text, columns: grid.width - 2)
    guard lines.count > 1 else {
      return MessageLayout(
        wrapped: false, lastLineColumns: grid.write(" " + text, row: row, column: 0, style: style))
    }
    grid.fill(row: row - 1, column: 0, columns: grid.width, style: .plain)
    grid.write(" " + lines[0], row: row - 1, column: 0, style: style)
    let used = grid.write(" " + lines.dropFirst().joined(separator: " "), row: row, column: 0, style: style)
    return MessageLayout(wrapped: true, lastLineColumns: used)
  }

  /// "birth_date · YYYY-MM-DD · optional │ F1 help · ^Q quit · ...": the
  /// keys end at the right edge so they stay put while the left part changes
  /// (a field move then redraws only the field's key and rule). The rule is
  /// never cut for a key hint: the hints that do not fit are left out.
  static func drawStatus(
    _ state: WizardState, left: String?, row: Int,
    above: MessageLayout = MessageLayout(wrapped: false, lastLineColumns: 0),
    into grid: inout TextGrid
  ) {
    let labels = state.keymap.statusLabels(
      in: state.keyContexts, features: state.keyFeatures, reviewSteps: state.reviewStepCount,
      language: state.language)
    // The field's rule is what the operator must read: it keeps its whole
    // width and the key hints take what is left; when none fits, the first
    // hint (F1 help) moves onto the rule line above.
    var left = left
    // A rule too long for the line loses the field's API name, not its end.
    if let text = left, DisplayWidth.of(text) > grid.width - 2, let separator = text.range(of: " · ") {
      left = String(text[separator.upperBound...])
    }
    let leftRoom = left.map { min(DisplayWidth.of($0), grid.width - 2) + 4 } ?? 1
    var keys = ""
    for label in labels {
      let piece = keys.isEmpty ? label : keys + " · " + label
      if DisplayWidth.of(piece) > grid.width - 1 - leftRoom { break }
      keys = piece
    }
    if let left {
      let room = grid.width - 2 - (keys.isEmpty ? 0 : DisplayWidth.of(keys) + 3)
      let used = grid.write(left, row: row, column: 1, style: .hint, maxColumns: room)
      if !keys.isEmpty { grid.put(" │ ", row: row, column: 1 + used, style: .hint) }
    }
    if keys.isEmpty, let first = labels.first {
      if !above.wrapped {
        grid.put(" \(first) ", row: row - 2, column: 2, style: .hint)
      } else if above.lastLineColumns + DisplayWidth.of(first) + 2 <= grid.width {
        // The rule holds a wrapped message: the hint ends its second line.
        grid.writeRightAligned(first, row: row - 1, endColumn: grid.width - 1, style: .hint)
      }
    }
    grid.writeRightAligned(keys, row: row, endColumn: grid.width - 1, style: .hint)
  }

  /// "↑ more" on the blank line above the body, when it is scrolled.
  static func drawMoreAbove(_ state: WizardState, into grid: inout TextGrid) {
    grid.writeRightAligned(
      state.text(.moreAbove) + " ", row: bodyTop - 1, endColumn: grid.width - 1, style: .hint)
  }

  /// "↓ more" in the rule below the body, when more follows.
  static func drawMoreBelow(_ state: WizardState, into grid: inout TextGrid) {
    grid.writeRightAligned(
      " " + state.text(.moreBelow) + " ", row: grid.height - bottomRows, endColumn: grid.width - 2,
      style: .hint)
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
