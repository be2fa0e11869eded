import Foundation
import KYCForm
import KiraModels
import KiraStore

extension KiraSession {
  /// The subdivision codes in force for this session: against a live Kira,
  /// its `GET /v1/countries`, fetched once and cached in the store with its
  /// age (`CountryCache`), a stale cache when the fetch fails; nil (the
  /// embedded table) on the embedded sandbox, without a store and cache, or
  /// offline with nothing cached.
  public func subdivisionCatalog(store: LocalStore?, now: Date = Date()) async -> SubdivisionCatalog? {
    guard !isEmbeddedSandbox, let store else { return nil }
    let client = client
    let entry = await store.countries.current(environment: journalEnvironment, now: now) {
      try await client.countries()
    }
    return entry?.catalog
  }
}
