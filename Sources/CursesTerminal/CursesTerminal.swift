import CNcurses
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `Terminal` on a real screen, through ncursesw: the only code in
/// kira-onboard that talks to curses.
///
/// - Raw mode: Ctrl-C, Ctrl-S, Ctrl-Q and Ctrl-Z arrive as keys.
/// - Keys are decoded from the raw bytes by `KeyStreamDecoder` (curses'
///   keypad translation is off): Esc reacts within 25 ms, bracketed paste
///   arrives as one `.paste` key, a resize as `.resize(columns:rows:)`.
/// - Frames are diffed against the previous one and only the changed cells
///   are handed to curses, which then writes the minimum in one refresh.
/// - Colours come from `Style`; under `NO_COLOR` (or on a terminal without
///   colours) only bold, underline, reverse and dim are used.
/// - The terminal is restored on shutdown, on `exit()`, on SIGINT, SIGTERM,
///   SIGHUP and SIGQUIT, and on a crash (see `TerminalRestorer`), and stderr
///   is held back while curses owns the screen.
public final class CursesTerminal: Terminal {
  /// Whether styles are drawn in colour (false under `NO_COLOR`).
  public let usesColor: Bool

  private var screen: OpaquePointer?
  private var palette: StylePalette
  private var previousGrid: TextGrid?
  private var cursorVisible: Int32 = -1
  private var currentTimeout: Int = .min
  private var isRunning = true
  private var needsInputModes = true
  private var needsScreenStart = true
  /// True when the terminal shows OSC 8 links (`supportsHyperlinks`).
  private let showsHyperlinks: Bool
  /// The links of the last frame (a change repaints the screen, so no stale link is left).
  private var previousHyperlinks: [Hyperlink] = []
  /// Bytes to keys: curses' keypad translation is off, so every terminal's
  /// sequences are decoded the same way, whatever terminfo lists for `TERM`.
  private var decoder = KeyStreamDecoder()
  /// Keys decoded and not yet returned.
  private var decodedKeys: [Key] = []

  /// Takes over the terminal. `environment` is consulted for `NO_COLOR`
  /// and `TERM` (the process environment by default).
  ///
  /// - Throws: `CursesTerminalError` when stdin/stdout is not a terminal,
  ///   the terminal type is unknown, or the locale is not UTF-8.
  public init(environment: [String: String]? = nil) throws {
    let environment = environment ?? CursesTerminal.processEnvironment()
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CursesTerminalError.notATerminal
    }
    let locale = setlocale(LC_ALL, "").map { String(cString: $0) } ?? "C"
    if !CursesTerminal.isUTF8(codeset: CursesTerminal.codeset()) {
      // LANG unset (the C locale) is common in containers: fall back to a
      // UTF-8 locale for the characters, keeping the rest of the settings.
      let candidates: [String] = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]
      let fallback = candidates.first { setlocale(LC_CTYPE, $0) != nil }
      guard fallback != nil, CursesTerminal.isUTF8(codeset: CursesTerminal.codeset()) else {
        throw CursesTerminalError.localeNotUTF8(locale)
      }
    }
    TerminalRestorer.activate()
    guard let screen = kira_newterm() else {
      TerminalRestorer.restore()
      throw CursesTerminalError.unknownTerminalType(environment["TERM"] ?? "")
    }
    // Checked before anything is drawn: a screen that cannot move its cursor
    // would show a header and nothing else.
    guard kira_can_address_cursor() else {
      TerminalRestorer.restore(modesWereSet: false)
      delscreen(screen)
      throw CursesTerminalError.cannotAddressCursor(environment["TERM"] ?? "")
    }
    self.screen = screen
    raw()
    noecho()
    nonl()
    _ = kira_intrflush(false)
    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    usesColor = !noColor && has_colors()
    // Colours start with the first frame (`startScreen`), the keypad and
    // bracketed-paste modes right after it (`enableInputModes`): setting
    // the keypad mode writes out whatever curses has queued, which would
    // split the first frame.
    palette = StylePalette(useColor: false)
    showsHyperlinks = CursesTerminal.supportsHyperlinks(environment: environment)
  }

  deinit {
    shutdown()
  }

  /// The screen size in cells.
  public var size: (columns: Int, rows: Int) {
    (Int(kira_cols()), Int(kira_lines()))
  }

  /// Draws only the cells that differ from the previous frame, places (or
  /// hides) the cursor, and refreshes once.
  public func draw(_ frame: Frame) {
    guard isRunning else { return }
    if needsScreenStart { startScreen() }
    let diff = ScreenDiff(from: previousGrid, to: frame.grid)
    if diff.isFullRedraw { _ = kira_erase() }
    // A frame laid out for a size the screen no longer has is clipped, never
    // wrapped onto the next line.
    let screenColumns = Int(kira_cols())
    let screenRows = Int(kira_lines())
    for run in diff.runs where run.row < screenRows && run.column < screenColumns {
      draw(run, columnLimit: screenColumns)
    }
    previousGrid = frame.grid
    if let cursor = frame.cursor, frame.grid.contains(row: cursor.row, column: cursor.column) {
      setCursorVisibility(1)
      _ = kira_move(Int32(cursor.row), Int32(cursor.column))
    } else {
      setCursorVisibility(0)
    }
    let links = showsHyperlinks ? frame.hyperlinks : []
    // Links written last time stay on the terminal until curses repaints it.
    if links != previousHyperlinks, !previousHyperlinks.isEmpty { _ = kira_clearok_curscr() }
    _ = kira_refresh()
    if !links.isEmpty, links != previousHyperlinks || diff.isFullRedraw || !diff.runs.isEmpty {
      writeToTerminal(CursesTerminal.hyperlinkBytes(links))
    }
    previousHyperlinks = links
    if needsInputModes { enableInputModes() }
  }

  /// Puts the screen in its running state just before the first frame.
  ///
  /// curses writes out its buffer after every cursor movement until the
  /// screen has been suspended once (ncurses 6's mvcur flushes while the
  /// screen is "initial"), so a field move would reach the terminal in half a
  /// dozen pieces, each waking the terminal up. So the screen is suspended
  /// and resumed here, while it is still empty; every frame after that
  /// leaves in one write. Colours start only after the resume: a resume with
  /// colours on resets the terminal's palette (OSC 104).
  private func startScreen() {
    needsScreenStart = false
    endwin()
    _ = kira_refresh()
    if usesColor {
      start_color()
      use_default_colors()
    }
    palette = StylePalette(useColor: usesColor)
  }

  /// Switches curses' keypad translation off (the bytes go to
  /// `KeyStreamDecoder`) and bracketed paste on, once, before the first key
  /// is read.
  private func enableInputModes() {
    needsInputModes = false
    _ = kira_keypad(false)
    kira_flush_stdout()
    TerminalRestorer.writeToStandardOutput(TerminalRestorer.enableBracketedPaste)
  }

  /// Waits up to `timeoutMilliseconds` (negative: forever) for a key.
  public func nextKey(timeoutMilliseconds: Int) -> Key? {
    guard isRunning else { return nil }
    if needsInputModes { enableInputModes() }
    if decodedKeys.isEmpty { readKeys(waitingUpTo: timeoutMilliseconds) }
    return decodedKeys.isEmpty ? nil : decodedKeys.removeFirst()
  }

  /// Reads one byte (waiting up to `timeout`), then as many as the decoder
  /// needs to finish what it started: the rest of a sequence or character
  /// within `KeyStreamDecoder.escapeWaitMilliseconds`, a paste until its end
  /// marker. A silence inside a sequence is `timeOut()` (a lone Esc).
  private func readKeys(waitingUpTo timeout: Int) {
    setTimeout(timeout)
    guard feedNextByte() else { return }
    while decodedKeys.isEmpty, let wait = decoder.pendingWait {
      setTimeout(wait)
      if !feedNextByte() { decodedKeys += decoder.timeOut() }
    }
  }

  /// Reads one byte into the decoder (a resize becomes a key at once);
  /// false when none came in time.
  private func feedNextByte() -> Bool {
    let value = kira_getch()
    if value == kira_key_resize() {
      previousGrid = nil
      _ = kira_clearok_curscr()
      decodedKeys.append(.resize(columns: size.columns, rows: size.rows))
      return true
    }
    guard (0...255).contains(value) else { return false }
    decodedKeys += decoder.feed(CollectionOfOne(UInt8(value)))
    return true
  }

  /// True until `shutdown()`: raw writes (links, clipboard) go out only then.
  var isRunningForOutput: Bool { isRunning }

  /// Restores the terminal. Safe to call more than once.
  public func shutdown() {
    guard isRunning else { return }
    isRunning = false
    TerminalRestorer.restore()
    if let screen {
      delscreen(screen)
      self.screen = nil
    }
  }

  // MARK: - Drawing

  /// Draws one run of cells, one curses call per stretch of equal style,
  /// stopping at `columnLimit` (a wide character that would straddle it is
  /// left out).
  private func draw(_ run: ScreenDiff.Run, columnLimit: Int) {
    var end = min(run.cells.count, columnLimit - run.column)
    if end < run.cells.count, end > 0, run.cells[end].isContinuation { end -= 1 }
    var index = 0
    var buffer: [wchar_t] = []
    buffer.reserveCapacity(end + 8)
    while index < end {
      let style = run.cells[index].style
      let startColumn = run.column + index
      buffer.removeAll(keepingCapacity: true)
      while index < end, run.cells[index].style == style {
        let cell = run.cells[index]
        if !cell.isContinuation {
          if cell.text.isEmpty {
            buffer.append(wchar_t(32))
          } else {
            for scalar in cell.text.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
          }
        }
        index += 1
      }
      guard !buffer.isEmpty else { continue }
      let look = palette[style]
      _ = kira_attr_set(look.attributes, look.pair)
      _ = kira_mvaddnwstr(Int32(run.row), Int32(startColumn), buffer, Int32(buffer.count))
    }
  }

  private func setCursorVisibility(_ visibility: Int32) {
    guard visibility != cursorVisible else { return }
    cursorVisible = visibility
    _ = curs_set(visibility)
  }

  private func setTimeout(_ milliseconds: Int) {
    guard milliseconds != currentTimeout else { return }
    currentTimeout = milliseconds
    kira_timeout(Int32(clamping: milliseconds < 0 ? -1 : milliseconds))
  }

  // MARK: - Environment

  private static func processEnvironment() -> [String: String] {
    var result: [String: String] = [:]
    for name in ["TERM", "NO_COLOR"] + hyperlinkEnvironmentNames {
      if let value = getenv(name) { result[name] = String(cString: value) }
    }
    return result
  }

  private static func codeset() -> String {
    guard let value = nl_langinfo(nl_item(CODESET)) else { return "" }
    return String(cString: value)
  }

  /// True when the locale's character set is UTF-8.
  static func isUTF8(codeset: String) -> Bool {
    let normalized = codeset.uppercased().filter { $0 != "-" && $0 != "_" }
    return normalized == "UTF8"
  }
}
