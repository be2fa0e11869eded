import Foundation
import KYCForm
import KiraClient
import KiraModels
import Testing

@testable import KiraStore

/// `GET /v1/countries` over loopback: the sandbox's route in Kira's shape,
/// the client's fetch, and the store's cache with its age.
@Suite("Kira's countries, fetched once and cached")
struct CountryCacheTests {
  @Test("the sandbox serves every country in Kira's shape, from the embedded table (CDMX, CA, DC, AA)")
  func sandboxRoute() async throws {
    let harness = try await SandboxHarness.start()
    let countries = try await harness.client.countries()
    await harness.stop()
    #expect(countries.count >= 249)
    let mexico = try #require(countries.first { $0.alpha3 == "MEX" })
    #expect(mexico.name == "Mexico")
    #expect(mexico.subdivisions.count == 32)
    #expect(mexico.subdivisions.contains(KiraCountry.Subdivision(code: "CDMX", name: "Ciudad de México")))
    #expect(mexico.postalCodeFormat == #"\d{5}"#)
    let usa = try #require(countries.first { $0.alpha3 == "USA" })
    for code in ["CA", "DC", "PR", "AA", "AE", "AP"] {
      #expect(usa.subdivisions.contains { $0.code == code }, "\(code)")
    }
    #expect(
      harness.server.requestLog.contains {
        $0.method == "GET" && $0.path == "v1/countries" && $0.status == 200
      })
  }

  @Test("fetched once, then read from the store while young; refetched when old; kept when the fetch fails")
  func cachedFetch() async throws {
    let harness = try await SandboxHarness.start()
    let cache = harness.temporary.store.countries
    let client = harness.client
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    func fetches() -> Int {
      harness.server.requestLog.filter { $0.method == "GET" && $0.path == "v1/countries" }.count
    }
    let first = try #require(
      await cache.current(environment: "https://kira.test", now: start) { try await client.countries() })
    #expect(first.fetchedAt == start)
    #expect(fetches() == 1)
    let later = start.addingTimeInterval(3600)
    let second = try #require(
      await cache.current(environment: "https://kira.test", now: later) { try await client.countries() })
    #expect(fetches() == 1)
    #expect(second.fetchedAt == start)
    #expect(second.age(at: later) == 3600)
    #expect(second.countries == first.countries)
    // Another Kira has its own list.
    _ = await cache.current(environment: "https://other.test", now: later) { try await client.countries() }
    #expect(fetches() == 2)
    // A week on it is fetched again; a failing fetch keeps the old list.
    let old = start.addingTimeInterval(CountryCache.defaultMaxAge + 1)
    let stale = try #require(
      await cache.current(environment: "https://kira.test", now: old) {
        throw KiraError.invalidRequest("offline")
      })
    #expect(stale.fetchedAt == start)
    let fresh = try #require(
      await cache.current(environment: "https://kira.test", now: old) { try await client.countries() })
    #expect(fresh.fetchedAt == old)
    #expect(fetches() == 3)
    await harness.stop()
    // The catalog made from it: Kira's codes, the embedded names.
    let catalog = fresh.catalog
    #expect(catalog.isFromKira("MEX"))
    #expect(catalog.resolve("Ciudad de México", country: "MEX") != .notFound)
    #expect(catalog.source == .kira(fetchedAt: old))
  }

  @Test("nothing cached and no answer: the embedded table stays the authority")
  func offline() async throws {
    let temporary = try TemporaryStore()
    let entry = await temporary.store.countries.current(environment: "https://kira.test", now: Date()) {
      throw KiraError.invalidRequest("offline")
    }
    #expect(entry == nil)
  }

  @Test("a hostile answer is read bounded: junk items skipped, control and bidi characters dropped")
  func hostileBody() throws {
    let body = try JSONValue.parse(
      Data(
        #"""
        {"count": 4, "data": [
          {"alpha3": "MEX", "name": "Mexico\u001b[31m", "subdivisions": [
            {"code": "CDMX", "name": "Ciudad\u202e de México"}, {"code": "", "name": "x"}, 7, {"code": "CDMX"}]},
          {"alpha3": "XXXX"}, {"name": "no code"}, "junk",
          {"alpha3": "usa", "subdivisions": "not a list"}
        ]}
        """#.utf8))
    let countries = try #require(KiraCountry.list(from: body))
    #expect(countries.map(\.alpha3) == ["MEX", "USA"])
    #expect(countries[0].name == "Mexico")
    #expect(countries[0].subdivisions == [KiraCountry.Subdivision(code: "CDMX", name: "Ciudad de México")])
    #expect(countries[1].subdivisions.isEmpty)
    #expect(KiraCountry.list(from: .string("nope")) == nil)
  }
}
