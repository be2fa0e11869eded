import KYCForm

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

  /// What it says, put into words when drawn.
  public var notice: WizardNotice
  /// Its tone.
  public var tone: Tone

  /// Creates a message.
  public init(_ notice: WizardNotice, tone: Tone = .info) {
    self.notice = notice
    self.tone = tone
  }

  /// A message that reads the same in every language (already free of control characters).
  public init(_ text: String, tone: Tone = .info) {
    self.init(.verbatim(text), tone: tone)
  }

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String { notice.text(in: language) }

  /// The words in English (logs and tests).
  public var text: String { text(in: .english) }
}
