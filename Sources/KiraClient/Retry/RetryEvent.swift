import Foundation

/// One retry about to happen, for progress messages such as
/// "Kira is busy, retrying in 2 s (attempt 2 of 4)".
public struct RetryEvent: Sendable, Hashable {
  /// Why the previous attempt failed.
  public enum Reason: Sendable, Hashable {
    /// An HTTP status worth retrying (429, 502, 503, 504).
    case status(Int)
    /// No HTTP answer.
    case transport(TransportError.Reason)
  }

  /// `POST v1/users`.
  public var operation: String
  /// The attempt about to be made (2 for the first retry).
  public var nextAttempt: Int
  /// The most attempts the policy allows.
  public var maxAttempts: Int
  /// Seconds to wait before it.
  public var delay: TimeInterval
  /// Why.
  public var reason: Reason
  /// True when the wait came from `Retry-After`.
  public var fromRetryAfter: Bool

  /// Creates an event.
  public init(
    operation: String, nextAttempt: Int, maxAttempts: Int, delay: TimeInterval, reason: Reason,
    fromRetryAfter: Bool
  ) {
    self.operation = operation
    self.nextAttempt = nextAttempt
    self.maxAttempts = maxAttempts
    self.delay = delay
    self.reason = reason
    self.fromRetryAfter = fromRetryAfter
  }

  /// "Kira is busy (HTTP 503), retrying in 2 s (attempt 2 of 4)".
  public var summary: String {
    let why: String
    switch reason {
    case .status(429): why = "Kira is rate-limiting us (HTTP 429)"
    case .status(let status): why = "Kira is busy (HTTP \(status))"
    case .transport(let transport): why = "Kira did not answer (\(transport.phrase))"
    }
    let seconds =
      delay < 10 && delay.rounded() != delay ? String(format: "%.1f", delay) : String(Int(delay.rounded()))
    return "\(why), retrying in \(seconds) s (attempt \(nextAttempt) of \(maxAttempts))"
  }
}
