import Foundation

/// Bounds and shape of retries: exponential back-off with jitter, honouring
/// `Retry-After`, bounded by attempts and by total time.
public struct RetryPolicy: Sendable, Hashable, Codable {
  /// Total attempts including the first (1 = never retry).
  public var maxAttempts: Int
  /// Give up when the next wait would end later than this many seconds after the first attempt.
  public var maxTotalTime: TimeInterval
  /// Wait before the first retry, before jitter.
  public var baseDelay: TimeInterval
  /// Largest back-off wait (a longer `Retry-After` is still honoured if the total time allows).
  public var maxDelay: TimeInterval

  /// Creates a policy.
  public init(
    maxAttempts: Int = 4, maxTotalTime: TimeInterval = 60, baseDelay: TimeInterval = 0.5,
    maxDelay: TimeInterval = 8
  ) {
    self.maxAttempts = max(1, maxAttempts)
    self.maxTotalTime = max(0, maxTotalTime)
    self.baseDelay = max(0, baseDelay)
    self.maxDelay = max(self.baseDelay, maxDelay)
  }

  /// Never retry.
  public static let none = RetryPolicy(maxAttempts: 1)

  /// The back-off after `attempt` (1-based) failed: `base * 2^(attempt-1)`, capped,
  /// then "equal jitter" (between half and all of it). `unitRandom` is in 0...1.
  public func backoff(afterAttempt attempt: Int, unitRandom: Double) -> TimeInterval {
    let exponent = Double(max(0, attempt - 1))
    let raw = min(maxDelay, baseDelay * pow(2, exponent))
    let jitter = min(1, max(0, unitRandom))
    return raw / 2 + raw / 2 * jitter
  }

  /// What to do after attempt `attempt` failed with a retryable error:
  /// wait `delay` seconds and try again, or stop.
  public func delayBeforeRetry(
    afterAttempt attempt: Int, elapsed: TimeInterval, retryAfter: TimeInterval?, unitRandom: Double
  ) -> TimeInterval? {
    guard attempt < maxAttempts else { return nil }
    let delay = retryAfter.map { max(0, $0) } ?? backoff(afterAttempt: attempt, unitRandom: unitRandom)
    guard elapsed + delay <= maxTotalTime else { return nil }
    return delay
  }
}
