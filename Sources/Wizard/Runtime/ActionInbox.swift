import Foundation

/// Where background work (connecting, submitting) posts its results for the
/// key loop to pick up. Thread-safe; the loop drains it between keys.
public final class ActionInbox: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [WizardAction] = []

  /// An empty inbox.
  public init() {}

  /// Adds an action (from any thread).
  public func post(_ action: WizardAction) {
    lock.lock()
    pending.append(action)
    lock.unlock()
  }

  /// Takes every pending action, oldest first.
  public func drain() -> [WizardAction] {
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
