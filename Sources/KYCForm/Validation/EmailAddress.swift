/// A practical email address check (what real mailboxes look like, not the
/// full RFC 5322 grammar: no quoted local parts, no IP-literal domains). The
/// domain is read as IDNA: a Unicode label (`méxico.mx`) and its Punycode
/// (`xn--mxico-bsa.mx`) are the same domain.
enum EmailAddress {
  private static let localSpecials = Set("!#$%&'*+-/=?^_`{|}~.")

  /// nil when `value` looks like a deliverable address; else what is wrong.
  static func problem(with value: String) -> String? {
    if value.count > 254 || value.utf8.count > 254 * 4 { return "longer than 254 characters" }
    if let bad = CleanText.firstInvisible(in: value) {
      return "contains an invisible character (\(CleanText.codePoint(bad)), \(CleanText.name(of: bad)))"
    }
    if value.contains(where: \.isWhitespace) { return "contains a space" }
    let parts = value.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2 else { return parts.count < 2 ? "missing @" : "more than one @" }
    let local = parts[0]
    let domain = parts[1]
    if local.isEmpty { return "nothing before @" }
    if local.count > 64 { return "the part before @ is longer than 64 characters" }
    if local.first == "." || local.last == "." || local.contains("..") {
      return "misplaced dot before @"
    }
    if !local.allSatisfy({ $0.isLetter || $0.isNumber || localSpecials.contains($0) }) {
      return "invalid character before @"
    }
    if domain.isEmpty { return "nothing after @" }
    return domainProblem(String(domain))
  }

  /// nil for a domain of two or more IDNA labels with a top-level domain of letters.
  static func domainProblem(_ domain: String) -> String? {
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard labels.count >= 2 else { return "the domain needs a dot (example.com)" }
    var asciiLength = labels.count - 1
    for label in labels {
      if label.isEmpty { return "misplaced dot in the domain" }
      guard let ascii = asciiLabel(label) else {
        return label.lowercased().hasPrefix("xn--")
          ? "a domain label \"\(label)\" is not valid Punycode" : "invalid character in the domain"
      }
      if ascii.count > 63 { return "a domain label is longer than 63 characters" }
      if label.first == "-" || label.last == "-" { return "a domain label starts or ends with -" }
      asciiLength += ascii.count
    }
    if asciiLength > 253 { return "the domain is longer than 253 characters" }
    if let tld = labels.last.map(unicodeLabel), tld.count < 2 || !tld.allSatisfy(\.isLetter) {
      return "the top-level domain must be letters (com, mx...)"
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
