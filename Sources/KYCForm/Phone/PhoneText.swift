/// A typed phone number reduced to what the parser reads: whether it starts
/// with `+`, and its digits in ASCII.
struct PhoneDigits: Sendable, Hashable {
  /// The number started with one or more `+` (or full-width `＋`).
  var hasPlus: Bool
  /// Every digit, in order, as ASCII (full-width and other decimal digits converted).
  var digits: String
}

/// Reads a phone number as people type and paste it. Written for this form,
/// after libphonenumber's rules for what may surround the digits: spaces of
/// any kind, dashes, dots, slashes, brackets and tildes separate groups;
/// full-width forms and any script's decimal digits are read as ASCII;
/// invisible format characters (zero-width spaces and joiners, word joiner,
/// BOM, bidi marks, soft hyphen) that a paste carries are dropped; a leading
/// `tel:` is ignored. Letters and other symbols are refused, and an extension
/// (`ext. 12`, `x12`, `;ext=12`, `anexo 12`) is recognised so the message can
/// say so.
enum PhoneText {
  /// Longest text read (libphonenumber's limit).
  static let maximumLength = 250

  /// The `+` and digits of `text`, or why it is not a phone number.
  static func read(_ text: String) -> Result<PhoneDigits, PhoneNumberProblem> {
    guard text.unicodeScalars.count <= maximumLength else { return .failure(.tooLongToRead) }
    var scalars = cleaned(text)
    if scalars.count >= 4, String(String.UnicodeScalarView(scalars.prefix(4))).lowercased() == "tel:" {
      scalars.removeFirst(4)
    }
    var hasPlus = false
    var digits = ""
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if let digit = digitValue(scalar) {
        digits.unicodeScalars.append(digit)
      } else if scalar == "+" {
        guard digits.isEmpty else { return .failure(.misplacedPlus) }
        hasPlus = true
      } else if !isSeparator(scalar) {
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        if let extensionDigits = extensionDigits(in: rest), digits.count >= 2 {
          return .failure(.hasExtension(extensionDigits))
        }
        return .failure(.unexpectedCharacter(Character(scalar)))
      }
      index += 1
    }
    guard digits.count >= 2 else { return .failure(.notANumber) }
    return .success(PhoneDigits(hasPlus: hasPlus, digits: digits))
  }

  /// The scalars of `text` with full-width ASCII forms folded to ASCII and
  /// invisible format characters removed.
  static func cleaned(_ text: String) -> [Unicode.Scalar] {
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(text.unicodeScalars.count)
    for scalar in text.unicodeScalars {
      if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) {
        result.append(ascii)
      } else if scalar.properties.generalCategory == .format {
        continue
      } else {
        result.append(scalar)
      }
    }
    return result
  }

  /// The ASCII digit for any decimal digit (`٣`, `３`, `3`), else nil.
  static func digitValue(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    if ("0"..."9").contains(scalar) { return scalar }
    guard scalar.properties.numericType == .decimal, let value = scalar.properties.numericValue,
      value >= 0, value <= 9
    else { return nil }
    return Unicode.Scalar(UInt8(48 + Int(value)))
  }

  /// Characters that only separate groups of digits.
  static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.properties.isWhitespace { return true }
    switch scalar.properties.generalCategory {
    case .dashPunctuation: return true
    default: break
    }
    switch scalar {
    case ".", "/", "(", ")", "[", "]", "~", "\u{2053}", "\u{223C}", "\u{2212}", "\u{30FC}", "\u{FF5E}":
      return true
    default:
      return false
    }
  }

  /// The extension's digits when `text` (from the first character that is
  /// not part of a number) is an extension: a label (`ext`, `extension`,
  /// `extn`, `anexo`, `x`, `#`, `int`, `доб`, `;ext=`), an optional `:` or
  /// `.`, spaces, then 1 to 20 digits and an optional `#`.
  static func extensionDigits(in text: String) -> String? {
    var rest = Substring(text.lowercased()).drop { $0 == "," || $0.isWhitespace }
    let labels = [
      ";ext=", "extension", "extensión", "extn", "ext", "xtn", "xt", "anexo", "int", "доб", "x", "#",
    ]
    guard let label = labels.first(where: { rest.hasPrefix($0) }) else { return nil }
    rest = rest.dropFirst(label.count).drop { ":.,".contains($0) || $0.isWhitespace || $0 == "-" }
    if rest.hasSuffix("#") { rest = rest.dropLast() }
    var digits = ""
    for scalar in rest.unicodeScalars {
      guard let digit = digitValue(scalar) else { return nil }
      digits.unicodeScalars.append(digit)
    }
    return (1...20).contains(digits.count) ? digits : nil
  }
}
