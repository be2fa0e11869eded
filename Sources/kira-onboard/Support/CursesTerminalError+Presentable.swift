import CursesTerminal

extension CursesTerminalError: PresentableError {
  /// The adapter's own one-line explanation.
  var userMessage: String { message }

  /// Not a terminal is a usage mistake; an unusable terminal or locale means
  /// the wizard is unavailable here.
  var exitStatus: Int32 {
    switch self {
    case .notATerminal: ExitStatus.usage
    case .unknownTerminalType, .localeNotUTF8, .cannotAddressCursor: ExitStatus.unavailable
    }
  }
}
