/// A tax or identity number read for its country: the canonical form it is
/// sent in, and whether it is valid there.
public enum TaxNumber {
  /// What a number is for a tax country.
  public enum Reading: Sendable, Hashable {
    /// A valid number of this scheme.
    case valid(TaxIDScheme)
    /// Not valid: the scheme it was read as (nil when none fits), the problem,
    /// and another country's scheme the number is valid for, if any.
    case invalid(TaxIDScheme?, problem: String, looksLike: TaxIDScheme?)
    /// A country whose numbers we do not check: free text within the bound.
    case unchecked
  }

  /// The schemes of a country (alpha-3), in the order they are tried.
  public static func schemes(of country: String) -> [TaxIDScheme] {
    switch country {
    case "USA": [.ssn, .itin]
    case "MEX": [.rfc, .curp]
    case "BRA": [.cpf]
    case "ARG": [.cuit]
    case "COL": [.colombiaNIT, .cedula]
    case "GTM": [.guatemalaNIT]
    default: []
    }
  }

  /// The canonical form for `country`: upper case, separators removed; the
  /// USA keeps `AAA-GG-SSSS`, Colombia's and Guatemala's NIT a dash before the
  /// check digit. Unchanged (as typed) when it does not have the shape of one
  /// of the country's numbers, so the rule can explain.
  public static func canonical(_ text: String, country: String) -> String {
    guard !schemes(of: country).isEmpty, let compact = compact(text) else { return text }
    switch country {
    case "USA":
      guard compact.count == 9, TaxIDCheck.digitValues(compact) != nil else { return text }
      return string(compact[0..<3]) + "-" + string(compact[3..<5]) + "-" + string(compact[5..<9])
    case "MEX":
      return [10, 12, 13, 18].contains(compact.count) ? string(compact[...]) : text
    case "BRA", "ARG":
      return compact.count == 11 && TaxIDCheck.digitValues(compact) != nil ? string(compact[...]) : text
    case "COL":
      guard let nit = colombiaParts(text) else {
        return TaxIDCheck.digitValues(compact) != nil ? string(compact[...]) : text
      }
      return string(nit.body[...]) + "-" + String(Character(nit.check))
    case "GTM":
      let trimmed = Array(compact.drop(while: { $0 == "0" }))
      guard trimmed.count >= 2 else { return text }
      return string(trimmed.dropLast()) + "-" + String(Character(trimmed[trimmed.count - 1]))
    default:
      return text
    }
  }

  /// Reads a (normalised) number for `country`.
  public static func read(_ value: String, country: String) -> Reading {
    switch check(value, country: country) {
    case .valid(let scheme): .valid(scheme)
    case .unchecked: .unchecked
    case .invalid(let scheme, let problem, let looksLike):
      .invalid(scheme, problem: problem.text(in: .english), looksLike: looksLike)
    }
  }

  /// `Reading`, with the problem as a value (worded in either language).
  enum Checked: Sendable, Hashable {
    case valid(TaxIDScheme)
    case invalid(TaxIDScheme?, TaxIDProblem, looksLike: TaxIDScheme?)
    case unchecked
  }

  /// Reads a (normalised) number for `country`, the problem as a value.
  static func check(_ value: String, country: String) -> Checked {
    let schemes = schemes(of: country)
    guard !schemes.isEmpty else { return .unchecked }
    guard let compact = compact(value) else {
      return .invalid(nil, .badCharacters, looksLike: nil)
    }
    if country == "MEX", ![10, 12, 13, 18].contains(compact.count) {
      return .invalid(nil, .mexicanLength(compact.count), looksLike: otherCountry(value, besides: country))
    }
    let scheme = pick(compact, raw: value, country: country)
    let checked = scheme == .colombiaNIT ? compact.filter { $0 != "-" } : compact
    let cleaned = country == "GTM" ? Array(checked.drop(while: { $0 == "0" })) : checked
    guard let problem = TaxIDCheck.problem(cleaned, as: scheme) else { return .valid(scheme) }
    return .invalid(scheme, problem, looksLike: otherCountry(value, besides: country))
  }

  /// Another country's scheme the number is valid for; only schemes whose
  /// structure or check digits make a match meaningful.
  public static func otherCountry(_ value: String, besides country: String) -> TaxIDScheme? {
    guard let compact = compact(value) else { return nil }
    let candidates: [TaxIDScheme] = [.rfc, .curp, .cpf, .cuit, .ssn]
    for scheme in candidates where scheme.country != country {
      if scheme == .ssn && !isDashedSSN(value) { continue }
      if TaxIDCheck.problem(compact.filter { $0 != "-" }, as: scheme) == nil { return scheme }
    }
    return nil
  }

  // MARK: - Internals

  /// Upper case without spaces, dots, dashes, slashes, underscores and commas;
  /// nil when anything else than ASCII letters, digits, & and Ñ is left. A
  /// Colombian NIT's dash is found with `colombiaParts`.
  static func compact(_ text: String) -> [Unicode.Scalar]? {
    var result: [Unicode.Scalar] = []
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "-", ".", "/", "_", ",", "\u{00A0}": continue
      case "a"..."z": result.append(Unicode.Scalar(scalar.value - 32)!)
      case "A"..."Z", "0"..."9", "&", "Ñ": result.append(scalar)
      case "ñ": result.append("Ñ")
      default: return nil
      }
      if result.count > 64 { return nil }
    }
    return result
  }

  /// `900.373.913-4` -> digits and check digit, when written with the check after a dash.
  static func colombiaParts(_ text: String) -> (body: [Unicode.Scalar], check: Unicode.Scalar)? {
    let kept = text.unicodeScalars.filter { !" .,\u{00A0}".unicodeScalars.contains($0) }
    let parts = kept.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 1, let check = parts[1].first, TaxIDCheck.isDigit(check),
      !parts[0].isEmpty, parts[0].allSatisfy(TaxIDCheck.isDigit)
    else { return nil }
    return (Array(parts[0]), check)
  }

  private static func pick(_ compact: [Unicode.Scalar], raw: String, country: String) -> TaxIDScheme {
    switch country {
    case "USA": return compact.first == "9" ? .itin : .ssn
    case "MEX": return compact.count == 18 ? .curp : .rfc
    case "COL": return colombiaParts(raw) != nil || compact.count > 10 ? .colombiaNIT : .cedula
    default: return schemes(of: country)[0]
    }
  }

  private static func isDashedSSN(_ value: String) -> Bool {
    let chars = Array(value.unicodeScalars)
    return chars.count == 11 && chars[3] == "-" && chars[6] == "-"
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    String(String.UnicodeScalarView(scalars))
  }
}
