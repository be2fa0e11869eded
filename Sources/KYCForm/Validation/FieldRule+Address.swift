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
    code: "invalid_state", summary: "a code of the address country's subdivisions",
    spanishSummary: "un código de las subdivisiones del país del domicilio"
  ) { value, context in
    let country = context.values[FieldID.addressCountry].trimmedWhitespace.uppercased()
    let catalog = context.subdivisions
    let list = catalog.subdivisions(of: country)
    guard !list.isEmpty else { return nil }
    if list.contains(where: { $0.code == value }) { return nil }
    let label = context.bilingualLabel
    let expected = subdivisionExpected(country: country, example: list[0].code)
    switch catalog.resolve(value, country: country) {
    case .exact(let match):
      // Normalisation writes the code; only a caller that skipped it gets here.
      return RuleFailure(
        code: "state_not_code", .stateNotCode(label: label, value: value, code: match.code, country: country),
        expected: expected)
    case .ambiguous(let matches):
      return RuleFailure(
        code: "ambiguous_state",
        .ambiguousState(label: label, value: value, country: country, matches: Array(matches.prefix(4))),
        expected: expected)
    case .notFound:
      let strict = catalog.isStrict(for: country)
      return RuleFailure(
        code: strict ? "invalid_state" : "unknown_state",
        .unknownState(
          label: label, value: value, country: country, fromKira: catalog.isFromKira(country),
          count: list.count, examples: Array(list.prefix(2)), refused: strict),
        severity: strict ? .error : .warning, expected: expected)
    }
  }

  /// "a state code of Mexico, e.g. JAL": what the state rule expects.
  static func subdivisionExpected(country: String, example: String) -> BilingualText {
    let known = Countries.byAlpha3(country)
    let type = AddressData.rules(for: country)?.subdivisionType ?? "subdivision"
    return BilingualText(
      english: "\(article(type)) \(type) code of \(known?.englishName ?? country), e.g. \(example)",
      spanish:
        "un código de \(SpanishSubdivisionKind(type).singular) de \(known?.spanishName ?? country), "
        + "p. ej., \(example)")
  }

  /// One of the address country's postcodes, as the country writes it
  /// (Google's pattern and examples); for a country whose data gives each
  /// subdivision's prefixes, one of the state's (an error in the USA, a
  /// warning elsewhere).
  public static let postcode = FieldRule(
    code: "invalid_postcode", summary: "the address country's postcode format",
    spanishSummary: "el formato de código postal del país del domicilio"
  ) { value, context in
    let country = context.values[FieldID.addressCountry].trimmedWhitespace.uppercased()
    guard let rules = AddressData.rules(for: country), rules.postcodePattern != nil else { return nil }
    let label = context.bilingualLabel
    let expected = BilingualText(
      english: Postcodes.expected(rules, in: .english), spanish: Postcodes.expected(rules, in: .spanish))
    guard let canonical = Postcodes.canonical(value, rules: rules) else {
      if let fixed = Postcodes.lostLeadingZero(value, rules: rules) {
        return RuleFailure(
          code: "postcode_leading_zero",
          .postcodeLostZero(label: label, value: value, country: country, fixed: fixed), expected: expected)
      }
      return RuleFailure(
        code: "invalid_postcode", .invalidPostcode(label: label, value: value, country: country),
        expected: expected)
    }
    let state = context.values[FieldID.addressState].trimmedWhitespace
    guard !state.isEmpty,
      let subdivision = context.subdivisions.subdivisions(of: country).first(where: { $0.code == state }),
      let prefix = subdivision.postcodePrefixSource, !subdivision.acceptsPostcode(canonical)
    else { return nil }
    let prefixes = Postcodes.describePrefix(prefix)
    return RuleFailure(
      code: "postcode_state_mismatch",
      .postcodeNotInState(label: label, postcode: canonical, state: subdivision, country: country),
      severity: country == "USA" ? .error : .warning,
      expected: BilingualText(english: "starting with \(prefixes)", spanish: "que empiece con \(prefixes)"))
  }

  /// "a" or "an" before a word.
  static func article(_ word: String) -> String {
    "aeiou".contains(word.first?.lowercased() ?? "x") ? "an" : "a"
  }
}
