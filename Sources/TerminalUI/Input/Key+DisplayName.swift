extension Key {
  /// How the key is written in help screens and status lines: "Ctrl-S",
  /// "F10", "PgDn", "Shift-Tab", "Enter", "Esc", "Space", "?".
  public var displayName: String {
    switch self {
    case .character(" "): "Space"
    case .character(let character): String(character)
    case .control(let letter): "Ctrl-" + String(letter).uppercased()
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .backspace: "Backspace"
    case .delete: "Delete"
    case .escape: "Esc"
    case .function(let number): "F\(number)"
    case .paste: "Paste"
    case .resize: "Resize"
    }
  }

  /// Short symbol form for tight status lines where one exists ("↑", "↓",
  /// "←", "→", "⏎"), else `displayName`.
  public var shortName: String {
    switch self {
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .enter: "⏎"
    default: displayName
    }
  }
}
