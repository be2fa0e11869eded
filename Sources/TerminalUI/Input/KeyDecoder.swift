/// Turns one character (control bytes included) into a `Key`.
/// `KeyStreamDecoder` uses it for everything outside escape sequences.
public enum KeyDecoder {
  /// The key for one character read in raw mode, or `nil` for bytes that
  /// mean nothing to the wizard (NUL, Ctrl-\ and friends).
  ///
  /// - Tab (9) is `.tab`; CR (13) and LF (10) are `.enter`; Esc (27) is
  ///   `.escape`; DEL (127) and BS (8) are `.backspace`.
  /// - Other bytes 1...26 are Ctrl plus a letter: 3 is `.control("c")`.
  /// - Everything else that is printable is `.character`.
  public static func key(for scalar: Unicode.Scalar) -> Key? {
    switch scalar.value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26:
      let letter = Character(Unicode.Scalar(UInt8(scalar.value) + 0x60))
      return .control(letter)
    case 0, 28...31, 0x80..<0xA0: return nil
    default: return .character(Character(scalar))
    }
  }
}

/// Collects the characters of a bracketed paste (between ESC [ 200 ~ and
/// ESC [ 201 ~) into one `.paste` key. CR and CRLF become LF; other
/// control characters are dropped; the size is capped so a runaway paste
/// cannot exhaust memory.
public struct PasteCollector: Sendable, Hashable {
  /// Most scalars kept from one paste; the rest is dropped.
  public static let maximumScalars = 65_536

  /// The text so far.
  public private(set) var text = ""
  private var scalarCount = 0
  private var lastWasCarriageReturn = false

  /// An empty collector.
  public init() {}

  /// Adds one pasted scalar.
  public mutating func append(_ scalar: Unicode.Scalar) {
    defer { lastWasCarriageReturn = scalar == "\r" }
    guard scalarCount < PasteCollector.maximumScalars else { return }
    switch scalar.value {
    case 13:
      text.unicodeScalars.append("\n")
    case 10:
      if lastWasCarriageReturn { return }
      text.unicodeScalars.append("\n")
    case 9:
      text.unicodeScalars.append("\t")
    case 0..<0x20, 0x7F..<0xA0:
      return
    default:
      text.unicodeScalars.append(scalar)
    }
    scalarCount += 1
  }

  /// The finished paste as a key.
  public var key: Key { .paste(text) }
}
