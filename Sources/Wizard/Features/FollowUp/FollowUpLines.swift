import Foundation
import KYCForm
import KiraModels
import TerminalUI

/// A line of the Result screen's created-user part, or of the fix-up's
/// follow-up: a label (at `labelColumn`) and a value (at `valueColumn`), or a
/// text at `column`.
struct ResultLine: Sendable, Hashable {
  var label: String?
  var text: String
  var style: Style
  var column: Int
  /// The url this line's text is a piece of (OSC 8 on terminals that show links).
  var linksTo: String?

  init(label: String? = nil, _ text: String, _ style: Style = .plain, column: Int = 4) {
    self.label = label
    self.text = text
    self.style = style
    self.column = column
  }

  static let blank = ResultLine("")

  /// `value` after `label`, wrapped at `width` with continuation lines under the value: never cut.
  static func wrapped(
    label: String, _ value: String, _ style: Style, labelColumn: Int, valueColumn: Int, width: Int
  ) -> [ResultLine] {
    let pieces = TextWrapping.lines(value, columns: max(10, width - valueColumn - 1))
    return pieces.enumerated().map { index, piece in
      ResultLine(
        label: index == 0 ? label : nil, piece, style, column: index == 0 ? labelColumn : valueColumn)
    }
  }

  /// `text` wrapped at `width` starting at `column`.
  static func paragraph(_ text: String, _ style: Style, column: Int, width: Int) -> [ResultLine] {
    TextWrapping.lines(text, columns: max(10, width - column - 1)).map {
      ResultLine($0, style, column: column)
    }
  }
}

/// The status follow-up as lines: transitions with their times,
/// `verification_triggered`, what is missing per product and what to do
/// next. Shared by the Result screen and the fix-up summary.
enum FollowUpLines {
  /// The lines for `followUp`, values at `valueColumn`, at most `width`
  /// wide. `compact` (the fix-up summary, which lists `missing_fields` and
  /// its own next steps) keeps only the history and the progress line.
  static func lines(
    _ followUp: StatusFollowUp, now: Date, refreshKey: String, language: OperatorLanguage = .english,
    labelColumn: Int, valueColumn: Int, width: Int, compact: Bool = false, linkMode: Bool = false
  ) -> [ResultLine] {
    func text(_ text: ScreenText) -> String { text.text(in: language) }
    var lines: [ResultLine] = []
    let style = statusStyle(followUp.status)
    if compact {
      for (index, line) in historyLines(followUp, width: width - valueColumn - 1).enumerated() {
        lines.append(
          index == 0
            ? ResultLine(label: text(.statusUTC), line, style, column: labelColumn)
            : ResultLine(line, style, column: valueColumn))
      }
    } else if !followUp.transitions.isEmpty {
      lines.append(ResultLine(text(.statusHistoryUTC), .label, column: labelColumn))
      lines += historyLines(followUp, width: width - labelColumn - 3).map {
        ResultLine($0, style, column: labelColumn + 2)
      }
    }
    if !compact, let triggered = followUp.verificationTriggered {
      lines.append(
        ResultLine(
          label: text(.verification), text(triggered ? .triggered : .notTriggered),
          triggered ? .input : .warning, column: labelColumn))
    }
    lines += ResultLine.paragraph(
      followUp.progressText(now: now, refreshKey: refreshKey, language: language),
      followUp.lastFailure == nil ? .hint : .warning,
      column: labelColumn, width: width)
    if !followUp.latest.reasons.isEmpty {
      lines.append(ResultLine(text(.kiraReasons), .label, column: labelColumn))
      for reason in followUp.latest.reasons {
        lines += ResultLine.paragraph("- " + reason, .error, column: labelColumn + 2, width: width)
      }
    }
    guard !compact else { return lines }
    if !followUp.latest.missing.isEmpty {
      lines.append(ResultLine(text(.missingFieldsPerProduct), .label, column: labelColumn))
      for missing in followUp.latest.missing {
        lines += ResultLine.paragraph(
          "\(missing.product): " + missing.tokens.joined(separator: ", "), .plain, column: labelColumn + 2,
          width: width)
      }
    }
    let next = followUp.nextStep(userID: followUp.userID, linkMode: linkMode, language: language)
    lines += ResultLine.paragraph(next.advice, .hint, column: labelColumn, width: width)
    if let command = next.command { lines.append(ResultLine(command, .input, column: labelColumn + 2)) }
    return lines
  }

  /// The transitions in lines of at most `width` columns, broken only
  /// between two transitions (a status is never parted from its time).
  static func historyLines(_ followUp: StatusFollowUp, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for transition in followUp.transitions {
      let piece = "\(transition.status) \(StatusFollowUp.clock(transition.at))"
      if current.isEmpty {
        current = piece
      } else if DisplayWidth.of(current) + 3 + DisplayWidth.of(piece) <= width {
        current += " → " + piece
      } else {
        lines.append(current)
        current = "→ " + piece
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Rejected in the error style, verified in the success style.
  static func statusStyle(_ status: String?) -> Style {
    switch status?.uppercased() {
    case "REJECTED"?: .error
    case "VERIFIED"?, "ACTIVE"?: .success
    default: .input
    }
  }

  /// Draws `lines` from `row` down to `lastRow`; when they do not fit, the
  /// last row says how many were left out.
  @discardableResult
  static func draw(
    _ lines: [ResultLine], from row: Int, to lastRow: Int, valueColumn: Int, width: Int? = nil,
    language: OperatorLanguage = .english, into grid: inout TextGrid
  ) -> [Hyperlink] {
    var links: [Hyperlink] = []
    let width = width ?? grid.width
    var shown = lines
    let room = lastRow - row + 1
    if shown.count > room, room > 0 {
      let hidden = shown.count - (room - 1)
      shown = Array(shown.prefix(room - 1))
      shown.append(ResultLine(ScreenText.moreLines(hidden).text(in: language), .hint))
    }
    for (offset, line) in shown.enumerated() where row + offset <= lastRow {
      if let label = line.label {
        grid.write(
          label, row: row + offset, column: line.column, style: .label,
          maxColumns: valueColumn - line.column - 1)
        grid.write(
          line.text, row: row + offset, column: valueColumn, style: line.style,
          maxColumns: width - valueColumn)
      } else {
        grid.write(
          line.text, row: row + offset, column: line.column, style: line.style,
          maxColumns: width - line.column)
      }
      if let url = line.linksTo {
        let column = line.label == nil ? line.column : valueColumn
        links.append(Hyperlink(row: row + offset, column: column, text: line.text, url: url))
      }
    }
    return links
  }
}
