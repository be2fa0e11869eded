/// Why the curses screen could not be started.
public enum CursesTerminalError: Error, Sendable, Equatable {
  /// Standard input or output is not a terminal (piped, or run from CI).
  case notATerminal
  /// ncurses does not know the terminal type in `TERM` (or it is unset).
  case unknownTerminalType(String)
  /// The terminal cannot show the UTF-8 the wizard draws.
  case localeNotUTF8(String)
  /// The terminal type cannot move the cursor (`TERM=dumb`, a printing
  /// terminal, an editor's shell buffer): a full-screen form cannot be drawn.
  case cannotAddressCursor(String)

  /// One line for a person.
  public var message: String {
    switch self {
    case .notATerminal:
      "the wizard's screen needs an interactive terminal (stdin and stdout must be a TTY); "
        + "use `kira-onboard --accessible` for the line mode, or `kira-onboard submit` for batch input"
    case .unknownTerminalType(let name):
      "unknown terminal type \(name.isEmpty ? "(TERM is not set)" : "'\(name)'"); try TERM=xterm-256color"
    case .localeNotUTF8(let name):
      "the locale '\(name)' is not UTF-8; run with LANG=C.UTF-8 (or another UTF-8 locale)"
    case .cannotAddressCursor(let name):
      "the terminal type '\(name)' cannot move the cursor, so the wizard's screen cannot be drawn; "
        + "run it in a terminal such as xterm, tmux or PuTTY (TERM=xterm-256color), "
        + "or use the line mode (`kira-onboard --accessible`)"
    }
  }
}
