import TerminalUI

extension ReviewScreen {
  /// Lines Review adds for drafts and support: the journal attempt it was
  /// opened from, and users Kira already has with the applicant's e-mail
  /// (a warning, never blocking; a hint when Kira could not be asked).
  static func draftNotices(_ state: WizardState) -> [Line] {
    var lines: [Line] = []
    if let attempt = state.drafts.openedAttempt {
      lines.append(
        Line(
          text: "Opened from journal attempt #\(attempt): Kira's field errors are marked \"Kira says\"",
          style: .hint, column: 1))
    }
    switch state.drafts.emailCheck {
    case .found(_, let users) where !users.isEmpty:
      let count = users.count == 1 ? "a user" : "\(users.count) users"
      lines.append(Line(text: "! Kira already has \(count) with this e-mail:", style: .warning, column: 1))
      for user in users.prefix(2) {
        let status = user.status.map { " (\(ServerText.clean($0)))" } ?? ""
        lines.append(Line(text: "  " + ServerText.clean(user.id) + status, style: .warning, column: 1))
      }
      if users.count > 2 {
        lines.append(Line(text: "  and \(users.count - 2) more", style: .warning, column: 1))
      }
      lines.append(
        Line(
          text: "  Check before creating a duplicate: kira-onboard users --email", style: .warning,
          column: 1))
    case .unavailable:
      lines.append(
        Line(
          text: "Could not ask Kira whether this e-mail exists (offline?): kira-onboard users --email",
          style: .hint, column: 1))
    default:
      break
    }
    return lines
  }
}
