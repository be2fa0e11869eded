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
  static let footer = [
    "Enter resumes the highlighted draft: every answer, the step and the field.",
    "n or Esc starts a fresh form (the drafts stay: kira-onboard drafts list).",
    "d wipes the highlighted draft. Answers are stored encrypted on this machine.",
  ]

  static func draw(_ state: WizardState, list: ResumeList, into grid: inout TextGrid) {
    let count = list.entries.count
    ScreenChrome.draw(
      state, title: "Resume a saved draft?", titleNote: count == 1 ? "1 draft" : "\(count) drafts",
      statusLeft: nil, hint: list.selected.map { "Draft \($0.id)" }, into: &grid)
    DraftChrome.drawHeader(state, label: "Saved drafts", into: &grid)
    let top = ScreenChrome.bodyTop
    let bottom = ScreenChrome.bodyBottom(height: grid.height)
    let headings = [
      ("NAME", nameColumn), ("STEP REACHED", stepColumn), ("SAVED", ageColumn),
      ("LAST ERROR", errorColumn),
    ]
    for (text, column) in headings { grid.write(text, row: top, column: column, style: .label) }
    let footerTop = bottom - footer.count + 1
    let rows = max(1, footerTop - 1 - (top + 1))
    let first = max(0, min(list.highlighted - rows + 1, count - rows))
    for index in first..<min(count, first + rows) {
      drawRow(
        list.entries[index], highlighted: index == list.highlighted, row: top + 1 + index - first,
        now: state.now, into: &grid)
    }
    if first > 0 { grid.put("↑", row: top + 1, column: 1, style: .hint) }
    if first + rows < count { grid.put("↓", row: top + rows, column: 1, style: .hint) }
    for (offset, line) in footer.enumerated() {
      grid.write(line, row: footerTop + offset, column: nameColumn, style: .hint)
    }
    if list.confirmingDelete, let selected = list.selected {
      drawDeleteConfirm(selected, now: state.now, into: &grid)
    }
    if let prompt = list.lockPrompt {
      drawLockPrompt(prompt, into: &grid)
    }
  }

  static func drawRow(
    _ entry: DraftListing, highlighted: Bool, row: Int, now: Date, into grid: inout TextGrid
  ) {
    let style: Style = highlighted ? .selection : .plain
    if highlighted {
      grid.fill(row: row, column: 1, columns: grid.width - 2, style: .selection)
      grid.put("›", row: row, column: 1, style: style)
    }
    let name = entry.maskedName.isEmpty ? "(no name)" : entry.maskedName
    grid.write(name, row: row, column: nameColumn, style: style, maxColumns: stepColumn - nameColumn - 1)
    grid.write(
      stepText(entry), row: row, column: stepColumn, style: style, maxColumns: ageColumn - stepColumn - 1)
    grid.write(age(from: entry.updatedAt, now: now), row: row, column: ageColumn, style: style)
    let error = entry.errorCodes.isEmpty ? "-" : entry.errorCodes.joined(separator: ", ")
    grid.write(
      ServerText.clean(error), row: row, column: errorColumn, style: highlighted ? style : .warning,
      maxColumns: grid.width - errorColumn - 2)
  }

  /// "4/8 Address", or "Review" for a draft left on Review.
  static func stepText(_ entry: DraftListing) -> String {
    StepID.draftPlace(step: entry.step, focusedField: entry.focusedField)
  }

  /// "just now", "12 min ago", "3 h ago", "2 d ago".
  static func age(from date: Date, now: Date) -> String {
    let seconds = max(0, Int(now.timeIntervalSince(date)))
    switch seconds {
    case ..<60: return "just now"
    case ..<3_600: return "\(seconds / 60) min ago"
    case ..<86_400: return "\(seconds / 3_600) h ago"
    default: return "\(seconds / 86_400) d ago"
    }
  }

  /// "Open in another wizard": read-only, take over, or leave it.
  static func drawLockPrompt(_ prompt: DraftLockPrompt, into grid: inout TextGrid) {
    let width = min(64, grid.width - 4)
    let height = 8
    let column = (grid.width - width) / 2
    let row = max(ScreenChrome.bodyTop, (grid.height - height) / 2)
    grid.drawBox(row: row, column: column, width: width, height: height, title: "Open in another wizard")
    grid.write("This draft is open in:", row: row + 1, column: column + 3, maxColumns: width - 6)
    grid.write(prompt.holder, row: row + 2, column: column + 3, style: .label, maxColumns: width - 6)
    let choices = [
      ("r", "read-only: look, nothing is saved"), ("t", "take over: the other one stops saving"),
    ]
    for (offset, (key, text)) in choices.enumerated() {
      grid.write(key, row: row + 4 + offset, column: column + 3, style: .focused)
      grid.write(text, row: row + 4 + offset, column: column + 5, maxColumns: width - 8)
    }
    grid.write("Esc  leave it there", row: row + 6, column: column + 3, style: .hint, maxColumns: width - 6)
  }

  static func drawDeleteConfirm(_ entry: DraftListing, now: Date, into grid: inout TextGrid) {
    let width = min(60, grid.width - 4)
    let height = 7
    let column = (grid.width - width) / 2
    let row = max(ScreenChrome.bodyTop, (grid.height - height) / 2)
    grid.drawBox(row: row, column: column, width: width, height: height, title: "Wipe this draft?")
    let name = entry.maskedName.isEmpty ? "(no name)" : entry.maskedName
    grid.write(
      "\(name) · \(stepText(entry)) · saved \(age(from: entry.updatedAt, now: now))", row: row + 1,
      column: column + 3, maxColumns: width - 6)
    grid.write("Its answers are wiped for good.", row: row + 2, column: column + 3, maxColumns: width - 6)
    grid.write("y", row: row + 4, column: column + 3, style: .focused)
    grid.write("wipe", row: row + 4, column: column + 5)
    grid.write("n, Esc", row: row + 4, column: column + 16, style: .focused)
    grid.write("keep", row: row + 4, column: column + 23)
  }
}

/// Header of the draft and fix-up screens: the environment, then what the
/// screen is instead of a step and progress bar.
enum DraftChrome {
  static func drawHeader(_ state: WizardState, label: String, into grid: inout TextGrid) {
    grid.fill(row: 0, column: 0, columns: grid.width, style: .header)
    var name = " kira-onboard · \(state.environment.name)"
    if case .failed = state.connection { name += " · NOT CONNECTED" }
    grid.write(name, row: 0, column: 0, style: .header)
    grid.writeRightAligned(label + " ", row: 0, endColumn: grid.width, style: .header)
  }

  /// The header label of the draft screen covering the wizard ("Saved
  /// drafts", "Fix-up"), or nil when the wizard's own screen shows.
  static func coveringLabel(_ state: WizardState) -> String? {
    if state.drafts.resumeList != nil { return "Saved drafts" }
    if state.drafts.fix?.showsSummary == true { return "Fix-up" }
    return nil
  }
}
