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
      let shown = users.prefix(2).map { user in
        ServerText.clean(user.id) + (user.status.map { " (\(ServerText.clean($0)))" } ?? "")
      }
      let more = users.count > 2 ? " and \(users.count - 2) more" : ""
      lines.append(
        Line(
          text: "! Kira already has a user with this e-mail: " + shown.joined(separator: ", ") + more,
          style: .warning, column: 1))
      lines.append(
        Line(
          text: "  Check it first (kira-onboard users --email); submit only for a different person.",
          style: .warning, column: 1))
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
