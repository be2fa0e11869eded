import CNcurses
import TerminalUI

/// How each symbolic `Style` looks on this terminal: attributes plus a
/// colour pair, or attributes alone when colour is off (`NO_COLOR`, or a
/// terminal without colours). The focused field is reverse video in both
/// modes, so it is obvious without colour.
struct StylePalette {
  /// Attributes and colour pair for one style.
  struct Look {
    var attributes: attr_t
    var pair: Int16
  }

  private var looks: [Look]

  /// A palette for a terminal with or without colours. With colours it
  /// registers one colour pair per style (on the terminal's default
  /// background), so call it after `start_color()`.
  init(useColor: Bool) {
    looks = Style.allCases.map { style in
      StylePalette.look(for: style, useColor: useColor)
    }
    if useColor {
      for style in Style.allCases {
        if let colors = StylePalette.colors(for: style) {
          init_pair(Int16(style.rawValue) + 1, colors.foreground, colors.background)
        }
      }
    }
  }

  /// The look of `style`.
  subscript(style: Style) -> Look { looks[Int(style.rawValue)] }

  private static func look(for style: Style, useColor: Bool) -> Look {
    let bold = kira_a_bold()
    let underline = kira_a_underline()
    let reverse = kira_a_reverse()
    let dim = kira_a_dim()
    let normal = kira_a_normal()
    let pair: Int16 = useColor && colors(for: style) != nil ? Int16(style.rawValue) + 1 : 0
    let attributes: attr_t
    switch style {
    case .plain: attributes = normal
    case .label: attributes = bold
    case .input: attributes = underline
    case .focused: attributes = reverse | bold
    case .error: attributes = useColor ? bold : bold | underline
    case .kiraError: attributes = useColor ? bold : bold | underline | dim
    case .hint: attributes = dim
    case .warning: attributes = useColor ? normal : bold
    case .header: attributes = useColor ? bold : reverse
    case .banner: attributes = useColor ? normal : reverse | bold
    case .selection: attributes = reverse
    case .border: attributes = useColor ? normal : dim
    case .success: attributes = bold
    }
    return Look(attributes: attributes, pair: pair)
  }

  /// Foreground and background (-1: the terminal's default) per style.
  private static func colors(for style: Style) -> (foreground: Int16, background: Int16)? {
    let black = Int16(COLOR_BLACK)
    let red = Int16(COLOR_RED)
    let green = Int16(COLOR_GREEN)
    let yellow = Int16(COLOR_YELLOW)
    let blue = Int16(COLOR_BLUE)
    let magenta = Int16(COLOR_MAGENTA)
    let cyan = Int16(COLOR_CYAN)
    let white = Int16(COLOR_WHITE)
    switch style {
    case .plain, .input, .focused, .hint: return nil
    case .label: return (cyan, -1)
    case .error: return (red, -1)
    case .kiraError: return (magenta, -1)
    case .warning: return (yellow, -1)
    case .header: return (white, blue)
    case .banner: return (black, yellow)
    case .selection: return (cyan, -1)
    case .border: return (blue, -1)
    case .success: return (green, -1)
    }
  }
}
