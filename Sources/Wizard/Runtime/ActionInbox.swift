import Foundation

/// Where background work (connecting, submitting) posts its results for the
/// key loop to pick up. Thread-safe; the loop drains it between keys.
public final class ActionInbox<Action: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [Action] = []

  /// An empty inbox.
  public init() {}

  /// Adds an action (from any thread).
  public func post(_ action: Action) {
    lock.lock()
    pending.append(action)
    lock.unlock()
  }

  /// Takes every pending action, oldest first.
  public func drain() -> [Action] {
    lock.lock()
    defer { lock.unlock() }
    let actions = pending
    pending.removeAll()
    return actions
  }

  /// True when nothing is pending.
  public var isEmpty: Bool {
    lock.lock()
    defer { lock.unlock() }
    return pending.isEmpty
  }
}
