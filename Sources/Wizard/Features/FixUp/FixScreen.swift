import Foundation
import KYCForm
import TerminalUI

/// The fix-up summary of a remote user: status, verification status,
/// `missing_fields` per product, the fields to fix with their current
/// answers, the last update and a re-issued verification link. When it all
/// does not fit, the list of fields is cut first ("… and 4 more").
enum FixScreen {
  static let labelColumn = 3
  /// Column of values: 26, further right when a label (a longer Spanish one) needs it.
  static func valueColumn(for lines: [Line]) -> Int {
    let longest =
      lines.compactMap { line in line.label.map { line.column + DisplayWidth.of($0) + 2 } }.max() ?? 0
    return min(36, max(26, longest))
  }

  /// One line of the summary: a label and value, or a text at a column.
  struct Line {
    var label: String?
    var text: String
    var style: Style
    var column = FixScreen.labelColumn
  }

  static func draw(_ state: WizardState, fix: FixSession, into grid: inout TextGrid) {
    let target = fix.target
    ScreenChrome.draw(
      state, title: state.text(.fixTitle), titleNote: target.maskedName.isEmpty ? nil : target.maskedName,
      statusLeft: nil, hint: hint(fix, state: state), into: &grid)
    DraftChrome.drawHeader(state, label: state.text(.fixUpHeader), into: &grid)
    let height = ScreenChrome.bodyBottom(height: grid.height) - ScreenChrome.bodyTop + 1
    let head = headLines(target, state: state)
    let tail =
      tailLines(fix, state: state, width: grid.width) + followUpLines(state, fix: fix, width: grid.width)
    let fields = fieldLines(state, target: target)
    let room = max(1, height - head.count - tail.count)
    var body = fields
    if fields.count > room {
      body = Array(fields.prefix(room - 1))
      let hidden = fields.count - body.count
      body.append(Line(text: state.text(.moreFields(hidden)), style: .hint))
    }
    var row = ScreenChrome.bodyTop
    let shown = head + body + tail
    let valueColumn = valueColumn(for: shown)
    for line in shown where row < ScreenChrome.bodyTop + height {
      if let label = line.label {
        grid.write(
          label, row: row, column: line.column, style: .label, maxColumns: valueColumn - line.column - 1)
        grid.write(line.text, row: row, column: valueColumn, style: line.style)
      } else {
        grid.write(line.text, row: row, column: line.column, style: line.style)
      }
      row += 1
    }
  }

  /// Ids, statuses and `missing_fields`.
  static func headLines(_ target: FixTarget, state: WizardState) -> [Line] {
    var lines = [
      Line(label: state.text(.userID), text: ServerText.clean(target.userID), style: .input),
      Line(
        label: state.text(.status), text: ServerText.clean(target.status ?? "-"),
        style: target.isRejected ? .error : .input),
      Line(
        label: state.text(.verificationStatusShort), text: ServerText.clean(target.verificationStatus ?? "-"),
        style: .input),
    ]
    if target.missing.isEmpty {
      lines.append(Line(label: state.text(.missingFields), text: state.text(.noneReported), style: .hint))
    } else {
      lines.append(Line(text: state.text(.missingFields), style: .label))
      for missing in target.missing {
        let tokens = missing.tokens.isEmpty ? state.text(.none) : missing.tokens.joined(separator: ", ")
        lines.append(
          Line(
            text: "\(ServerText.clean(missing.product)): \(ServerText.clean(tokens))", style: .plain,
            column: labelColumn + 2))
      }
    }
    lines.append(Line(text: "", style: .plain))
    return lines
  }

  /// The fields to fix with their current answers (or that nothing is left).
  static func fieldLines(_ state: WizardState, target: FixTarget) -> [Line] {
    var lines: [Line] = []
    if target.fieldsToAsk.isEmpty {
      lines.append(Line(text: state.text(.nothingToFix), style: .success))
    } else {
      lines.append(Line(text: state.text(.fieldsToFix), style: .label))
      for id in target.fieldsToAsk {
        guard let field = state.form.field(id) ?? OnboardingForm.individual.field(id) else { continue }
        let value = state.form.field(id) == nil ? "" : state.displayValue(of: id)
        lines.append(
          Line(
            label: "  " + state.label(of: field), text: value.isEmpty ? state.text(.emptyValue) : value,
            style: value.isEmpty ? .hint : .input))
      }
    }
    if !target.unmappedTokens.isEmpty {
      let tokens = target.unmappedTokens.map { ServerText.clean($0) }.joined(separator: ", ")
      lines.append(Line(text: state.text(.notAFormField(tokens)), style: .warning))
    }
    return lines
  }

  /// The last update, a re-issued link (whole, wrapped) and work in flight.
  static func tailLines(_ fix: FixSession, state: WizardState, width: Int) -> [Line] {
    var lines: [Line] = []
    if let updated = fix.lastUpdatedFields {
      lines.append(Line(text: "", style: .plain))
      lines.append(
        Line(
          text: state.text(.kiraUpdated(updated.map { ServerText.clean($0) }.joined(separator: ", "))),
          style: .success))
      if let flags = fix.lastReverification {
        lines.append(Line(text: "  " + ServerText.clean(flags), style: .hint))
      }
      // A warning (a document that failed to upload) must not read as a success.
      for warning in fix.lastWarnings.prefix(3) {
        lines.append(Line(text: state.text(.kiraWarns(warning)), style: .warning))
      }
      if fix.lastWarnings.count > 3 {
        lines.append(Line(text: state.text(.moreWarnings(fix.lastWarnings.count - 3)), style: .warning))
      }
    }
    if let link = fix.reissuedLink {
      lines.append(Line(text: "", style: .plain))
      let status = fix.reissuedStatus.map { " (\(ServerText.clean($0)))" } ?? ""
      lines.append(Line(text: state.text(.newLink(status: status)), style: .label))
      // The whole link, wrapped: a cut link is useless.
      var rest = Substring(ServerText.clean(link, limit: 1_000))
      while !rest.isEmpty {
        let piece = rest.prefix(width - labelColumn - 3)
        lines.append(Line(text: String(piece), style: .input, column: labelColumn + 2))
        rest = rest.dropFirst(piece.count)
      }
    } else if fix.target.isRejected, fix.activity == nil {
      lines.append(Line(text: "", style: .plain))
      lines.append(
        Line(text: state.text(.rejectedReissueHint), style: .hint))
    }
    if let activity = fix.activity {
      lines.append(Line(text: "", style: .plain))
      lines.append(
        Line(
          text: state.text(activity == .saving ? .sendingChanges : .reissuing),
          style: .warning))
    }
    return lines
  }

  /// The status follow-up after a save or a re-issue (or F5): transitions
  /// with their times and what comes next; the head lists `missing_fields`.
  static func followUpLines(_ state: WizardState, fix: FixSession, width: Int) -> [Line] {
    guard let followUp = state.followUp, followUp.userID == fix.target.userID else { return [] }
    let lines = FollowUpLines.lines(
      followUp, now: state.now, refreshKey: "F5", language: state.language, labelColumn: labelColumn,
      valueColumn: 26,
      width: width, compact: true)
    return [Line(text: "", style: .plain)]
      + lines.map { Line(label: $0.label, text: $0.text, style: $0.style, column: $0.column) }
  }

  /// The line above the status line.
  static func hint(_ fix: FixSession, state: WizardState) -> String {
    if fix.activity != nil { return state.text(.waitingForKira) }
    if fix.target.fieldsToAsk.isEmpty {
      return state.text(fix.target.isRejected ? .reissueHintOnly : .nothingToFixHint)
    }
    return state.text(.editFieldsHint(rejected: fix.target.isRejected))
  }
}
