/// Why the curses screen could not be started.
public enum CursesTerminalError: Error, Sendable, Equatable {
  /// Standard input or output is not a terminal (piped, or run from CI).
  case notATerminal
  /// ncurses does not know the terminal type in `TERM` (or it is unset).
  case unknownTerminalType(String)
  /// The terminal cannot show the UTF-8 the wizard draws.
  case localeNotUTF8(String)

  /// One line for a person.
  public var message: String {
    switch self {
    case .notATerminal:
      "the wizard needs an interactive terminal (stdin and stdout must be a TTY); "
        + "use `kira-onboard submit` for batch input"
    case .unknownTerminalType(let name):
      "unknown terminal type \(name.isEmpty ? "(TERM is not set)" : "'\(name)'"); try TERM=xterm-256color"
    case .localeNotUTF8(let name):
      "the locale '\(name)' is not UTF-8; run with LANG=C.UTF-8 (or another UTF-8 locale)"
    }
  }
}
