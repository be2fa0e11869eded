/// A practical email address check (what real mailboxes look like, not the
/// full RFC 5322 grammar: no quoted local parts, no IP-literal domains). The
/// domain is read as IDNA: a Unicode label (`méxico.mx`) and its Punycode
/// (`xn--mxico-bsa.mx`) are the same domain.
enum EmailAddress {
  private static let localSpecials = Set("!#$%&'*+-/=?^_`{|}~.")

  /// nil when `value` looks like a deliverable address; else what is wrong.
  static func problemFound(in value: String) -> EmailProblem? {
    if value.count > 254 || value.utf8.count > 254 * 4 { return .tooLong }
    if let bad = CleanText.firstInvisible(in: value) { return .invisibleCharacter(bad) }
    if value.contains(where: \.isWhitespace) { return .space }
    let parts = value.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return parts.count < 2 ? .missingAt : .severalAts }
    let local = parts[0]
    let domain = parts[1]
    if local.isEmpty { return .nothingBeforeAt }
    if local.count > 64 { return .localPartTooLong }
    if local.first == "." || local.last == "." || local.contains("..") {
      return .misplacedDotBeforeAt
    }
    if !local.allSatisfy({ $0.isLetter || $0.isNumber || localSpecials.contains($0) }) {
      return .invalidCharacterBeforeAt
    }
    if domain.isEmpty { return .nothingAfterAt }
    return domainProblemFound(in: String(domain))
  }

  /// nil for a domain of two or more IDNA labels with a top-level domain of letters.
  static func domainProblemFound(in domain: String) -> EmailProblem? {
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard labels.count >= 2 else { return .domainWithoutDot }
    var asciiLength = labels.count - 1
    for label in labels {
      if label.isEmpty { return .misplacedDotInDomain }
      guard let ascii = asciiLabel(label) else {
        return label.lowercased().hasPrefix("xn--") ? .badPunycode(label) : .invalidCharacterInDomain
      }
      if ascii.count > 63 { return .domainLabelTooLong }
      if label.first == "-" || label.last == "-" { return .domainLabelHyphen }
      asciiLength += ascii.count
    }
    if asciiLength > 253 { return .domainTooLong }
    if let tld = labels.last.map(unicodeLabel), tld.count < 2 || !tld.allSatisfy(\.isLetter) {
      return .topLevelDomain
    }
    return nil
  }

  /// The ASCII (DNS) form of a label: as is for letters, digits and `-`;
  /// `xn--` and Punycode for a Unicode label. nil when it has no valid form
  /// (a symbol, a bad or pointless `xn--` label, `--` at positions 3-4).
  static func asciiLabel(_ label: String) -> String? {
    if label.unicodeScalars.allSatisfy(\.isASCII) {
      let lower = label.lowercased()
      guard
        lower.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" })
      else { return nil }
      if lower.hasPrefix("xn--") {
        // Must decode to a Unicode label that encodes back the same way.
        guard let decoded = Punycode.decode(String(lower.dropFirst(4))),
          !decoded.unicodeScalars.allSatisfy(\.isASCII), isUnicodeLabel(decoded),
          Punycode.encode(decoded) == String(lower.dropFirst(4))
        else { return nil }
        return lower
      }
      let scalars = Array(lower.unicodeScalars)
      if scalars.count >= 4, scalars[2] == "-", scalars[3] == "-" { return nil }
      return lower
    }
    guard isUnicodeLabel(label), let encoded = Punycode.encode(label) else { return nil }
    return "xn--" + encoded
  }

  /// The Unicode form of a label (`xn--mxico-bsa` -> `méxico`); as is otherwise.
  static func unicodeLabel(_ label: String) -> String {
    let lower = label.lowercased()
    guard lower.hasPrefix("xn--"), asciiLabel(lower) != nil,
      let decoded = Punycode.decode(String(lower.dropFirst(4)))
    else { return label }
    return decoded
  }

  /// The domain with every `xn--` label in its Unicode form, lower case, NFC:
  /// the one form both spellings of a domain are stored in.
  static func unicodeDomain(_ domain: String) -> String {
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    return labels.map { unicodeLabel(CleanText.nfc(String($0).lowercased())) }.joined(separator: ".")
  }

  /// Letters, digits, combining marks and `-`; lower case; no invisible characters.
  private static func isUnicodeLabel(_ label: String) -> Bool {
    label == label.lowercased() && CleanText.nfc(label) == label
      && label.unicodeScalars.allSatisfy { scalar in
        if CleanText.isInvisible(scalar) { return false }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .otherLetter, .modifierLetter, .titlecaseLetter, .uppercaseLetter,
          .decimalNumber, .nonspacingMark, .spacingMark:
          return true
        default:
          return scalar == "-"
        }
      }
  }
}

/// What is wrong with an email address, worded in either language.
public enum EmailProblem: TranslatableText {
  case tooLong
  case invisibleCharacter(Unicode.Scalar)
  case space
  case missingAt
  case severalAts
  case nothingBeforeAt
  case localPartTooLong
  case misplacedDotBeforeAt
  case invalidCharacterBeforeAt
  case nothingAfterAt
  case domainWithoutDot
  case misplacedDotInDomain
  case badPunycode(String)
  case invalidCharacterInDomain
  case domainLabelTooLong
  case domainLabelHyphen
  case domainTooLong
  case topLevelDomain

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .tooLong: ("longer than 254 characters", "tiene más de 254 caracteres")
    case .invisibleCharacter(let scalar):
      (
        "contains an invisible character (\(CleanText.codePoint(scalar)), \(CleanText.name(of: scalar)))",
        "contiene un carácter invisible (\(CleanText.codePoint(scalar)), "
          + "\(CleanText.name(of: scalar, in: .spanish)))"
      )
    case .space: ("contains a space", "contiene un espacio")
    case .missingAt: ("missing @", "falta la @")
    case .severalAts: ("more than one @", "tiene más de una @")
    case .nothingBeforeAt: ("nothing before @", "no hay nada antes de la @")
    case .localPartTooLong:
      ("the part before @ is longer than 64 characters", "la parte antes de la @ tiene más de 64 caracteres")
    case .misplacedDotBeforeAt: ("misplaced dot before @", "hay un punto mal colocado antes de la @")
    case .invalidCharacterBeforeAt: ("invalid character before @", "hay un carácter no válido antes de la @")
    case .nothingAfterAt: ("nothing after @", "no hay nada después de la @")
    case .domainWithoutDot:
      ("the domain needs a dot (example.com)", "al dominio le falta un punto (example.com)")
    case .misplacedDotInDomain: ("misplaced dot in the domain", "hay un punto mal colocado en el dominio")
    case .badPunycode(let label):
      (
        "a domain label \"\(label)\" is not valid Punycode",
        "la parte del dominio \"\(label)\" no es Punycode válido"
      )
    case .invalidCharacterInDomain:
      ("invalid character in the domain", "hay un carácter no válido en el dominio")
    case .domainLabelTooLong:
      ("a domain label is longer than 63 characters", "una parte del dominio tiene más de 63 caracteres")
    case .domainLabelHyphen:
      ("a domain label starts or ends with -", "una parte del dominio empieza o termina con -")
    case .domainTooLong:
      ("the domain is longer than 253 characters", "el dominio tiene más de 253 caracteres")
    case .topLevelDomain:
      (
        "the top-level domain must be letters (com, mx...)",
        "el dominio de nivel superior debe ser de letras (com, mx...)"
      )
    }
  }

  public enum Kind: CaseIterable, Hashable, Sendable {
    case tooLong, invisibleCharacter, space, missingAt, severalAts, nothingBeforeAt, localPartTooLong
    case misplacedDotBeforeAt, invalidCharacterBeforeAt, nothingAfterAt, domainWithoutDot
    case misplacedDotInDomain, badPunycode, invalidCharacterInDomain, domainLabelTooLong
    case domainLabelHyphen, domainTooLong, topLevelDomain
  }

  public var kind: Kind {
    switch self {
    case .tooLong: .tooLong
    case .invisibleCharacter: .invisibleCharacter
    case .space: .space
    case .missingAt: .missingAt
    case .severalAts: .severalAts
    case .nothingBeforeAt: .nothingBeforeAt
    case .localPartTooLong: .localPartTooLong
    case .misplacedDotBeforeAt: .misplacedDotBeforeAt
    case .invalidCharacterBeforeAt: .invalidCharacterBeforeAt
    case .nothingAfterAt: .nothingAfterAt
    case .domainWithoutDot: .domainWithoutDot
    case .misplacedDotInDomain: .misplacedDotInDomain
    case .badPunycode: .badPunycode
    case .invalidCharacterInDomain: .invalidCharacterInDomain
    case .domainLabelTooLong: .domainLabelTooLong
    case .domainLabelHyphen: .domainLabelHyphen
    case .domainTooLong: .domainTooLong
    case .topLevelDomain: .topLevelDomain
    }
  }

  public static func example(of kind: Kind) -> EmailProblem {
    switch kind {
    case .tooLong: .tooLong
    case .invisibleCharacter: .invisibleCharacter("\u{200B}")
    case .space: .space
    case .missingAt: .missingAt
    case .severalAts: .severalAts
    case .nothingBeforeAt: .nothingBeforeAt
    case .localPartTooLong: .localPartTooLong
    case .misplacedDotBeforeAt: .misplacedDotBeforeAt
    case .invalidCharacterBeforeAt: .invalidCharacterBeforeAt
    case .nothingAfterAt: .nothingAfterAt
    case .domainWithoutDot: .domainWithoutDot
    case .misplacedDotInDomain: .misplacedDotInDomain
    case .badPunycode: .badPunycode("xn--zz")
    case .invalidCharacterInDomain: .invalidCharacterInDomain
    case .domainLabelTooLong: .domainLabelTooLong
    case .domainLabelHyphen: .domainLabelHyphen
    case .domainTooLong: .domainTooLong
    case .topLevelDomain: .topLevelDomain
    }
  }
}
