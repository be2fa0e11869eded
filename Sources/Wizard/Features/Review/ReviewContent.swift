import KYCForm
import TerminalUI

/// What Review lists, as lines of text with their styles: drawn by
/// `ReviewScreen`, counted by the reducer for its scroll limit.
enum ReviewContent {
  /// Column of the answers' labels.
  static let labelColumn = 5
  /// Column of the answers' values.
  static let valueColumn = 34

  /// One line of the review list.
  struct Line {
    var text: String
    var style: Style
    var column: Int
    /// For answers: the value, drawn at the value column.
    var value: String?
  }

  /// The review list: a summary, unmapped Kira errors, then each step with
  /// its answers and their findings.
  static func lines(_ state: WizardState) -> [Line] {
    var lines: [Line] = []
    let errors = state.reviewErrors
    if errors.isEmpty {
      lines.append(Line(text: state.text(.noErrors), style: .success, column: 1))
    } else {
      lines.append(Line(text: state.text(.errorsBlockSubmit(errors.count)), style: .error, column: 1))
    }
    lines += readinessLines(state)
    for text in state.unmappedKiraIssues {
      lines.append(Line(text: state.text(.kiraSays(text)), style: .kiraError, column: 1))
    }
    lines += draftNotices(state)
    for (index, step) in state.form.steps.enumerated() {
      lines.append(Line(text: "[\(index + 1)] \(state.title(of: step))", style: .label, column: 1))
      var shown = 0
      for field in state.form.visibleFields(in: step.id, values: state.values) {
        let value = StepScreen.displayText(of: field, in: state, width: state.columns - valueColumn - 1)
        let findings = state.reviewIssues.filter { $0.field == field.id }
        let kira = state.kiraIssues[field.id] ?? []
        guard !value.isEmpty || !findings.isEmpty || !kira.isEmpty else { continue }
        shown += 1
        // A long value (a 70-character street) and a long finding wrap: what
        // goes to Kira is read whole before it is sent.
        let valueLines = TextWrapping.lines(
          value.isEmpty ? "—" : value, columns: state.columns - valueColumn - 1)
        for (index, piece) in valueLines.enumerated() {
          lines.append(
            Line(
              text: index == 0 ? state.label(of: field) : "", style: .plain, column: labelColumn,
              value: piece))
        }
        for issue in findings {
          let isError = issue.severity == .error
          lines += wrapped(
            (isError ? "✗ " : "! ") + state.message(of: issue), style: isError ? .error : .warning,
            column: labelColumn + 2, width: state.columns)
        }
        for text in kira {
          lines += wrapped(
            state.text(.kiraSays(text)), style: .kiraError, column: labelColumn + 2, width: state.columns)
        }
      }
      if shown == 0 {
        lines.append(Line(text: state.text(.nothingEntered), style: .hint, column: labelColumn))
      }
    }
    return lines
  }

  /// The readiness checklist: will Kira verify this customer, and if not,
  /// each missing item with the number of the step that completes it.
  static func readinessLines(_ state: WizardState) -> [Line] {
    guard let readiness = state.readiness, let category = readiness.category else { return [] }
    // The category is named on the ready line; the missing ones say it under their fields.
    if readiness.willVerify {
      return [
        Line(
          text: state.text(.readyForVerification(customer: state.customerName(of: category))),
          style: .success, column: 1)
      ]
    }
    var lines = [
      Line(text: state.text(.notVerifiableStillMissing), style: .warning, column: 1)
    ]
    // Each item with its step's number (the key that opens it there), in form order.
    let order = state.form.fields.map(\.id)
    let items = readiness.missing.map { item -> (step: Int, position: Int, label: String) in
      let field = state.form.jumpField(for: item, in: state.values)
      let step = state.form.steps.firstIndex { step in step.fields.contains { $0.id == field } } ?? 0
      return (step + 1, order.firstIndex(of: field) ?? order.count, state.label(of: item))
    }.sorted { ($0.step, $0.position) < ($1.step, $1.position) }
    var row = ""
    for item in items {
      let entry = "[\(item.step)] \(item.label)"
      if !row.isEmpty, DisplayWidth.of(row) + 3 + DisplayWidth.of(entry) > state.columns - 4 {
        lines.append(Line(text: row, style: .warning, column: 3))
        row = ""
      }
      row += (row.isEmpty ? "" : " · ") + entry
    }
    if !row.isEmpty { lines.append(Line(text: row, style: .warning, column: 3)) }
    return lines
  }

  /// `text` as lines from `column` within `width`, continuation lines
  /// indented under the text after its mark.
  static func wrapped(_ text: String, style: Style, column: Int, width: Int) -> [Line] {
    let first = TextWrapping.lines(text, columns: width - column - 1)
    guard first.count > 1 else { return [Line(text: text, style: style, column: column)] }
    let rest = TextWrapping.lines(first.dropFirst().joined(separator: " "), columns: width - column - 3)
    return [Line(text: first[0], style: style, column: column)]
      + rest.map { Line(text: $0, style: style, column: column + 2) }
  }

  static func plural(_ count: Int, _ noun: String) -> String {
    count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
  }
}
