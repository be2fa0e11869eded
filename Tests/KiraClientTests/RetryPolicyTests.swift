import Foundation
import KiraClient
import Testing

@Suite("Retry policy: back-off with jitter, Retry-After, bounds")
struct RetryPolicyTests {
  let policy = RetryPolicy(maxAttempts: 5, maxTotalTime: 20, baseDelay: 1, maxDelay: 4)

  @Test(
    "back-off doubles, is capped, and jitter keeps it between half and all",
    arguments: [(1, 0.0, 0.5), (1, 1.0, 1.0), (2, 0.0, 1.0), (3, 1.0, 4.0), (4, 1.0, 4.0), (9, 0.5, 3.0)])
  func backoff(attempt: Int, random: Double, expected: Double) {
    #expect(policy.backoff(afterAttempt: attempt, unitRandom: random) == expected)
  }

  @Test("Retry-After wins over back-off")
  func retryAfter() {
    #expect(policy.delayBeforeRetry(afterAttempt: 1, elapsed: 0, retryAfter: 3, unitRandom: 0) == 3)
  }

  @Test("stops at the attempt bound")
  func attemptBound() {
    #expect(policy.delayBeforeRetry(afterAttempt: 4, elapsed: 0, retryAfter: nil, unitRandom: 0) != nil)
    #expect(policy.delayBeforeRetry(afterAttempt: 5, elapsed: 0, retryAfter: nil, unitRandom: 0) == nil)
  }

  @Test("stops when the wait would pass the total time budget")
  func timeBound() {
    #expect(policy.delayBeforeRetry(afterAttempt: 1, elapsed: 19, retryAfter: nil, unitRandom: 1) == 1)
    #expect(policy.delayBeforeRetry(afterAttempt: 1, elapsed: 19.5, retryAfter: nil, unitRandom: 1) == nil)
    #expect(policy.delayBeforeRetry(afterAttempt: 1, elapsed: 0, retryAfter: 60, unitRandom: 0) == nil)
  }

  @Test("none never retries")
  func none() {
    #expect(
      RetryPolicy.none.delayBeforeRetry(afterAttempt: 1, elapsed: 0, retryAfter: nil, unitRandom: 0) == nil)
  }

  @Test(
    "retry summaries for people",
    arguments: [
      (RetryEvent.Reason.status(503), 2.0, "Kira is busy (HTTP 503), retrying in 2 s (attempt 2 of 4)"),
      (.status(429), 1.0, "Kira is rate-limiting us (HTTP 429), retrying in 1 s (attempt 2 of 4)"),
      (.transport(.timedOut), 0.75, "Kira did not answer (timed out), retrying in 0.8 s (attempt 2 of 4)"),
    ])
  func summary(reason: RetryEvent.Reason, delay: Double, expected: String) {
    let event = RetryEvent(
      operation: "POST v1/users", nextAttempt: 2, maxAttempts: 4, delay: delay, reason: reason,
      fromRetryAfter: false)
    #expect(event.summary == expected)
  }
}
