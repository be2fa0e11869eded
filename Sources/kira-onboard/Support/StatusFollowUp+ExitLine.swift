import Wizard

extension StatusFollowUp {
  /// The exit line's account of the follow-up: the transitions and whether
  /// the last status is final.
  var exitLine: String {
    let history = historyText.isEmpty ? "no status read" : historyText
    switch stopped {
    case .finalState?: return "Status (UTC): \(history) (final)"
    case .limit?:
      return "Status (UTC): \(history) (not final: stopped following after \(scheduledChecks) checks)"
    case nil: return "Status (UTC): \(history) (not final yet: `kira-onboard users --email` shows it later)"
    }
  }
}
