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
    let final = followUp?.stopped == .finalState ? state.text(.finalSuffix) : ""
    pair(state.text(.userID), user.id)
    pair(
      state.text(.status), user.status.map { ServerText.clean($0) + final },
      FollowUpLines.statusStyle(user.status))
    pair(state.text(layout.besideCode ? .verification : .verificationStatus), user.verificationStatus)
    if !layout.besideCode { pair(state.text(.verificationMode), user.verificationMode) }
    // The whole link, wrapped: a cut link is useless.
    let link = state.handOff?.link ?? user.verificationLink.map { ServerText.clean($0, limit: 2_048) }
    if let link, layout.besideCode {
      lines.append(ResultLine(state.text(.verificationLinkScan), .label, column: layout.labelColumn))
      lines += ResultLine.paragraph(link, .input, column: layout.labelColumn + 2, width: layout.width).map {
        var piece = $0
        piece.linksTo = link
        return piece
      }
    } else if let link {
      lines += ResultLine.wrapped(
        label: state.text(.verificationLink), link, .input, labelColumn: layout.labelColumn,
        valueColumn: layout.valueColumn, width: layout.width
      ).map {
        var piece = $0
        piece.linksTo = link
        return piece
      }
    }
    pair(state.text(.linkError), user.verificationLinkError, .warning)
    lines.append(.blank)
    if let followUp {
      // Beside the code: the history and the progress only (the applicant's next step is the link).
      lines += FollowUpLines.lines(
        followUp, now: state.now, refreshKey: "R", language: state.language, labelColumn: layout.labelColumn,
        valueColumn: layout.valueColumn, width: layout.width, compact: layout.besideCode,
        linkMode: link != nil)
    }
    if link != nil {
      lines += ResultLine.paragraph(
        state.text(layout.besideCode ? .scanOrSend : .sendLinkToApplicant),
        .hint, column: layout.labelColumn - 2, width: layout.width)
    } else if followUp == nil {
      lines.append(ResultLine(state.text(.kiraVerifiesNext), .hint))
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
    grid.write(state.text(.kiraCreatedUser), row: row, column: 2, style: .success)
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
        lines, from: row + 1, to: bottom, valueColumn: layout.valueColumn, width: layout.width,
        language: state.language, into: &grid)
    }
    let lines = createdLines(state, user: user, layout: Layout(width: grid.width))
    return FollowUpLines.draw(
      lines, from: row + 2, to: bottom, valueColumn: valueColumn, language: state.language, into: &grid)
  }

  /// Draws the screen; returns the pieces of text that are links.
  @discardableResult
  static func draw(_ state: WizardState, into grid: inout TextGrid) -> [Hyperlink] {
    ScreenChrome.draw(state, title: state.text(.resultHeader), statusLeft: nil, into: &grid)
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
      line(state.text(.alreadyOnboarded(id: id)), .warning, indent: 2)
      row += 1
      line(state.text(.nothingSentThisDesk))
      pair(state.text(.status), user.status)
      pair(state.text(.verificationStatusShort), user.verificationStatus)
      row += 1
      line(state.text(.toChangeThatUser), .hint)
      line("kira-onboard fix \(id)", .input, indent: 6)
      row += 1
      line(state.text(.escBackToReview), .hint)
    case .outcomeUnknown(let reason):
      line(state.text(.outcomeUnknown), .warning, indent: 2)
      row += 1
      line(state.text(.why(ServerText.clean(reason))))
      row += 1
      line(state.text(.retryIsSafe1), .plain)
      line(state.text(.retryIsSafe2), .plain)
      row += 1
      pair(state.text(.idempotencyKey), attempt.idempotencyKey)
      pair(state.text(.submitted), state.text(.times(attempt.submissions)))
    case .rejected(let status, let code, let message, _):
      line(
        state.text(.kiraRejectedData(status: status, code: code.map { ServerText.clean($0) })), .kiraError,
        indent: 2)
      row += 1
      let cleaned = ServerText.clean(message)
      if !state.unmappedKiraIssues.contains(cleaned) { line(state.text(.kiraSays(cleaned)), .kiraError) }
      for text in state.unmappedKiraIssues.prefix(8) { line(state.text(.kiraSays(text)), .kiraError) }
      row += 1
      line(state.text(.nothingCreated), .hint)
    case .failed(let failure):
      let what =
        switch failure.kind {
        case .authentication: state.text(.credentialsRefused)
        case .unavailable: state.text(.stayedUnavailable)
        case .conflict: state.text(.keyConflict)
        case .other: state.text(.submissionFailed)
        }
      let status = failure.httpStatus.map { " (HTTP \($0))" } ?? ""
      line("✗ \(what)\(status)", .error, indent: 2)
      row += 1
      line(ServerText.clean(failure.message))
      row += 1
      line(state.text(.retryOrBack), .hint)
      pair(state.text(.idempotencyKey), attempt.idempotencyKey)
    }
    return []
  }
}
