import Foundation
import GRDB
import KYCForm
import KiraModels

/// Kira's `GET /v1/countries`, as last fetched from one Kira (keyed by its
/// base URL), with when it was fetched. Reference data, not PII: kept in
/// clear (`country_cache`, migration `v2-country-cache`).
public struct CountryCache: Sendable {
  let database: StoreDatabase

  /// A cached list and its age.
  public struct Entry: Sendable, Hashable {
    /// The countries as Kira listed them.
    public var countries: [KiraCountry]
    /// When they were fetched.
    public var fetchedAt: Date

    /// How old the list is at `now`, in seconds (0 for a clock that went back).
    public func age(at now: Date) -> TimeInterval { max(0, now.timeIntervalSince(fetchedAt)) }

    /// The subdivision codes in force: Kira's, merged with the embedded names.
    public var catalog: SubdivisionCatalog {
      SubdivisionCatalog(
        kiraCountries: Dictionary(
          countries.map { ($0.alpha3, $0.subdivisions.map { (code: $0.code, name: $0.name) }) },
          uniquingKeysWith: { first, _ in first }),
        fetchedAt: fetchedAt)
    }
  }

  /// Replaces the list cached for `environment` (a base URL).
  public func save(_ countries: [KiraCountry], environment: String, fetchedAt: Date) throws {
    let data = try JSONEncoder().encode(countries)
    let text = String(decoding: data, as: UTF8.self)
    try database.write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO country_cache (environment, fetched_at, countries) VALUES (?, ?, ?)",
        arguments: [environment, fetchedAt.timeIntervalSince1970, text])
    }
  }

  /// The list cached for `environment`, if any (an unreadable row counts as none).
  public func load(environment: String) throws -> Entry? {
    try database.read { db in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT fetched_at, countries FROM country_cache WHERE environment = ?",
          arguments: [environment])
      else { return nil }
      let text: String = row["countries"]
      guard let countries = try? JSONDecoder().decode([KiraCountry].self, from: Data(text.utf8)) else {
        return nil
      }
      return Entry(countries: countries, fetchedAt: Date(timeIntervalSince1970: row["fetched_at"]))
    }
  }

  /// The list for `environment`: the cached one while younger than
  /// `maxAge`, else fetched once with `fetch` and cached; when the fetch
  /// fails, the cached one however old (nil when there is none: the
  /// embedded table stays the authority).
  public func current(
    environment: String, now: Date, maxAge: TimeInterval = CountryCache.defaultMaxAge,
    fetch: @Sendable () async throws -> [KiraCountry]
  ) async -> Entry? {
    let cached = try? load(environment: environment)
    if let cached, cached.age(at: now) < maxAge { return cached }
    guard let fetched = try? await fetch(), !fetched.isEmpty else { return cached }
    try? save(fetched, environment: environment, fetchedAt: now)
    return Entry(countries: fetched, fetchedAt: now)
  }

  /// A week: subdivisions change rarely, and a stale list is still the best guess.
  public static let defaultMaxAge: TimeInterval = 7 * 24 * 3600
}
