import CursesTerminal
import KiraOnboarding

extension CursesTerminalError: PresentableError {
  /// The adapter's own one-line explanation.
  public var userMessage: String { message }

  /// Not a terminal is a usage mistake; an unusable terminal or locale means
  /// the wizard is unavailable here.
  public var exitStatus: Int32 {
    switch self {
    case .notATerminal: ExitStatus.usage
    case .unknownTerminalType, .localeNotUTF8, .cannotAddressCursor: ExitStatus.unavailable
    }
  }
}
