import Foundation
import KYCForm
import TerminalUI

/// The fix-up summary of a remote user: status, verification status,
/// `missing_fields` per product, the fields to fix with their current
/// answers, the last update and a re-issued verification link.
enum FixScreen {
  static let labelColumn = 3
  static let valueColumn = 26

  static func draw(_ state: WizardState, fix: FixSession, into grid: inout TextGrid) {
    let target = fix.target
    ScreenChrome.draw(
      state, title: "Fix a Kira user", titleNote: target.maskedName.isEmpty ? nil : target.maskedName,
      statusLeft: nil, hint: hint(fix), into: &grid)
    DraftChrome.drawHeader(state, label: "Fix-up", into: &grid)
    var row = ScreenChrome.bodyTop
    let bottom = ScreenChrome.bodyBottom(height: grid.height)
    func pair(_ label: String, _ value: String, _ style: Style = .input) {
      guard row <= bottom else { return }
      grid.write(
        label, row: row, column: labelColumn, style: .label, maxColumns: valueColumn - labelColumn - 1)
      grid.write(value, row: row, column: valueColumn, style: style)
      row += 1
    }
    func line(_ text: String, _ style: Style, column: Int = labelColumn) {
      guard row <= bottom else { return }
      grid.write(text, row: row, column: column, style: style)
      row += 1
    }
    pair("User id", ServerText.clean(target.userID))
    pair("Status", ServerText.clean(target.status ?? "-"), target.isRejected ? .error : .input)
    pair("Verification status", ServerText.clean(target.verificationStatus ?? "-"))
    if target.missing.isEmpty {
      pair("Missing fields", "(none reported)", .hint)
    } else {
      line("Missing fields", .label)
      for missing in target.missing {
        let tokens = missing.tokens.isEmpty ? "(none)" : missing.tokens.joined(separator: ", ")
        line("  \(ServerText.clean(missing.product)): \(ServerText.clean(tokens))", .input)
      }
    }
    row += 1
    if target.fieldsToAsk.isEmpty {
      line("✓ Nothing to fix: Kira lists no missing or rejected field.", .success)
    } else {
      line("Fields to fix (Enter edits them; F10 on Review sends only what changed)", .label)
      for id in target.fieldsToAsk {
        guard let field = state.form.field(id) ?? OnboardingForm.individual.field(id) else { continue }
        let value = state.form.field(id) == nil ? "" : state.form.displayValue(of: id, in: state.values)
        pair(
          "  " + field.label(in: state.values), value.isEmpty ? "— (empty)" : value,
          value.isEmpty ? .hint : .input)
      }
    }
    if !target.unmappedTokens.isEmpty {
      line(
        "Not a form field (ask Kira): "
          + target.unmappedTokens.map { ServerText.clean($0) }.joined(separator: ", "),
        .warning)
    }
    if let updated = fix.lastUpdatedFields {
      row += 1
      line("✓ Kira updated: " + updated.map { ServerText.clean($0) }.joined(separator: ", "), .success)
      if let flags = fix.lastReverification { line("  " + ServerText.clean(flags), .hint) }
    }
    if let link = fix.reissuedLink {
      row += 1
      let state = fix.reissuedStatus.map { " (\(ServerText.clean($0)))" } ?? ""
      line("New verification link" + state + ": send it to the customer", .label)
      // The whole link, wrapped: a cut link is useless.
      var rest = Substring(ServerText.clean(link, limit: 1_000))
      while !rest.isEmpty {
        let piece = rest.prefix(grid.width - labelColumn - 3)
        line(String(piece), .input, column: labelColumn + 2)
        rest = rest.dropFirst(piece.count)
      }
    } else if target.isRejected, fix.activity == nil {
      row += 1
      line("Kira rejected this user: R re-issues verification (a new embedded link).", .hint)
    }
    if let activity = fix.activity {
      row += 1
      line(
        activity == .saving
          ? "… Sending the changes to Kira, then reloading the user" : "… Re-issuing verification",
        .warning)
    }
  }

  /// The line above the status line.
  static func hint(_ fix: FixSession) -> String {
    if fix.target.fieldsToAsk.isEmpty {
      return fix.target.isRejected
        ? "R re-issues verification · Ctrl-Q quits" : "Nothing to fix · Ctrl-Q quits"
    }
    return "Enter edits the fields to fix" + (fix.target.isRejected ? " · R re-issues verification" : "")
  }
}
