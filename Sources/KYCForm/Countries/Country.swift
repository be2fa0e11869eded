/// One ISO 3166-1 country.
public struct Country: Sendable, Hashable {
  /// Two-letter code (`MX`).
  public let alpha2: String
  /// Three-letter code (`MEX`), the form Kira wants.
  public let alpha3: String
  /// English short name (`Mexico`).
  public let englishName: String
  /// Spanish short name (`México`).
  public let spanishName: String
  /// Other names the country is searched by (official names, "UK", "EEUU"...).
  public let aliases: [String]

  /// Creates a country entry.
  public init(
    alpha2: String, alpha3: String, englishName: String, spanishName: String, aliases: [String] = []
  ) {
    self.alpha2 = alpha2
    self.alpha3 = alpha3
    self.englishName = englishName
    self.spanishName = spanishName
    self.aliases = aliases
  }

  /// Name and code for pickers and review: "México (MEX)". Uses the Spanish
  /// name, which is what operators at Latin-American counters read; the
  /// English name is still matched by search.
  public var displayName: String { "\(spanishName) (\(alpha3))" }

  /// Name and code in `language`: "Mexico (MEX)", "México (MEX)".
  public func displayName(in language: OperatorLanguage) -> String {
    "\(language == .spanish ? spanishName : englishName) (\(alpha3))"
  }

  /// The short name in `language`: "Mexico", "México".
  public func name(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishName : englishName
  }
}

/// The outcome of reading a typed country (code or name).
public enum CountryResolution: Sendable, Hashable {
  /// Exactly one country matches.
  case exact(Country)
  /// Several countries match; best first.
  case ambiguous([Country])
  /// Nothing matches.
  case notFound
}
