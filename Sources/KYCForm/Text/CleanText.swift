/// Unicode hygiene for everything typed or loaded: one normal form (NFC),
/// the characters that are invisible or change how text is laid out, and a
/// display form of any text that never carries them raw.
public enum CleanText {
  /// `text` in Unicode Normalization Form C (composed: "e" + U+0301 becomes
  /// "é"), so the same name typed twice is one string. Uses the standard
  /// library's own normalisation (no Foundation, no ICU); ASCII is returned as is.
  public static func nfc(_ text: String) -> String {
    if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
    return String(decoding: text._nfcCodeUnits, as: UTF8.self)
  }

  /// The Hangul and half-width fillers: letters by category that show nothing.
  private static let fillers: Set<UInt32> = [0x115F, 0x1160, 0x3164, 0xFFA0]

  /// True for a character that is invisible or formatting: controls (C0, DEL,
  /// C1), format characters (zero-width space and joiners, bidi marks,
  /// overrides and isolates, word joiner, BOM, tags, soft hyphen), line and
  /// paragraph separators, private use, surrogates, unassigned code points,
  /// every default-ignorable code point (variation selectors...) and the
  /// Hangul fillers (U+115F, U+1160, U+3164, U+FFA0).
  public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.value >= 0x20 && scalar.value < 0x7F { return false }
    switch scalar.properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned:
      return true
    default:
      return scalar.properties.isDefaultIgnorableCodePoint || fillers.contains(scalar.value)
    }
  }

  /// The first invisible or formatting character of `text`, if any.
  public static func firstInvisible(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: isInvisible)
  }

  /// `text` with every invisible or formatting character written as an
  /// escape (`\u{202E}`), so a message that quotes it cannot move the
  /// cursor, retitle or clear a terminal, or reorder the line around it.
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isInvisible) else { return text }
    var result = ""
    result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
    for scalar in text.unicodeScalars {
      if isInvisible(scalar) {
        result += "\\u{\(hex(scalar.value))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// `U+202E` for messages.
  public static func codePoint(_ scalar: Unicode.Scalar) -> String { "U+\(hex(scalar.value))" }

  /// A short name for the usual invisible characters ("right-to-left override").
  public static func name(of scalar: Unicode.Scalar) -> String {
    switch scalar.value {
    case 0x200B: "zero-width space"
    case 0x200C: "zero-width non-joiner"
    case 0x200D: "zero-width joiner"
    case 0x200E, 0x200F, 0x061C: "bidi mark"
    case 0x202A...0x202E: "bidi embedding or override"
    case 0x2066...0x2069: "bidi isolate"
    case 0x2060: "word joiner"
    case 0xFEFF: "byte order mark"
    case 0x00AD: "soft hyphen"
    case 0x2028: "line separator"
    case 0x2029: "paragraph separator"
    case 0xE0000...0xE007F: "tag character"
    case 0x115F, 0x1160, 0x3164, 0xFFA0: "Hangul filler"
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF: "variation selector"
    default:
      switch scalar.properties.generalCategory {
      case .control: "control character"
      case .privateUse: "private-use character"
      case .unassigned: "unassigned code point"
      default: "invisible formatting character"
      }
    }
  }

  /// `name(of:)` in `language`: "espacio de ancho cero".
  public static func name(of scalar: Unicode.Scalar, in language: OperatorLanguage) -> String {
    guard language == .spanish else { return name(of: scalar) }
    return switch scalar.value {
    case 0x200B: "espacio de ancho cero"
    case 0x200C: "no unión de ancho cero"
    case 0x200D: "unión de ancho cero"
    case 0x200E, 0x200F, 0x061C: "marca de dirección del texto"
    case 0x202A...0x202E: "incrustación o forzado de dirección del texto"
    case 0x2066...0x2069: "aislamiento de dirección del texto"
    case 0x2060: "unión de palabras"
    case 0xFEFF: "marca de orden de bytes"
    case 0x00AD: "guion suave"
    case 0x2028: "separador de línea"
    case 0x2029: "separador de párrafo"
    case 0xE0000...0xE007F: "carácter de etiqueta"
    case 0x115F, 0x1160, 0x3164, 0xFFA0: "relleno hangul"
    case 0xFE00...0xFE0F, 0xE0100...0xE01EF: "selector de variación"
    default:
      switch scalar.properties.generalCategory {
      case .control: "carácter de control"
      case .privateUse: "carácter de uso privado"
      case .unassigned: "punto de código sin asignar"
      default: "carácter de formato invisible"
      }
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
