import QRCode
import TerminalUI

/// What came of the submission: the created user, a rejection Kira did not
/// tie to a field, an unknown outcome (with a safe retry), or a failure.
enum ResultScreen {
  static let labelColumn = 6
  static let valueColumn = 28

  /// Where the created user's lines go: the whole width, or the left of a QR code.
  struct Layout {
    var labelColumn = ResultScreen.labelColumn
    var valueColumn = ResultScreen.valueColumn
    var width: Int
    /// True beside a QR code: short labels, the link under its label.
    var besideCode = false
  }

  /// The created user: ids, statuses, the whole link, then the follow-up.
  static func createdLines(_ state: WizardState, user: CreatedUser, layout: Layout) -> [ResultLine] {
    var lines: [ResultLine] = []
    func pair(_ label: String, _ value: String?, _ style: Style = .input) {
      guard let value, !value.isEmpty else { return }
      lines += ResultLine.wrapped(
        label: label, ServerText.clean(value), style, labelColumn: layout.labelColumn,
        valueColumn: layout.valueColumn, width: layout.width)
    }
    let followUp = state.followUp.flatMap { $0.userID == user.id ? $0 : nil }
    let final = followUp?.stopped == .finalState ? " (final)" : ""
    pair("User id", user.id)
    pair("Status", user.status.map { ServerText.clean($0) + final }, FollowUpLines.statusStyle(user.status))
    pair(layout.besideCode ? "Verification" : "Verification status", user.verificationStatus)
    if !layout.besideCode { pair("Verification mode", user.verificationMode) }
    // The whole link, wrapped: a cut link is useless.
    let link = state.handOff?.link ?? user.verificationLink.map { ServerText.clean($0, limit: 2_048) }
    if let link, layout.besideCode {
      lines.append(ResultLine("Verification link (scan the code)", .label, column: layout.labelColumn))
      lines += ResultLine.paragraph(link, .input, column: layout.labelColumn + 2, width: layout.width).map {
        var piece = $0
        piece.linksTo = link
        return piece
      }
    } else if let link {
      lines += ResultLine.wrapped(
        label: "Verification link", link, .input, labelColumn: layout.labelColumn,
        valueColumn: layout.valueColumn, width: layout.width
      ).map {
        var piece = $0
        piece.linksTo = link
        return piece
      }
    }
    pair("Link error", user.verificationLinkError, .warning)
    lines.append(.blank)
    if let followUp {
      // Beside the code: the history and the progress only (the applicant's next step is the link).
      lines += FollowUpLines.lines(
        followUp, now: state.now, refreshKey: "R", labelColumn: layout.labelColumn,
        valueColumn: layout.valueColumn, width: layout.width, compact: layout.besideCode,
        linkMode: link != nil)
    }
    if link != nil {
      lines += ResultLine.paragraph(
        layout.besideCode
          ? "Scan the code, or send the link."
          : "Send the verification link to the applicant to finish identity checks.",
        .hint, column: layout.labelColumn - 2, width: layout.width)
    } else if followUp == nil {
      lines.append(ResultLine("Kira verifies the applicant next (see `kira-onboard users --email`).", .hint))
    }
    return lines
  }

  /// Where the QR code goes (top row, first column), or nil when it is off
  /// (`--no-qr`), missing, or the screen is too small for it beside 40
  /// columns of text: then the link shows as text only.
  static func codePlacement(_ state: WizardState, code: QRMatrix?, grid: TextGrid) -> (row: Int, column: Int)?
  {
    guard state.showsQRCode, let code else { return nil }
    let drawn = code.drawnSize(quietZone: LinkHandOff.quietZone)
    let top = ScreenChrome.bodyTop - 2
    let column = grid.width - drawn.columns - 1
    guard top + drawn.rows - 1 <= ScreenChrome.bodyBottom(height: grid.height), column >= minimumTextColumns
    else { return nil }
    return (top, column)
  }

  /// Text columns kept left of a QR code.
  static let minimumTextColumns = 40

  /// The created user, with the QR code of its link on the right when it fits.
  static func drawCreated(_ state: WizardState, user: CreatedUser, into grid: inout TextGrid) -> [Hyperlink] {
    let row = ScreenChrome.bodyTop + 1
    grid.write("✓ Kira created the user", row: row, column: 2, style: .success)
    let bottom = ScreenChrome.bodyBottom(height: grid.height)
    if let handOff = state.handOff, let place = codePlacement(state, code: handOff.code, grid: grid),
      let code = handOff.code
    {
      for (offset, text) in code.halfBlockLines(quietZone: LinkHandOff.quietZone).enumerated() {
        grid.write(text, row: place.row + offset, column: place.column, style: .plain)
      }
      let layout = Layout(labelColumn: 4, valueColumn: 18, width: place.column - 1, besideCode: true)
      let lines = createdLines(state, user: user, layout: layout)
      return FollowUpLines.draw(
        lines, from: row + 1, to: bottom, valueColumn: layout.valueColumn, width: layout.width, into: &grid)
    }
    let lines = createdLines(state, user: user, layout: Layout(width: grid.width))
    return FollowUpLines.draw(lines, from: row + 2, to: bottom, valueColumn: valueColumn, into: &grid)
  }

  /// Draws the screen; returns the pieces of text that are links.
  @discardableResult
  static func draw(_ state: WizardState, into grid: inout TextGrid) -> [Hyperlink] {
    ScreenChrome.draw(state, title: "Result", statusLeft: nil, into: &grid)
    var row = ScreenChrome.bodyTop + 1
    func line(_ text: String, _ style: Style = .plain, indent: Int = 4) {
      grid.write(text, row: row, column: indent, style: style)
      row += 1
    }
    func pair(_ label: String, _ value: String?) {
      guard let value, !value.isEmpty else { return }
      grid.write(label, row: row, column: 6, style: .label)
      grid.write(ServerText.clean(value), row: row, column: 28, style: .input)
      row += 1
    }
    if let user = state.createdUser {
      return drawCreated(state, user: user, into: &grid)
    }
    guard let attempt = state.submission, let outcome = attempt.outcome else { return [] }
    switch outcome {
    case .created, .emailInUse:
      return []
    case .alreadyOnboarded(let user):
      let id = ServerText.clean(user.id, limit: 80)
      line("! Already onboarded as \(id)", .warning, indent: 2)
      row += 1
      line("Nothing was sent: this desk already created a Kira user from this e-mail.")
      pair("Status", user.status)
      pair("Verification status", user.verificationStatus)
      row += 1
      line("To change that user's data (the answers typed here were not sent), use:", .hint)
      line("kira-onboard fix \(id)", .input, indent: 6)
      row += 1
      line("Esc goes back to Review.", .hint)
    case .outcomeUnknown(let reason):
      line("? Outcome unknown: Kira may or may not have created the user", .warning, indent: 2)
      row += 1
      line("Why: " + ServerText.clean(reason))
      row += 1
      line("Retrying is safe: R sends the same data with the same idempotency key,", .plain)
      line("so Kira answers with what it did the first time. Never a second customer.", .plain)
      row += 1
      pair("Idempotency key", attempt.idempotencyKey)
      pair("Submitted", "\(attempt.submissions) time\(attempt.submissions == 1 ? "" : "s")")
    case .rejected(let status, let code, let message, _):
      line(
        "✗ Kira rejected the data (HTTP \(status)\(code.map { ", \(ServerText.clean($0))" } ?? ""))",
        .kiraError, indent: 2)
      row += 1
      let cleaned = ServerText.clean(message)
      if !state.unmappedKiraIssues.contains(cleaned) { line("Kira says: " + cleaned, .kiraError) }
      for text in state.unmappedKiraIssues.prefix(8) { line("Kira says: " + text, .kiraError) }
      row += 1
      line("Nothing was created. Esc goes back to Review to change the answers.", .hint)
    case .failed(let failure):
      let what =
        switch failure.kind {
        case .authentication: "Kira refused the credentials"
        case .unavailable: "Kira stayed unavailable through every retry"
        case .conflict: "Kira saw this idempotency key with other data"
        case .other: "The submission failed"
        }
      let status = failure.httpStatus.map { " (HTTP \($0))" } ?? ""
      line("✗ \(what)\(status)", .error, indent: 2)
      row += 1
      line(ServerText.clean(failure.message))
      row += 1
      line("R tries again with the same data and key (safe); Esc goes back to Review.", .hint)
      pair("Idempotency key", attempt.idempotencyKey)
    }
    return []
  }
}
