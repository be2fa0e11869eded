import Foundation

/// Keeps a batch within a rate limit: a token bucket (`requestsPerSecond`,
/// holding `burst` tokens, full at the start) and at most `concurrency`
/// requests in flight. A `Retry-After` from the server pauses every request
/// not yet sent, not just the one that got it. Waiters are served in order.
public actor RequestGate {
  /// The limits a gate enforces.
  public struct Limits: Sendable, Hashable {
    /// Requests started per second, on average.
    public var requestsPerSecond: Double
    /// Requests in flight at once.
    public var concurrency: Int
    /// Tokens the bucket holds: requests that may start back to back after
    /// a quiet spell (1: evenly spaced, never two within 1/rate seconds).
    public var burst: Int

    /// Kira's default plan for one API key (`shared/kira-api.md` §9): 10
    /// requests per second, 2 concurrent.
    public static let kiraDefault = Limits(requestsPerSecond: 10, concurrency: 2)

    /// Creates limits; values are clamped to something that can be kept.
    public init(requestsPerSecond: Double, concurrency: Int, burst: Int = 1) {
      self.requestsPerSecond = requestsPerSecond.isFinite ? min(max(requestsPerSecond, 0.01), 10_000) : 10
      self.concurrency = min(max(concurrency, 1), 1_000)
      self.burst = min(max(burst, 1), 1_000)
    }
  }

  /// The limits.
  public let limits: Limits
  private let clock = ContinuousClock()
  /// Tokens in the bucket at `updatedAt`; negative when requests are
  /// already booked against tokens still to come.
  private var tokens: Double
  private var updatedAt: ContinuousClock.Instant
  private var pausedUntil: ContinuousClock.Instant
  private var inFlight = 0
  private var waiting: [CheckedContinuation<Void, Never>] = []
  private var started = 0

  /// A gate with `limits`, its bucket full.
  public init(limits: Limits) {
    self.limits = limits
    self.tokens = Double(limits.burst)
    let now = ContinuousClock.now
    self.updatedAt = now
    self.pausedUntil = now
  }

  /// Requests let through so far.
  public var requestsStarted: Int { started }

  /// Waits for a free slot and a token; call `release()` when the answer
  /// (or the failure) is in.
  public func acquire() async throws {
    if inFlight < limits.concurrency {
      inFlight += 1
    } else {
      // `release()` hands its slot straight to the first waiter.
      await withCheckedContinuation { waiting.append($0) }
    }
    do {
      try await waitForToken()
    } catch {
      release()
      throw error
    }
    started += 1
  }

  /// Gives the slot back (to the longest waiter, if any).
  public func release() {
    if waiting.isEmpty {
      inFlight = max(0, inFlight - 1)
    } else {
      waiting.removeFirst().resume()
    }
  }

  /// Holds every request not yet sent for `seconds` (a `Retry-After`).
  public func pause(seconds: Double) {
    guard seconds.isFinite, seconds > 0 else { return }
    let until = clock.now.advanced(by: .milliseconds(Int64(min(seconds, 3_600) * 1000)))
    if until > pausedUntil { pausedUntil = until }
  }

  /// Books a token (in arrival order) and sleeps until it is due and no pause holds.
  private func waitForToken() async throws {
    let now = clock.now
    let elapsed = Self.seconds(now - updatedAt)
    tokens = min(Double(limits.burst), tokens + elapsed * limits.requestsPerSecond)
    updatedAt = now
    tokens -= 1
    var due = now
    if tokens < 0 {
      due = now.advanced(by: .milliseconds(Int64((-tokens / limits.requestsPerSecond * 1000).rounded(.up))))
    }
    while true {
      let target = max(due, pausedUntil)
      if target <= clock.now { return }
      try await Task.sleep(until: target, clock: clock)
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
