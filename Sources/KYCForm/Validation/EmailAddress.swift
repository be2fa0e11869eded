/// A practical email address check (what real mailboxes look like, not the
/// full RFC 5322 grammar: no quoted local parts, no IP-literal domains).
enum EmailAddress {
  private static let localSpecials = Set("!#$%&'*+-/=?^_`{|}~.")

  /// nil when `value` looks like a deliverable address; else what is wrong.
  static func problem(with value: String) -> String? {
    if value.count > 254 { return "longer than 254 characters" }
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
    let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2 else { return "the domain needs a dot (example.com)" }
    for label in labels {
      if label.isEmpty { return "misplaced dot in the domain" }
      if label.count > 63 { return "a domain label is longer than 63 characters" }
      if label.first == "-" || label.last == "-" { return "a domain label starts or ends with -" }
      if !label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) {
        return "invalid character in the domain"
      }
    }
    if let tld = labels.last, tld.count < 2 || !tld.allSatisfy(\.isLetter) {
      return "the top-level domain must be letters (com, mx...)"
    }
    return nil
  }
}
