import TerminalUI

/// What came of the submission: the created user, a rejection Kira did not
/// tie to a field, an unknown outcome (with a safe retry), or a failure.
enum ResultScreen {
  static let labelColumn = 6
  static let valueColumn = 28

  /// The created user: ids, statuses, the whole link, then the follow-up.
  static func createdLines(_ state: WizardState, user: CreatedUser, width: Int) -> [ResultLine] {
    var lines: [ResultLine] = []
    func pair(_ label: String, _ value: String?, _ style: Style = .input) {
      guard let value, !value.isEmpty else { return }
      lines += ResultLine.wrapped(
        label: label, ServerText.clean(value), style, labelColumn: labelColumn, valueColumn: valueColumn,
        width: width)
    }
    let followUp = state.followUp.flatMap { $0.userID == user.id ? $0 : nil }
    let final = followUp?.stopped == .finalState ? " (final)" : ""
    pair("User id", user.id)
    pair("Status", user.status.map { ServerText.clean($0) + final }, FollowUpLines.statusStyle(user.status))
    pair("Verification status", user.verificationStatus)
    pair("Verification mode", user.verificationMode)
    // The whole link, wrapped: a cut link is useless.
    pair("Verification link", user.verificationLink.map { ServerText.clean($0, limit: 2_000) })
    pair("Link error", user.verificationLinkError, .warning)
    lines.append(.blank)
    if let followUp {
      lines += FollowUpLines.lines(
        followUp, now: state.now, refreshKey: "R", labelColumn: labelColumn, valueColumn: valueColumn,
        width: width)
    }
    if user.verificationLink != nil {
      lines += ResultLine.paragraph(
        "Send the verification link to the applicant to finish identity checks.", .hint, column: 4,
        width: width)
    } else if followUp == nil {
      lines.append(ResultLine("Kira verifies the applicant next (see `kira-onboard users --email`).", .hint))
    }
    return lines
  }

  static func draw(_ state: WizardState, into grid: inout TextGrid) {
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
      line("✓ Kira created the user", .success, indent: 2)
      row += 1
      let lines = createdLines(state, user: user, width: grid.width)
      FollowUpLines.draw(
        lines, from: row, to: ScreenChrome.bodyBottom(height: grid.height), valueColumn: valueColumn,
        into: &grid)
      return
    }
    guard let attempt = state.submission, let outcome = attempt.outcome else { return }
    switch outcome {
    case .created:
      return
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
  }
}
