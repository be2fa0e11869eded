import Foundation
import KYCForm
import TerminalUI

/// The drafts offered at start: masked name, step reached, age, last error.
/// Enter resumes, n or Esc starts fresh, d wipes one (after asking).
enum ResumeScreen {
  /// Columns of the list.
  static let nameColumn = 3
  static let stepColumn = 14
  static let ageColumn = 32
  static let errorColumn = 45
  /// Lines of explanation under the list.
  static let footer: [ScreenText] = [.resumeFooter1, .resumeFooter2, .resumeFooter3]

  static func draw(_ state: WizardState, list: ResumeList, into grid: inout TextGrid) {
    let count = list.entries.count
    ScreenChrome.draw(
      state, title: state.text(.resumeTitle), titleNote: state.text(.draftCount(count)),
      statusLeft: nil, hint: list.selected.map { state.text(.draftHint(id: $0.id)) }, into: &grid)
    DraftChrome.drawHeader(state, label: state.text(.savedDrafts), into: &grid)
    let top = ScreenChrome.bodyTop
    let bottom = ScreenChrome.bodyBottom(height: grid.height)
    let headings = [
      (state.text(.nameHeading), nameColumn), (state.text(.stepReachedHeading), stepColumn),
      (state.text(.savedHeading), ageColumn), (state.text(.lastErrorHeading), errorColumn),
    ]
    for (text, column) in headings { grid.write(text, row: top, column: column, style: .label) }
    let footerTop = bottom - footer.count + 1
    let rows = max(1, footerTop - 1 - (top + 1))
    let first = max(0, min(list.highlighted - rows + 1, count - rows))
    for index in first..<min(count, first + rows) {
      drawRow(
        list.entries[index], highlighted: index == list.highlighted, row: top + 1 + index - first,
        state: state, into: &grid)
    }
    if first > 0 { grid.put("↑", row: top + 1, column: 1, style: .hint) }
    if first + rows < count { grid.put("↓", row: top + rows, column: 1, style: .hint) }
    for (offset, line) in footer.enumerated() {
      grid.write(state.text(line), row: footerTop + offset, column: nameColumn, style: .hint)
    }
    if list.confirmingDelete, let selected = list.selected {
      drawDeleteConfirm(selected, state: state, into: &grid)
    }
    if let prompt = list.lockPrompt {
      drawLockPrompt(prompt, state: state, into: &grid)
    }
  }

  static func drawRow(
    _ entry: DraftListing, highlighted: Bool, row: Int, state: WizardState, into grid: inout TextGrid
  ) {
    let style: Style = highlighted ? .selection : .plain
    if highlighted {
      grid.fill(row: row, column: 1, columns: grid.width - 2, style: .selection)
      grid.put("›", row: row, column: 1, style: style)
    }
    let name = entry.maskedName.isEmpty ? state.text(.noName) : entry.maskedName
    grid.write(name, row: row, column: nameColumn, style: style, maxColumns: stepColumn - nameColumn - 1)
    grid.write(
      stepText(entry, state: state), row: row, column: stepColumn, style: style,
      maxColumns: ageColumn - stepColumn - 1)
    grid.write(age(from: entry.updatedAt, state: state), row: row, column: ageColumn, style: style)
    let error = entry.errorCodes.isEmpty ? "-" : entry.errorCodes.joined(separator: ", ")
    grid.write(
      ServerText.clean(error), row: row, column: errorColumn, style: highlighted ? style : .warning,
      maxColumns: grid.width - errorColumn - 2)
  }

  /// "4/8 Address", or "Review" for a draft left on Review.
  static func stepText(_ entry: DraftListing, state: WizardState) -> String {
    let steps = StepID.allCases
    if entry.focusedField == nil, entry.step == steps.last { return state.text(.review) }
    let title = state.language == .spanish ? entry.step.spanishTitle : entry.step.title
    return "\((steps.firstIndex(of: entry.step) ?? 0) + 1)/\(steps.count) \(title)"
  }

  /// "just now", "12 min ago", "3 h ago", "2 d ago".
  static func age(from date: Date, state: WizardState) -> String {
    let seconds = max(0, Int(state.now.timeIntervalSince(date)))
    switch seconds {
    case ..<60: return state.text(.justNow)
    case ..<3_600: return state.text(.minutesAgo(seconds / 60))
    case ..<86_400: return state.text(.hoursAgo(seconds / 3_600))
    default: return state.text(.daysAgo(seconds / 86_400))
    }
  }

  /// "Open in another wizard": read-only, take over, or leave it.
  static func drawLockPrompt(_ prompt: DraftLockPrompt, state: WizardState, into grid: inout TextGrid) {
    let width = min(64, grid.width - 4)
    let height = 8
    let column = (grid.width - width) / 2
    let row = max(ScreenChrome.bodyTop, (grid.height - height) / 2)
    grid.drawBox(
      row: row, column: column, width: width, height: height, title: state.text(.openElsewhereTitle))
    grid.write(state.text(.openElsewhereIn), row: row + 1, column: column + 3, maxColumns: width - 6)
    grid.write(prompt.holder, row: row + 2, column: column + 3, style: .label, maxColumns: width - 6)
    let choices = [
      ("r", state.text(.readOnlyChoice)), ("t", state.text(.takeOverChoice)),
    ]
    for (offset, (key, text)) in choices.enumerated() {
      grid.write(key, row: row + 4 + offset, column: column + 3, style: .focused)
      grid.write(text, row: row + 4 + offset, column: column + 5, maxColumns: width - 8)
    }
    grid.write(
      state.text(.leaveItThere), row: row + 6, column: column + 3, style: .hint, maxColumns: width - 6)
  }

  static func drawDeleteConfirm(_ entry: DraftListing, state: WizardState, into grid: inout TextGrid) {
    let width = min(60, grid.width - 4)
    let height = 7
    let column = (grid.width - width) / 2
    let row = max(ScreenChrome.bodyTop, (grid.height - height) / 2)
    grid.drawBox(row: row, column: column, width: width, height: height, title: state.text(.wipeTitle))
    let name = entry.maskedName.isEmpty ? state.text(.noName) : entry.maskedName
    grid.write(
      state.text(
        .wipeSummary(
          name: name, place: stepText(entry, state: state), age: age(from: entry.updatedAt, state: state))),
      row: row + 1, column: column + 3, maxColumns: width - 6)
    grid.write(state.text(.wipedForGood), row: row + 2, column: column + 3, maxColumns: width - 6)
    grid.write("y", row: row + 4, column: column + 3, style: .focused)
    grid.write(state.text(.wipeChoice), row: row + 4, column: column + 5)
    grid.write("n, Esc", row: row + 4, column: column + 16, style: .focused)
    grid.write(state.text(.keepChoice), row: row + 4, column: column + 23)
  }
}

/// Header of the draft and fix-up screens: the environment, then what the
/// screen is instead of a step and progress bar.
enum DraftChrome {
  static func drawHeader(_ state: WizardState, label: String, into grid: inout TextGrid) {
    grid.fill(row: 0, column: 0, columns: grid.width, style: .header)
    var name = " kira-onboard · \(state.environment.name)"
    if case .failed = state.connection { name += " · " + state.text(.notConnected) }
    grid.write(name, row: 0, column: 0, style: .header)
    grid.writeRightAligned(label + " ", row: 0, endColumn: grid.width, style: .header)
  }

  /// The header label of the draft screen covering the wizard ("Saved
  /// drafts", "Fix-up"), or nil when the wizard's own screen shows.
  static func coveringLabel(_ state: WizardState) -> String? {
    if state.resumeList != nil { return state.text(.savedDrafts) }
    if state.fixUp?.showsSummary == true { return state.text(.fixUpHeader) }
    return nil
  }
}
