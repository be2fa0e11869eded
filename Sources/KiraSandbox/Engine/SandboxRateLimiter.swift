import Foundation
import KiraModels

/// A rate limit the sandbox can enforce like Kira's gateway (for demos and
/// tests of `kira-onboard import`): requests per second through a token
/// bucket, and requests handled at once. A request over either gets 429
/// `rate_limit_exceeded` with `Retry-After`.
public struct SandboxRateLimit: Sendable, Hashable, Codable {
  /// Requests admitted per second, on average.
  public var requestsPerSecond: Double
  /// Requests handled at once.
  public var concurrent: Int
  /// Tokens the bucket holds (requests admitted back to back after a quiet
  /// spell); by default one second's worth, as a gateway's burst.
  public var burst: Int

  /// Creates a limit; `burst` defaults to one second's worth of requests.
  public init(requestsPerSecond: Double, concurrent: Int, burst: Int? = nil) {
    self.requestsPerSecond = max(0.01, requestsPerSecond)
    self.concurrent = max(1, concurrent)
    self.burst = max(1, burst ?? Int(min(requestsPerSecond, 10_000).rounded(.up)))
  }

  enum CodingKeys: String, CodingKey {
    case requestsPerSecond = "requests_per_second"
    case concurrent, burst
  }
}

/// What the sandbox saw of its rate limit, for `GET /_sandbox/rate-limit` and tests.
public struct SandboxRateLimitStats: Sendable, Hashable, Codable {
  /// The limit enforced.
  public var limit: SandboxRateLimit
  /// Requests admitted.
  public var admitted: Int
  /// Requests refused for the rate.
  public var refusedForRate: Int
  /// Requests refused for concurrency.
  public var refusedForConcurrency: Int
  /// The most requests handled at once.
  public var peakConcurrent: Int
  /// The most requests admitted in any one-second window (arrival times).
  public var peakPerSecond: Int

  enum CodingKeys: String, CodingKey {
    case limit, admitted
    case refusedForRate = "refused_for_rate"
    case refusedForConcurrency = "refused_for_concurrency"
    case peakConcurrent = "peak_concurrent"
    case peakPerSecond = "peak_per_second"
  }
}

/// The bucket and the in-flight count, behind one lock.
final class SandboxRateLimiter: Sendable {
  private struct State: Sendable {
    var tokens: Double
    var updatedAt: TimeInterval
    var inFlight = 0
    var stats: SandboxRateLimitStats
    /// Admission times within the last second, oldest first.
    var recent: [TimeInterval] = []
  }

  /// A refused request: why, and the `Retry-After` seconds to send.
  enum Refusal: Sendable {
    case rate(retryAfter: Int)
    case concurrency
  }

  private let limit: SandboxRateLimit
  private let state: Locked<State>
  private let clock: @Sendable () -> TimeInterval

  init(
    limit: SandboxRateLimit,
    clock: @escaping @Sendable () -> TimeInterval = { ProcessInfo.processInfo.systemUptime }
  ) {
    self.limit = limit
    self.clock = clock
    let now = clock()
    self.state = Locked(
      State(
        tokens: Double(limit.burst), updatedAt: now,
        stats: SandboxRateLimitStats(
          limit: limit, admitted: 0, refusedForRate: 0, refusedForConcurrency: 0, peakConcurrent: 0,
          peakPerSecond: 0)))
  }

  /// Admits a request (the caller must `release()` it when answered) or refuses it.
  func admit() -> Refusal? {
    let now = clock()
    return state.withLock { state in
      state.tokens = min(
        Double(limit.burst), state.tokens + (now - state.updatedAt) * limit.requestsPerSecond)
      state.updatedAt = now
      if state.inFlight >= limit.concurrent {
        state.stats.refusedForConcurrency += 1
        return .concurrency
      }
      guard state.tokens >= 1 else {
        state.stats.refusedForRate += 1
        let wait = (1 - state.tokens) / limit.requestsPerSecond
        return .rate(retryAfter: max(1, Int(wait.rounded(.up))))
      }
      state.tokens -= 1
      state.inFlight += 1
      state.stats.admitted += 1
      state.stats.peakConcurrent = max(state.stats.peakConcurrent, state.inFlight)
      state.recent.append(now)
      state.recent.removeAll { $0 <= now - 1 }
      state.stats.peakPerSecond = max(state.stats.peakPerSecond, state.recent.count)
      return nil
    }
  }

  /// An admitted request was answered.
  func release() {
    state.withLock { $0.inFlight = max(0, $0.inFlight - 1) }
  }

  /// What was seen so far.
  var stats: SandboxRateLimitStats { state.withLock { $0.stats } }

  /// The 429 a refused request gets: the body Kira's reference names, and `Retry-After`.
  static func reply(_ refusal: Refusal) -> SandboxHTTPReply {
    switch refusal {
    case .rate(let seconds):
      .json(
        429, ["code": "rate_limit_exceeded", "message": "Too many requests per second, slow down"],
        headers: ["Retry-After": String(seconds)])
    case .concurrency:
      .json(
        429, ["code": "rate_limit_exceeded", "message": "Too many concurrent requests, slow down"],
        headers: ["Retry-After": "1"])
    }
  }
}
