/// Symbolic style of a cell. Screens say what a cell *is*; the terminal
/// adapter decides how it looks (colour pairs, or bold/underline/reverse
/// under `NO_COLOR`).
public enum Style: UInt8, Sendable, Hashable, CaseIterable {
  case plain
  /// Field labels.
  case label
  /// A value being entered (unfocused).
  case input
  /// The focused field's value: must be obvious without colour (reverse).
  case focused
  /// A local validation error.
  case error
  /// An error reported by Kira ("Kira says"), distinct from local errors.
  case kiraError
  /// Hints and secondary text.
  case hint
  /// Warnings (e.g. a restricted country).
  case warning
  /// The header line (environment, step, progress).
  case header
  /// The SANDBOX banner.
  case banner
  /// The highlighted row of a popup list.
  case selection
  /// Popup and frame borders.
  case border
  /// Success messages.
  case success

  /// One-letter code used in golden style layers.
  public var goldenCode: Character {
    switch self {
    case .plain: " "
    case .label: "l"
    case .input: "i"
    case .focused: "F"
    case .error: "E"
    case .kiraError: "K"
    case .hint: "h"
    case .warning: "W"
    case .header: "H"
    case .banner: "B"
    case .selection: "S"
    case .border: "b"
    case .success: "s"
    }
  }
}
