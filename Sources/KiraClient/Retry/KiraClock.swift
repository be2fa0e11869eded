import Foundation

/// Time as the client sees it: wall-clock time for token expiry and retry
/// budgets, and a way to wait. Injected so tests never really sleep.
public protocol KiraClock: Sendable {
  /// The current time.
  func now() -> Date
  /// Waits `seconds`; throws `CancellationError` if the task is cancelled.
  func sleep(seconds: TimeInterval) async throws
}

/// The real clock.
public struct SystemClock: KiraClock {
  /// Creates the system clock.
  public init() {}

  /// `Date()`.
  public func now() -> Date { Date() }

  /// `Task.sleep`, at most a day (a checked conversion: no value traps).
  public func sleep(seconds: TimeInterval) async throws {
    guard seconds > 0 else { return }
    try await Task.sleep(nanoseconds: UInt64(min(seconds, 86_400) * 1_000_000_000))
  }
}
