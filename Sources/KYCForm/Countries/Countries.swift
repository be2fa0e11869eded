import Foundation

/// Lookup over the embedded ISO 3166-1 table (all 249 entries).
public enum Countries {
  /// Every ISO 3166-1 country, sorted by alpha-3 code.
  public static let all: [Country] = parse(countryTableSource)

  /// The country with this alpha-3 code (case-insensitive), if any.
  public static func byAlpha3(_ code: String) -> Country? {
    index.byAlpha3[code.uppercased()]
  }

  /// The country with this alpha-2 code (case-insensitive), if any.
  public static func byAlpha2(_ code: String) -> Country? {
    index.byAlpha2[code.uppercased()]
  }

  /// Countries matching `query` by code or name (English, Spanish, aliases),
  /// case- and accent-insensitive, best first: exact code, exact name, name
  /// prefix, word prefix, then substring. An empty query returns `all`.
  public static func search(_ query: String) -> [Country] {
    let needle = TextFolding.fold(query).trimmedWhitespace
    if needle.isEmpty { return all }
    var ranked: [(rank: Int, country: Country)] = []
    for entry in index.entries {
      if let rank = rank(of: entry, for: needle) {
        ranked.append((rank, entry.country))
      }
    }
    ranked.sort { lhs, rhs in
      lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.country.englishName < rhs.country.englishName
    }
    return ranked.map(\.country)
  }

  /// Reads a typed country: an alpha-3 or alpha-2 code, or a name. Converted
  /// only when exactly one country fits; several fits are `.ambiguous`.
  public static func resolve(_ input: String) -> CountryResolution {
    let trimmed = input.trimmedWhitespace
    let needle = TextFolding.fold(trimmed)
    if needle.isEmpty { return .notFound }
    if needle.count == 3, let country = byAlpha3(needle) { return .exact(country) }
    if needle.count == 2, let country = byAlpha2(needle) { return .exact(country) }
    let exactNames = index.entries.filter { $0.names.contains(needle) }.map(\.country)
    if exactNames.count == 1 { return .exact(exactNames[0]) }
    if exactNames.count > 1 { return .ambiguous(exactNames) }
    // Names only (codes were tried above): prefix, then word prefix, then substring.
    // Short fragments convert only through codes: "zz" is in "Brazzaville" but names nothing.
    let tiers = needle.count >= 4 ? [2, 3, 4] : needle.count == 3 ? [2, 3] : []
    for tier in tiers {
      let matches = index.entries.filter { nameRank(of: $0, for: needle) == tier }.map(\.country)
      if matches.count == 1 { return .exact(matches[0]) }
      if matches.count > 1 {
        // Countries whose English name itself matches come before alias-only matches.
        func ownName(_ country: Country) -> Int {
          let name = TextFolding.fold(country.englishName)
          return name.hasPrefix(needle) || name.contains(needle) ? 0 : 1
        }
        return .ambiguous(
          matches.sorted { (ownName($0), $0.englishName) < (ownName($1), $1.englishName) })
      }
    }
    return .notFound
  }

  /// Up to `limit` countries a mistyped code or name probably meant:
  /// search hits first, then codes one letter off ("MXE" -> MEX).
  public static func suggestions(for input: String, limit: Int = 3) -> [Country] {
    var result: [Country] = []
    let needle = TextFolding.fold(input).trimmedWhitespace
    if needle.count >= 2 {
      result += search(needle).prefix(limit)
    }
    if needle.count == 3 {
      let upper = Array(needle.uppercased())
      for country in all where !result.contains(country) {
        let code = Array(country.alpha3)
        let differing = zip(code, upper).filter { $0 != $1 }.count
        let sameLetters = code.sorted() == upper.sorted()
        if differing == 1 || (sameLetters && differing == 2) { result.append(country) }
      }
    }
    return Array(result.prefix(limit))
  }

  // MARK: - Index

  /// A country with its folded names, precomputed once.
  struct Entry: Sendable {
    let country: Country
    /// Folded English, Spanish and alias names.
    let names: [String]
    let alpha3: String
    let alpha2: String
  }

  /// Lookup tables built once from `all`.
  struct Index: Sendable {
    let entries: [Entry]
    let byAlpha3: [String: Country]
    let byAlpha2: [String: Country]
  }

  static let index: Index = {
    let entries = all.map { country in
      Entry(
        country: country,
        names: ([country.englishName, country.spanishName] + country.aliases).map(TextFolding.fold),
        alpha3: country.alpha3.lowercased(),
        alpha2: country.alpha2.lowercased())
    }
    return Index(
      entries: entries,
      byAlpha3: Dictionary(uniqueKeysWithValues: all.map { ($0.alpha3, $0) }),
      byAlpha2: Dictionary(uniqueKeysWithValues: all.map { ($0.alpha2, $0) }))
  }()

  /// 0 exact code, 1 exact name, 2 name prefix, 3 word prefix, 4 substring; nil: no match.
  private static func rank(of entry: Entry, for needle: String) -> Int? {
    if needle == entry.alpha3 || needle == entry.alpha2 { return 0 }
    if entry.names.contains(needle) { return 1 }
    if let tier = nameRank(of: entry, for: needle) { return tier }
    if needle.count >= 2, entry.alpha3.hasPrefix(needle) { return 4 }
    return nil
  }

  /// 2 name prefix, 3 word prefix, 4 substring; nil: no name contains the needle.
  private static func nameRank(of entry: Entry, for needle: String) -> Int? {
    var best: Int?
    for name in entry.names {
      let tier: Int?
      if name.hasPrefix(needle) {
        tier = 2
      } else if name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains(where: {
        $0.hasPrefix(needle)
      }) {
        tier = 3
      } else if name.contains(needle) {
        tier = 4
      } else {
        tier = nil
      }
      if let tier, tier < (best ?? Int.max) { best = tier }
    }
    return best
  }

  private static func parse(_ source: String) -> [Country] {
    source.split(separator: "\n").compactMap { line in
      let columns = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
      guard columns.count == 5 else { return nil }
      return Country(
        alpha2: columns[0], alpha3: columns[1], englishName: columns[2], spanishName: columns[3],
        aliases: columns[4].split(separator: ";").map(String.init))
    }
  }
}
