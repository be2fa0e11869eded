import Foundation

/// Where the form's subdivision (state) codes come from: the embedded table,
/// or a live Kira's `GET /v1/countries` merged with it. Kira's codes are the
/// authority for the countries it lists subdivisions of (its names, plus the
/// embedded Spanish, English and Latin names and postcode prefixes of the
/// same subdivision, matched by code, alias or name); the embedded table
/// answers for every other country.
public struct SubdivisionCatalog: Sendable {
  /// Where a catalog comes from.
  public enum Source: Sendable, Hashable {
    /// The embedded table (offline, embedded sandbox, no fetch yet).
    case embedded
    /// Kira's `GET /v1/countries`, fetched at this time.
    case kira(fetchedAt: Date)
  }

  /// Where this catalog comes from.
  public let source: Source
  /// Kira's subdivisions by alpha-3, merged with the embedded names.
  private let kira: [String: [Subdivision]]
  /// Each country's codes and names folded for comparison, made on first use.
  private let folded = FoldedSubdivisions()

  /// The embedded table alone.
  public static let embedded = SubdivisionCatalog(source: .embedded, kira: [:])

  private init(source: Source, kira: [String: [Subdivision]]) {
    self.source = source
    self.kira = kira
  }

  /// A catalog from Kira's countries: alpha-3 -> its subdivisions as
  /// `(code, name)`. A code written `MX-JAL` is read as `JAL`. Countries
  /// Kira lists without subdivisions keep the embedded ones.
  public init(kiraCountries: [String: [(code: String, name: String)]], fetchedAt: Date) {
    var merged: [String: [Subdivision]] = [:]
    for (alpha3, entries) in kiraCountries {
      let country = alpha3.uppercased()
      let rules = AddressData.rules(for: country)
      let embedded = SubdivisionCatalog.embedded.comparableEntries(of: country)
      var list: [Subdivision] = []
      for entry in entries {
        var code = entry.code.trimmedWhitespace
        if let alpha2 = rules?.alpha2, code.uppercased().hasPrefix(alpha2 + "-") {
          code = String(code.dropFirst(3))
        }
        guard !code.isEmpty, !list.contains(where: { $0.code == code }) else { continue }
        let name = entry.name.trimmedWhitespace.isEmpty ? code : entry.name.trimmedWhitespace
        let foldedCode = Self.comparable(code)
        let foldedName = Self.comparable(name)
        let match =
          embedded.first { $0.codes.contains(foldedCode) } ?? embedded.first { $0.names.contains(foldedName) }
        let known = match?.subdivision
        if let known {
          var aliases = known.aliases.filter { $0 != code }
          if known.code != code { aliases.insert(known.code, at: 0) }
          list.append(
            Subdivision(
              code: code, aliases: aliases, localName: name, latinName: known.latinName,
              englishName: known.englishName ?? (known.localName != name ? known.localName : nil),
              spanishName: known.spanishName, postcodePrefix: known.postcodePrefix))
        } else {
          list.append(Subdivision(code: code, localName: name))
        }
      }
      if !list.isEmpty { merged[country] = list }
    }
    self.init(source: .kira(fetchedAt: fetchedAt), kira: merged)
  }

  /// The subdivisions of a country (alpha-3), in the source's order; empty
  /// for a country without any (or an unknown code).
  public func subdivisions(of country: String) -> [Subdivision] {
    let key = country.trimmedWhitespace.uppercased()
    if let list = kira[key] { return list }
    return AddressData.rules(for: key)?.subdivisions ?? []
  }

  /// True when a value outside the country's subdivisions is refused: Kira
  /// lists them, or Google's postal data does. False for ISO-only lists.
  public func isStrict(for country: String) -> Bool {
    let key = country.trimmedWhitespace.uppercased()
    if kira[key] != nil { return true }
    return AddressData.rules(for: key)?.subdivisionsAreStrict ?? false
  }

  /// True when the country's codes are Kira's own list.
  public func isFromKira(_ country: String) -> Bool {
    kira[country.trimmedWhitespace.uppercased()] != nil
  }

  /// Reads a typed subdivision: a whole code, alias or name (case, accents and
  /// a trailing dot ignored; `MX-JAL` read as `JAL`). Never a fragment.
  public func resolve(_ text: String, country: String) -> SubdivisionResolution {
    let list = comparableEntries(of: country)
    var needle = Self.comparable(text)
    if needle.isEmpty || list.isEmpty { return .notFound }
    if let alpha2 = AddressData.rules(for: country.trimmedWhitespace)?.alpha2.lowercased(),
      needle.hasPrefix(alpha2 + "-"), needle.count > 3
    {
      let stripped = String(needle.dropFirst(3))
      if list.contains(where: { $0.codes[0] == stripped }) { needle = stripped }
    }
    if let byCode = list.first(where: { $0.codes[0] == needle }) { return .exact(byCode.subdivision) }
    let byAlias = list.filter { $0.codes.dropFirst().contains(needle) }.map(\.subdivision)
    if byAlias.count == 1 { return .exact(byAlias[0]) }
    let byName = list.filter { $0.names.contains(needle) }.map(\.subdivision)
    if byName.count == 1 { return .exact(byName[0]) }
    if byName.count > 1 || byAlias.count > 1 { return .ambiguous(byName.isEmpty ? byAlias : byName) }
    return .notFound
  }

  /// The subdivisions matching `query` by code or name, best first: code,
  /// code prefix, name prefix, word prefix, then substring; the source's
  /// order within a rank. An empty query returns them all.
  public func search(_ query: String, country: String) -> [Subdivision] {
    let needle = Self.comparable(query)
    if needle.isEmpty { return subdivisions(of: country) }
    var ranked: [(rank: Int, index: Int, subdivision: Subdivision)] = []
    for (index, entry) in comparableEntries(of: country).enumerated() {
      let subdivision = entry.subdivision
      let codes = entry.codes
      let names = entry.names
      let rank: Int?
      if codes.contains(needle) {
        rank = 0
      } else if names.contains(needle) {
        rank = 1
      } else if codes.contains(where: { $0.hasPrefix(needle) })
        || names.contains(where: { $0.hasPrefix(needle) })
      {
        rank = 2
      } else if names.contains(where: { name in
        name.split(whereSeparator: { $0 == " " || $0 == "-" }).contains { $0.hasPrefix(needle) }
      }) {
        rank = 3
      } else if names.contains(where: { $0.contains(needle) }) {
        rank = 4
      } else {
        rank = nil
      }
      if let rank { ranked.append((rank, index, subdivision)) }
    }
    ranked.sort { ($0.rank, $0.index) < ($1.rank, $1.index) }
    return ranked.map(\.subdivision)
  }

  /// The country's subdivisions with their codes (code first, then aliases)
  /// and names in comparable form, folded once per country and kept.
  func comparableEntries(of country: String) -> [ComparableSubdivision] {
    let key = country.trimmedWhitespace.uppercased()
    return folded.entries(for: key) {
      subdivisions(of: key).map { subdivision in
        ComparableSubdivision(
          subdivision: subdivision, codes: ([subdivision.code] + subdivision.aliases).map(Self.comparable),
          names: subdivision.names.map(Self.comparable))
      }
    }
  }

  /// Folded (case, accents), a trailing dot dropped, runs of spaces as one.
  static func comparable(_ text: String) -> String {
    var folded = TextFolding.fold(text.trimmedWhitespace)
    while folded.hasSuffix(".") { folded.removeLast() }
    return folded.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }
}

/// The outcome of reading a typed subdivision.
public enum SubdivisionResolution: Sendable, Hashable {
  /// Exactly one subdivision matches.
  case exact(Subdivision)
  /// Several match (by name); best first.
  case ambiguous([Subdivision])
  /// Nothing matches.
  case notFound
}

/// A subdivision with its codes and names as `SubdivisionCatalog.comparable` writes them.
struct ComparableSubdivision: Sendable {
  let subdivision: Subdivision
  /// The code, then the aliases.
  let codes: [String]
  let names: [String]
}

/// The per-country cache of comparable entries (folding is the costly part of
/// reading a state: Foundation's decomposition, per name).
final class FoldedSubdivisions: @unchecked Sendable {
  private let lock = NSLock()
  private var cache: [String: [ComparableSubdivision]] = [:]

  func entries(for country: String, make: () -> [ComparableSubdivision]) -> [ComparableSubdivision] {
    lock.lock()
    if let known = cache[country] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let made = make()
    lock.lock()
    cache[country] = made
    lock.unlock()
    return made
  }
}
