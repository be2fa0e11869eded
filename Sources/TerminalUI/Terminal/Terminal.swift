/// The seam between the wizard and a real terminal. The curses adapter is
/// one implementation; tests use an in-memory one.
public protocol Terminal: AnyObject {
  /// Current size in cells.
  var size: (columns: Int, rows: Int) { get }
  /// Draws a frame, writing only what changed since the last one.
  func draw(_ frame: Frame)
  /// Waits up to `timeoutMilliseconds` for the next key (`nil` on time-out).
  func nextKey(timeoutMilliseconds: Int) -> Key?
  /// Gives the screen back (restores modes, clears curses). Safe to call twice.
  func shutdown()
  /// Asks the terminal to put `text` on the clipboard (OSC 52). False when
  /// this terminal cannot be asked; true says it was asked (a terminal may
  /// still refuse, and never says so).
  func copyToClipboard(_ text: String) -> Bool
}

extension Terminal {
  /// Default: no clipboard.
  public func copyToClipboard(_ text: String) -> Bool { false }
}
