/// The rows every screen shares, known to the reducer without drawing
/// anything: the body starts under the header, the banner and the title, and
/// ends above the rule, the message line and the status line. Scroll limits
/// come from here and from the screens' content (`ReviewContent`,
/// `HelpContent`), never from a screen.
enum WizardLayout {
  /// First row of the screen body (below header, banner and title).
  static let bodyTop = 4
  /// Rows kept at the bottom: a rule, the message line, the status line.
  static let bottomRows = 3

  /// Last body row (inclusive) for a screen of `height` rows.
  static func bodyBottom(height: Int) -> Int { height - bottomRows - 1 }

  /// Rows of the body on a screen of `height` rows.
  static func bodyHeight(height: Int) -> Int { bodyBottom(height: height) - bodyTop + 1 }
}
