/// A decoded key press (or a terminal event delivered through the key stream).
public enum Key: Sendable, Hashable {
  /// A printable character (any Unicode grapheme).
  case character(Character)
  /// Ctrl plus a letter, lower-case (`.control("a")` is Ctrl-A).
  case control(Character)
  case enter
  case tab
  case backTab
  case up
  case down
  case left
  case right
  case home
  case end
  case pageUp
  case pageDown
  case backspace
  case delete
  case escape
  /// F1...F12.
  case function(Int)
  /// A whole bracketed paste.
  case paste(String)
  /// The terminal changed size.
  case resize(columns: Int, rows: Int)
}
