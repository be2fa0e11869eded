import Foundation
import KiraClient

/// A clock that never really sleeps: `sleep` records the delay and moves
/// virtual time forward, so retry tests are instant and can assert the delays.
final class RecordingClock: KiraClock, @unchecked Sendable {
  private let lock = NSLock()
  private var offset: TimeInterval = 0
  private var recorded: [TimeInterval] = []
  private let start = Date()

  /// Every delay requested so far.
  var sleeps: [TimeInterval] {
    lock.lock()
    defer { lock.unlock() }
    return recorded
  }

  func now() -> Date {
    lock.lock()
    defer { lock.unlock() }
    return start.addingTimeInterval(offset)
  }

  func sleep(seconds: TimeInterval) async throws {
    record(seconds)
    await Task.yield()
  }

  private func record(_ seconds: TimeInterval) {
    lock.lock()
    recorded.append(seconds)
    offset += seconds
    lock.unlock()
  }

  /// Moves virtual time forward without a recorded sleep.
  func advance(by seconds: TimeInterval) {
    lock.lock()
    offset += seconds
    lock.unlock()
  }
}

/// Collects values from `@Sendable` callbacks.
final class Collector<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var storage: [Value] = []

  func append(_ value: Value) {
    lock.lock()
    storage.append(value)
    lock.unlock()
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return storage
  }
}
