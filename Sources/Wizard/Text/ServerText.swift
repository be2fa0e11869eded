/// Text that came from the server (error messages, ids, links) is untrusted:
/// it could carry escape sequences that move the cursor, change colours or
/// retitle the terminal. Everything drawn from it goes through `clean`.
public enum ServerText {
  /// `text` without escape sequences (CSI, OSC, other ESC pairs), control
  /// characters (C0, DEL, C1) or bidirectional overrides; line breaks and tabs
  /// become spaces; runs of spaces collapse; at most `limit` characters.
  public static func clean(_ text: String, limit: Int = 400) -> String {
    var output = ""
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      switch scalar.value {
      case 0x1B:
        skipEscapeSequence(&scalars)
      case 0x9B:
        skipCSIBody(&scalars)
      case 0x9D:
        skipStringBody(&scalars)
      case 0x09, 0x0A, 0x0D:
        appendSpace(&output)
      case 0x00..<0x20, 0x7F..<0xA0:
        continue
      case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F:
        continue
      case 0x20:
        appendSpace(&output)
      default:
        output.unicodeScalars.append(scalar)
      }
    }
    let trimmed = output.trimmingCharacters(in: [" "])
    return trimmed.count > limit ? String(trimmed.prefix(limit - 1)) + "…" : trimmed
  }

  private static func appendSpace(_ output: inout String) {
    if !output.isEmpty, output.unicodeScalars.last != " " { output.append(" ") }
  }

  /// After ESC: CSI (`[`), OSC/DCS/PM/APC/SOS strings, or a two-byte sequence.
  private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    guard let next = scalars.popFirst() else { return }
    switch next {
    case "[": skipCSIBody(&scalars)
    case "]", "P", "^", "_", "X": skipStringBody(&scalars)
    default: break  // ESC plus one character (e.g. ESC c): both dropped.
    }
  }

  /// Parameters and intermediates up to the final byte (0x40-0x7E).
  private static func skipCSIBody(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    while let scalar = scalars.popFirst() {
      if (0x40...0x7E).contains(scalar.value) { return }
    }
  }

  /// Up to BEL, ST (ESC \) or the 8-bit ST.
  private static func skipStringBody(_ scalars: inout ArraySlice<Unicode.Scalar>) {
    while let scalar = scalars.popFirst() {
      if scalar.value == 0x07 || scalar.value == 0x9C { return }
      if scalar.value == 0x1B {
        if scalars.first == "\\" { scalars.removeFirst() }
        return
      }
    }
  }
}

extension String {
  fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
    var slice = Substring(self)
    while let first = slice.first, set.contains(first) { slice.removeFirst() }
    while let last = slice.last, set.contains(last) { slice.removeLast() }
    return String(slice)
  }
}
