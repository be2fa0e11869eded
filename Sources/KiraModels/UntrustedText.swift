/// The one sanitiser for text that came from outside (Kira's answers, ids,
/// links, file names, loaded bodies, the network helper's messages), used
/// wherever such text is shown: the wizard's screens, every command's
/// output and every error message.
///
/// It removes what a terminal would act on instead of showing: ESC
/// sequences (CSI, OSC including titles, OSC 8 links and OSC 52 clipboard
/// writes, DCS, PM, APC, SOS and two-character escapes), their 8-bit C1
/// forms, every other C0 and C1 control and DEL, bidirectional overrides,
/// embeddings, isolates and marks, other invisible format characters,
/// private-use, surrogate and unassigned code points. Bytes that are not
/// UTF-8 become U+FFFD when they are decoded (`clean(bytes:)`).
public enum UntrustedText {
  /// The one length cap, in characters, for a piece of outside text (a
  /// message, an id, a status); callers may ask for less.
  public static let maxLength = 500

  /// One line of display text: sanitised, line breaks and whitespace runs
  /// folded into one space, trimmed, and at most `limit` characters (an
  /// ellipsis ends a cut text and counts in the limit).
  public static func clean(_ text: String, limit: Int = maxLength) -> String {
    var output = String.UnicodeScalarView()
    var count = 0
    var pendingSpace = false
    let limit = max(1, limit)
    var cut = false
    scan(text) { piece in
      switch piece {
      case .space, .lineBreak:
        pendingSpace = !output.isEmpty
        return true
      case .scalar(let scalar):
        if pendingSpace {
          guard count < limit else {
            cut = true
            return false
          }
          output.append(" ")
          count += 1
          pendingSpace = false
        }
        guard count < limit else {
          cut = true
          return false
        }
        output.append(scalar)
        count += 1
        return true
      }
    }
    var result = String(output)
    if cut {
      // Make room for the ellipsis within the limit (whole characters).
      while result.count >= limit, !result.isEmpty { result.removeLast() }
      while result.last == " " { result.removeLast() }
      result += "…"
    }
    return result
  }

  /// Bytes from outside, decoded as UTF-8 (invalid sequences become
  /// U+FFFD), then cleaned as `clean(_:limit:)`.
  public static func clean(bytes: some Collection<UInt8>, limit: Int = maxLength) -> String {
    clean(String(decoding: bytes, as: UTF8.self), limit: limit)
  }

  /// Whole output made safe for a terminal, keeping its layout: line breaks
  /// (CR LF becomes LF; a lone CR, which could overwrite a line, is dropped)
  /// and spaces stay, tabs become one space, everything `clean` removes is
  /// removed. No length cap: this is the last net of the executables' own
  /// print paths, whose values were cleaned and capped already.
  public static func printable(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x0A || $0 >= 0x7F }) else { return text }
    var output = String.UnicodeScalarView()
    scan(text, keepingLayout: true) { piece in
      switch piece {
      case .space: output.append(" ")
      case .lineBreak: output.append("\n")
      case .scalar(let scalar): output.append(scalar)
      }
      return true
    }
    return String(output)
  }

  /// Encoded JSON made safe to print: every scalar `clean` would remove is
  /// written as a `\uXXXX` escape instead (such scalars can only sit inside
  /// JSON strings, where the escape means the same character), so the JSON
  /// keeps its exact meaning and the terminal sees only printable text.
  public static func jsonForTerminal(_ encoded: String) -> String {
    guard encoded.unicodeScalars.contains(where: { isRemoved($0) || $0.value < 0x20 && $0 != "\n" })
    else { return encoded }
    var output = ""
    for scalar in encoded.unicodeScalars {
      if (isRemoved(scalar) || scalar.value < 0x20) && scalar != "\n" {
        for unit in String(scalar).utf16 { output += "\\u" + hex4(UInt32(unit)) }
      } else {
        output.unicodeScalars.append(scalar)
      }
    }
    return output
  }

  /// A machine code (`invalid_enum_value`): only ASCII letters, digits and
  /// `_.:-`, at most 64 characters.
  public static func code(_ text: String) -> String {
    // Escape sequences go whole first, so none of their payload survives as letters.
    let allowed = clean(text, limit: 200).unicodeScalars.filter {
      ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        || "_.:-".unicodeScalars.contains($0)
    }
    return String(String.UnicodeScalarView(allowed.prefix(64)))
  }

  /// True for a scalar that is never shown as is: controls (C0, DEL, C1),
  /// bidi controls, format characters, line and paragraph separators,
  /// private use, surrogates and unassigned code points.
  public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return false }
    if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
    if isBidiControl(scalar) { return true }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
      return true
    default:
      return false
    }
  }

  /// The bidi marks, embeddings, overrides and isolates (U+061C, U+200E,
  /// U+200F, U+202A-U+202E, U+2066-U+2069).
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  // MARK: - The scanner

  private enum Piece {
    case scalar(Unicode.Scalar)
    case space
    case lineBreak
  }

  /// Walks `text`, skipping escape sequences and removed scalars, and hands
  /// each kept piece to `body` (which returns false to stop).
  private static func scan(_ text: String, keepingLayout: Bool = false, _ body: (Piece) -> Bool) {
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      switch scalar.value {
      case 0x1B:
        index = skipEscape(scalars, from: index)
      case 0x9B:
        index = skipControlSequence(scalars, from: index)
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
        index = skipControlString(scalars, from: index)
      case 0x0A, 0x0B, 0x0C, 0x2028, 0x2029:
        guard body(.lineBreak) else { return }
      case 0x0D:
        if !keepingLayout {
          guard body(.space) else { return }
        } else if index < scalars.count, scalars[index] == "\n" {
          continue
        }
      case 0x09, 0x20:
        guard body(.space) else { return }
      default:
        if isRemoved(scalar) { continue }
        if !keepingLayout, scalar.properties.isWhitespace {
          guard body(.space) else { return }
          continue
        }
        guard body(.scalar(scalar)) else { return }
      }
    }
  }

  /// After ESC: CSI (`[`), a control string (`]` OSC, `P` DCS, `^` PM,
  /// `_` APC, `X` SOS), or intermediates then one final character (`(B`,
  /// `#8`, `c`). Returns the index after the sequence.
  private static func skipEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    guard start < scalars.count else { return start }
    switch scalars[start] {
    case "[": return skipControlSequence(scalars, from: start + 1)
    case "]", "P", "^", "_", "X": return skipControlString(scalars, from: start + 1)
    default:
      var index = start
      while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
      // The final character, if it is one (a control or non-ASCII is kept for the main loop).
      if index < scalars.count, (0x30...0x7E).contains(scalars[index].value) { index += 1 }
      return index
    }
  }

  /// CSI parameters and intermediates (0x20-0x3F) up to the final character
  /// (0x40-0x7E); anything else ends the sequence and is read normally.
  private static func skipControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count {
      let value = scalars[index].value
      if (0x40...0x7E).contains(value) { return index + 1 }
      guard (0x20...0x3F).contains(value) else { return index }
      index += 1
    }
    return index
  }

  /// A control string's body up to BEL, ST (ESC \ or 0x9C), or the end of
  /// the text when it is never terminated (a terminal would swallow it too).
  private static func skipControlString(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < scalars.count {
      switch scalars[index].value {
      case 0x07, 0x9C: return index + 1
      case 0x1B:
        return index + 1 < scalars.count && scalars[index + 1] == "\\" ? index + 2 : index + 1
      default: index += 1
      }
    }
    return index
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
