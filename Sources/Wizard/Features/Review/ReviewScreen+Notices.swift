import TerminalUI

extension ReviewContent {
  /// Lines Review adds for drafts and support: the journal attempt it was
  /// opened from, and users Kira already has with the applicant's e-mail
  /// (a warning, never blocking; a hint when Kira could not be asked).
  static func draftNotices(_ state: WizardState) -> [Line] {
    var lines: [Line] = []
    if let attempt = state.openedAttempt {
      lines.append(
        Line(text: state.text(.openedFromAttempt(Int(attempt))), style: .hint, column: 1))
    }
    switch state.emailCheck {
    case .found(_, let users) where !users.isEmpty:
      lines.append(
        Line(text: state.text(.kiraHasUsersWithEmail(count: users.count)), style: .warning, column: 1))
      for user in users.prefix(2) {
        let status = user.status.map { " (\(ServerText.clean($0)))" } ?? ""
        lines.append(Line(text: "  " + ServerText.clean(user.id) + status, style: .warning, column: 1))
      }
      if users.count > 2 {
        lines.append(Line(text: state.text(.andMore(users.count - 2)), style: .warning, column: 1))
      }
      lines.append(
        Line(text: state.text(.checkBeforeDuplicate), style: .warning, column: 1))
    case .unavailable:
      lines.append(
        Line(text: state.text(.emailCheckUnavailable), style: .hint, column: 1))
    default:
      break
    }
    return lines
  }
}
