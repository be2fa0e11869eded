import Foundation

/// Postcodes checked and written the way each country writes them, from
/// Google's address data: the pattern, the examples' shape (`99999-999` for
/// a Brazilian CEP) and, where the data has them, each subdivision's prefixes.
public enum Postcodes {
  /// The canonical form of `text` for the country (`01310100` -> `01310-100`
  /// in Brazil, `941051234` -> `94105-1234` in the USA, `sw1a1aa` ->
  /// `SW1A 1AA`), or nil when it is not one of the country's postcodes. A
  /// country without a pattern has no canonical form: nil.
  public static func canonical(_ text: String, rules: CountryAddressRules) -> String? {
    guard let pattern = rules.postcodePattern else { return nil }
    let cleaned = clean(text)
    if cleaned.isEmpty { return nil }
    let core = cleaned.filter { $0 != " " && $0 != "-" }
    let typedBreaks = breaks(cleaned)
    for shape in shapes(rules) where shape.filter({ $0 == "9" || $0 == "A" }).count == core.count {
      // Separators typed where the shape has none are a different postcode, not a spelling of it.
      guard typedBreaks.isEmpty || typedBreaks == breaks(shape) else { continue }
      var formatted = ""
      var characters = core.makeIterator()
      var fits = true
      for mark in shape {
        switch mark {
        case "9", "A":
          guard let next = characters.next(), mark == "9" ? next.isNumber : next.isLetter else {
            fits = false
            break
          }
          formatted.append(next)
        default:
          formatted.append(mark)
        }
        if !fits { break }
      }
      if fits, pattern.matchesWhole(formatted) { return formatted }
    }
    return pattern.matchesWhole(cleaned) ? cleaned : nil
  }

  /// Where a value's separators (`-`, space) fall, as counts of the letters
  /// and digits before each: `94105-1234` -> [5].
  static func breaks(_ text: String) -> [Int] {
    var result: [Int] = []
    var count = 0
    for character in text {
      if character == " " || character == "-" {
        if result.last != count { result.append(count) }
      } else {
        count += 1
      }
    }
    return result
  }

  /// Upper case, ASCII digits for other scripts' and full-width ones,
  /// invisible format characters dropped, spaces trimmed and single.
  static func clean(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in PhoneText.cleaned(text) {
      if scalar.properties.isWhitespace {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.append(" ") }
      pendingSpace = false
      if let digit = PhoneText.digitValue(scalar) {
        result.unicodeScalars.append(digit)
      } else if scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "\u{2013}" || scalar == "\u{2212}" {
        result.append("-")
      } else {
        result += String(scalar).uppercased()
      }
    }
    return result
  }

  /// The distinct shapes of the country's examples (`99999-999`): 9 for a
  /// digit, A for a letter, anything else kept.
  static func shapes(_ rules: CountryAddressRules) -> [String] {
    var result: [String] = []
    for example in rules.postcodeExamples {
      let shape = String(example.map { $0.isNumber ? "9" : $0.isLetter ? "A" : $0 })
      if !result.contains(shape) { result.append(shape) }
    }
    return result
  }

  /// The expected format for people: "5 digits", "99999-999", "A9A 9A9 (A a
  /// letter, 9 a digit)"; the pattern when the data has no examples.
  public static func expectedFormat(_ rules: CountryAddressRules) -> String {
    expectedFormat(rules, in: .english)
  }

  /// The expected format in `language`: "5 dígitos", "A9A 9A9 (A: una letra; 9: un dígito)".
  public static func expectedFormat(_ rules: CountryAddressRules, in language: OperatorLanguage) -> String {
    let shapes = shapes(rules)
    guard !shapes.isEmpty else { return rules.postcodePatternSource ?? "" }
    let described = shapes.prefix(3).map { shape in
      shape.allSatisfy { $0 == "9" } ? "\(shape.count) \(language.pick("digits", "dígitos"))" : shape
    }
    let legend =
      shapes.prefix(3).contains { $0.contains("A") }
      ? language.pick(" (A a letter, 9 a digit)", " (A: una letra; 9: un dígito)") : ""
    guard language == .spanish else { return described.joined(separator: " or ") + legend }
    var text = described[0]
    for next in described.dropFirst() { text += " \(OperatorLanguage.spanishOr(before: next)) \(next)" }
    return text + legend
  }

  /// "5 digits, e.g. 06600": the expected format and the first example.
  static func expected(_ rules: CountryAddressRules, in language: OperatorLanguage) -> String {
    expectedFormat(rules, in: language)
      + (example(rules).map { language.pick(", e.g. ", ", p. ej., ") + $0 } ?? "")
  }

  /// The first example, as the country writes it.
  public static func example(_ rules: CountryAddressRules) -> String? {
    rules.postcodeExamples.first
  }

  /// When `text` is a digits-only value one digit short of the country's
  /// only all-digit length and a leading zero makes it valid (`6600` in
  /// Mexico), that postcode (`06600`).
  public static func lostLeadingZero(_ text: String, rules: CountryAddressRules) -> String? {
    let cleaned = clean(text)
    guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    let lengths = Set(shapes(rules).filter { $0.allSatisfy { $0 == "9" } }.map(\.count))
    guard lengths.count == 1, lengths.first == cleaned.count + 1 else { return nil }
    return canonical("0" + cleaned, rules: rules)
  }

  /// The prefixes a subdivision's postcodes start with, for people:
  /// `9[0-5]|96[01]` -> "90, 91, 92, 93, 94, 95, 960, 961"; the pattern
  /// itself when it is not a plain list of digits and classes.
  public static func describePrefix(_ source: String) -> String {
    var all: [String] = []
    for alternative in source.split(separator: "|") {
      guard let expanded = expand(alternative), all.count + expanded.count <= 16 else {
        return source
      }
      all += expanded
    }
    return all.isEmpty ? source : all.joined(separator: ", ")
  }

  /// `9[0-5]` -> ["90", ..., "95"]; nil for anything but digits and digit classes.
  private static func expand(_ text: Substring) -> [String]? {
    var results = [""]
    var rest = text[...]
    while let first = rest.first {
      var choices: [Character] = []
      if first == "[" {
        guard let close = rest.firstIndex(of: "]") else { return nil }
        let body = Array(rest[rest.index(after: rest.startIndex)..<close])
        var index = 0
        while index < body.count {
          if index + 2 < body.count, body[index + 1] == "-",
            let low = body[index].asciiValue, let high = body[index + 2].asciiValue, low <= high
          {
            choices += (low...high).map { Character(Unicode.Scalar($0)) }
            index += 3
          } else {
            choices.append(body[index])
            index += 1
          }
        }
        rest = rest[rest.index(after: close)...]
      } else {
        choices = [first]
        rest = rest.dropFirst()
      }
      guard choices.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      results = results.flatMap { prefix in choices.map { prefix + String($0) } }
      if results.count > 16 { return nil }
    }
    return results
  }

  /// "Mexican postcodes", "US ZIP codes", "Postcodes in Chile": how messages
  /// name a country's postcodes.
  public static func pluralName(for alpha3: String) -> String {
    if alpha3 == "USA" { return "US ZIP codes" }
    if let adjective = adjectives[alpha3] { return "\(adjective) postcodes" }
    let name = Countries.byAlpha3(alpha3)?.englishName ?? alpha3
    return "Postcodes in \(name)"
  }

  /// "a Mexican postcode", "a US ZIP code", "a postcode of Chile".
  public static func singularName(for alpha3: String) -> String {
    if alpha3 == "USA" { return "a US ZIP code" }
    if let adjective = adjectives[alpha3] {
      return ("AEIOU".contains(adjective.first ?? "x") ? "an " : "a ") + "\(adjective) postcode"
    }
    return "a postcode of \(Countries.byAlpha3(alpha3)?.englishName ?? alpha3)"
  }

  /// The Spanish of `pluralName(for:)`, with its article: "los códigos postales
  /// de México", "los códigos ZIP de EE. UU.".
  static func spanishPluralName(for alpha3: String) -> String {
    if alpha3 == "USA" { return "los códigos ZIP de EE. UU." }
    return "los códigos postales de \(Countries.byAlpha3(alpha3)?.spanishName ?? alpha3)"
  }

  /// The Spanish of `singularName(for:)`: "un código postal de México", "un código ZIP de EE. UU.".
  static func spanishSingularName(for alpha3: String) -> String {
    if alpha3 == "USA" { return "un código ZIP de EE. UU." }
    return "un código postal de \(Countries.byAlpha3(alpha3)?.spanishName ?? alpha3)"
  }

  private static let adjectives: [String: String] = [
    "MEX": "Mexican", "GTM": "Guatemalan", "COL": "Colombian", "BRA": "Brazilian", "ARG": "Argentine",
    "CHL": "Chilean", "PER": "Peruvian", "ECU": "Ecuadorian", "ESP": "Spanish", "CAN": "Canadian",
    "GBR": "British", "FRA": "French", "DEU": "German", "ITA": "Italian", "PRT": "Portuguese",
    "SLV": "Salvadoran", "HND": "Honduran", "NIC": "Nicaraguan", "CRI": "Costa Rican", "DOM": "Dominican",
    "URY": "Uruguayan", "PRY": "Paraguayan", "VEN": "Venezuelan", "BOL": "Bolivian",
  ]
}
