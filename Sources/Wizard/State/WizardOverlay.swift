/// Something drawn over the current screen that takes the keys until closed.
public enum WizardOverlay: Sendable, Hashable {
  /// The help screen, scrolled by `offset` lines.
  case help(offset: Int)
  /// "Quit without submitting?"
  case quitConfirm
  /// The demo scenario menu with the highlighted row.
  case scenarios(highlighted: Int)
}

/// Which main screen is showing.
public enum WizardScreen: Sendable, Hashable {
  /// A step of the form (`WizardState.stepIndex`).
  case step
  /// Every answer, before submitting.
  case review
  /// Waiting for Kira.
  case submitting
  /// What Kira answered (or that nobody knows).
  case result
}

/// A one-line message above the status line; cleared by the next key.
public struct StatusMessage: Sendable, Hashable {
  /// What kind of message, for its style.
  public enum Tone: Sendable, Hashable {
    case info
    case warning
    case error
    case kira
    case success
  }

  /// The text (already free of control characters).
  public var text: String
  /// Its tone.
  public var tone: Tone

  /// Creates a message.
  public init(_ text: String, tone: Tone = .info) {
    self.text = text
    self.tone = tone
  }
}
