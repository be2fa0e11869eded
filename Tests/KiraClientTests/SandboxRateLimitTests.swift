import Foundation
import KiraModels
import KiraSandbox
import Testing

/// The sandbox's optional rate limit, on the engine directly (no listener).
@Suite("Sandbox rate limit")
struct SandboxRateLimitTests {
  private func engine(_ limit: SandboxRateLimit?) -> SandboxEngine {
    var configuration = SandboxConfiguration()
    configuration.rateLimit = limit
    return SandboxEngine(configuration: configuration)
  }

  private let countries = SandboxHTTPRequest(method: "GET", path: "/sandbox/v1/countries")

  @Test("over the bucket: 429 rate_limit_exceeded with Retry-After; control endpoints are not limited")
  func refusesOverTheRate() async throws {
    let sandbox = engine(SandboxRateLimit(requestsPerSecond: 0.5, concurrent: 5, burst: 2))
    let first = await sandbox.handle(countries)
    let second = await sandbox.handle(countries)
    let third = await sandbox.handle(countries)
    #expect(first.status != 429 && second.status != 429)
    #expect(third.status == 429)
    #expect(try JSONValue.parse(third.body)["code"]?.stringValue == "rate_limit_exceeded")
    #expect(Int(third.headers["Retry-After"] ?? "") ?? 0 >= 1)
    #expect(await sandbox.handle(SandboxHTTPRequest(method: "GET", path: "/_sandbox/requests")).status == 200)
    let stats = try #require(sandbox.rateLimitStats)
    #expect(stats.admitted == 2 && stats.refusedForRate == 1 && stats.refusedForConcurrency == 0)
    #expect(sandbox.requestLog.last?.fault == "rate-limit")
  }

  @Test("over the concurrency: the request that would be one too many gets 429")
  func refusesOverConcurrency() async throws {
    let sandbox = engine(SandboxRateLimit(requestsPerSecond: 1_000, concurrent: 1))
    sandbox.setLatency(0.3)
    async let slow = sandbox.handle(countries)
    // Wait until the slow one is being handled, then send another.
    let deadline = ContinuousClock.now + .seconds(30)
    while (sandbox.rateLimitStats?.admitted ?? 0) == 0, ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(5))
    }
    let refused = await sandbox.handle(countries)
    #expect(refused.status == 429)
    #expect(await slow.status != 429)
    let stats = try #require(sandbox.rateLimitStats)
    #expect(stats.refusedForConcurrency == 1 && stats.peakConcurrent == 1)
  }

  @Test("without a limit nothing is refused and no stats are kept")
  func noLimit() async {
    let sandbox = engine(nil)
    for _ in 0..<30 { #expect(await sandbox.handle(countries).status != 429) }
    #expect(sandbox.rateLimitStats == nil)
  }
}
