/// The address rules over the embedded address data (and Kira's subdivision
/// codes once fetched): the state is one of the address country's
/// subdivisions, the postcode one of its postcodes and, where the data has
/// prefixes per subdivision, one of the state's.
extension FieldRule {
  /// One of the address country's subdivisions, as a code. A country whose
  /// list is Kira's or Google's postal data refuses anything else; a country
  /// with an ISO 3166-2 list only gets a warning; a country with no list, or
  /// no address country, takes any text.
  public static let subdivision = FieldRule(
    code: "invalid_state", summary: "a code of the address country's subdivisions"
  ) { value, context in
    let country = context.values[FieldID.addressCountry].trimmedWhitespace.uppercased()
    let catalog = context.subdivisions
    let list = catalog.subdivisions(of: country)
    guard !list.isEmpty else { return nil }
    if list.contains(where: { $0.code == value }) { return nil }
    let countryName = Countries.byAlpha3(country)?.englishName ?? country
    let kind = AddressData.rules(for: country)?.subdivisionType ?? "subdivision"
    let examples = list.prefix(2).map { "\($0.code) (\($0.localName))" }.joined(separator: ", ")
    let source = catalog.isFromKira(country) ? "Kira's list" : "the address data"
    let expected = "\(article(kind)) \(kind) code of \(countryName), e.g. \(list[0].code)"
    switch catalog.resolve(value, country: country) {
    case .exact(let match):
      // Normalisation writes the code; only a caller that skipped it gets here.
      return RuleFailure(
        code: "state_not_code",
        message: "\(context.label) must be the \(kind) code: use \(match.code) for \"\(value)\"",
        expected: expected)
    case .ambiguous(let matches):
      let names = matches.prefix(4).map(\.displayName).joined(separator: ", ")
      return RuleFailure(
        code: "ambiguous_state",
        message: "\(context.label) \"\(value)\" matches several \(kind)s of \(countryName) (\(names)); "
          + "type the code", expected: expected)
    case .notFound:
      let strict = catalog.isStrict(for: country)
      return RuleFailure(
        code: strict ? "invalid_state" : "unknown_state",
        message:
          "\(context.label) \"\(value)\" is not \(article(kind)) \(kind) of \(countryName) in \(source) "
          + "(\(list.count) \(kind)s, a code or a name, e.g. \(examples))"
          + (strict ? "" : "; it is sent as typed"),
        severity: strict ? .error : .warning, expected: expected)
    }
  }

  /// One of the address country's postcodes, as the country writes it
  /// (Google's pattern and examples); for a country whose data gives each
  /// subdivision's prefixes, one of the state's (an error in the USA, a
  /// warning elsewhere).
  public static let postcode = FieldRule(
    code: "invalid_postcode", summary: "the address country's postcode format"
  ) { value, context in
    let country = context.values[FieldID.addressCountry].trimmedWhitespace.uppercased()
    guard let rules = AddressData.rules(for: country), rules.postcodePattern != nil else { return nil }
    let expected = Postcodes.expectedFormat(rules)
    let example = Postcodes.example(rules).map { ", e.g. \($0)" } ?? ""
    guard let canonical = Postcodes.canonical(value, rules: rules) else {
      if let fixed = Postcodes.lostLeadingZero(value, rules: rules) {
        return RuleFailure(
          code: "postcode_leading_zero",
          message: "\(context.label) \"\(value)\": \(Postcodes.pluralName(for: country)) have "
            + "\(fixed.count) digits: did a leading zero get lost? (\(fixed)?)",
          expected: expected + example)
      }
      return RuleFailure(
        code: "invalid_postcode",
        message: "\(context.label) \"\(value)\" is not \(Postcodes.singularName(for: country)): "
          + "expected \(expected)\(example)",
        expected: expected + example)
    }
    let state = context.values[FieldID.addressState].trimmedWhitespace
    guard !state.isEmpty,
      let subdivision = context.subdivisions.subdivisions(of: country).first(where: { $0.code == state }),
      let prefix = subdivision.postcodePrefixSource, !subdivision.acceptsPostcode(canonical)
    else { return nil }
    let usa = country == "USA"
    return RuleFailure(
      code: "postcode_state_mismatch",
      message: "\(context.label) \(canonical) is not in \(subdivision.localName) (\(subdivision.code)): "
        + "\(usa ? "its ZIP codes" : "its postcodes") start with \(Postcodes.describePrefix(prefix))"
        + (usa ? "" : "; check the state and the postcode"),
      severity: usa ? .error : .warning, expected: "starting with \(Postcodes.describePrefix(prefix))")
  }

  /// "a" or "an" before a word.
  static func article(_ word: String) -> String {
    "aeiou".contains(word.first?.lowercased() ?? "x") ? "an" : "a"
  }
}
