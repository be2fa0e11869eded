import Foundation
import KYCForm
import TerminalUI

/// Runs the support queue: reads the queue in the background, draws it,
/// and on Enter gives the terminal to the row's flow (`fix`, the wizard on
/// an attempt), taking it back and reading the queue again when it ends.
public final class QueueRuntime {
  /// What the queue needs from outside, injectable for tests.
  public struct Services: Sendable {
    /// Reads Kira's users that need action and this desk's open attempts.
    public var load: @Sendable () async -> QueueContents
    /// Runs a row's flow on the terminal (given up for it) and returns its
    /// exit status.
    public var open: @Sendable (QueueItem) -> Int32
    /// The time the queue was read, as shown (`10:02:11`).
    public var clock: @Sendable () -> String

    /// Creates the services.
    public init(
      load: @escaping @Sendable () async -> QueueContents, open: @escaping @Sendable (QueueItem) -> Int32,
      clock: @escaping @Sendable () -> String = QueueRuntime.timeOfDay
    ) {
      self.load = load
      self.open = open
      self.clock = clock
    }
  }

  /// The current state (the final one once `run()` returns).
  public private(set) var state: QueueState
  private let makeTerminal: () throws -> any Terminal
  private var terminal: (any Terminal)?
  private let services: Services
  private let inbox = ActionInbox<QueueAction>()
  private var lastFrame: Frame?

  /// A queue drawn on terminals from `makeTerminal` (one at the start, a new
  /// one after each flow opened from it), speaking `language`.
  public init(
    makeTerminal: @escaping () throws -> any Terminal, services: Services,
    language: OperatorLanguage = .english
  ) throws {
    self.makeTerminal = makeTerminal
    self.services = services
    let terminal = try makeTerminal()
    self.terminal = terminal
    state = QueueState(columns: terminal.size.columns, rows: terminal.size.rows, language: language)
  }

  /// Runs until the operator quits; gives the terminal back and returns the final state.
  @discardableResult
  public func run() throws -> QueueState {
    state.activity = .loading
    draw()
    startLoading()
    while !state.isFinished, let terminal {
      var changed = false
      if let key = terminal.nextKey(timeoutMilliseconds: state.activity == .loading ? 50 : 500) {
        try dispatch(.key(key))
        changed = true
      }
      for action in inbox.drain() {
        try dispatch(action)
        changed = true
      }
      if changed, !state.isFinished { draw() }
    }
    terminal?.shutdown()
    terminal = nil
    return state
  }

  private func dispatch(_ action: QueueAction) throws {
    for effect in QueueReducer.reduce(&state, action) {
      switch effect {
      case .load:
        startLoading()
      case .open(let item):
        try open(item)
      }
    }
  }

  /// Gives the terminal to the flow, then takes a new one and reads again.
  private func open(_ item: QueueItem) throws {
    terminal?.shutdown()
    terminal = nil
    let status = services.open(item)
    let terminal = try makeTerminal()
    self.terminal = terminal
    state.columns = terminal.size.columns
    state.rows = terminal.size.rows
    lastFrame = nil
    try dispatch(.flowEnded(item, status: status))
    draw()
  }

  private func startLoading() {
    let load = services.load
    let clock = services.clock
    let inbox = inbox
    Task.detached {
      let contents = await load()
      inbox.post(.loaded(contents, at: clock()))
    }
  }

  private func draw() {
    guard let terminal else { return }
    let frame = QueueScreen.render(state)
    guard frame != lastFrame else { return }
    terminal.draw(frame)
    lastFrame = frame
  }

  /// The local time of day, `HH:MM:SS`.
  @Sendable public static func timeOfDay() -> String {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
  }
}
