import Foundation
import TerminalUI
import Testing

@testable import Wizard

/// The support queue: its rows, keys and screens.
@Suite("Support queue")
struct QueueTests {
  static let rejectedUser = QueueItem(
    source: .kiraUser(id: "0b5e6f7a-1111-4c2d-9e3f-000000000001"), title: "M. G…  0b5e6f7a…",
    state: "REJECTED · rejected", time: "2026-12-03 10:02",
    details: [
      "Kira: Identity document could not be verified (sandbox scenario +reject)",
      "Kira: source_of_funds missing",
    ], action: "fix", arguments: ["fix", "0b5e6f7a-1111-4c2d-9e3f-000000000001"])
  static let needsAction = QueueItem(
    source: .kiraUser(id: "d41c2f3a-2222-4c2d-9e3f-000000000002"), title: "J. N…  d41c2f3a…",
    state: "VERIFYING · needs_action", time: "2026-12-02 16:40",
    details: ["no reason received (Kira says why only by webhook: kira-onboard webhooks listen)"],
    action: "fix", arguments: ["fix", "d41c2f3a-2222-4c2d-9e3f-000000000002"])
  static let rejectedAttempt = QueueItem(
    source: .attempt(id: 12), title: "attempt #12 · ana", state: "rejected · HTTP 400",
    time: "2026-12-03 09:58", details: ["Kira: document_number [invalid_string]"],
    action: "correct in the wizard", arguments: ["--attempt", "12"])
  static let unknownAttempt = QueueItem(
    source: .attempt(id: 13), title: "attempt #13 · ana", state: "unknown", time: "2026-12-03 10:05",
    details: ["no definite answer: the same body goes out again under key 5f0c9a2e…"],
    action: "send again (same key)", arguments: ["--attempt", "13"])
  static let conflictAttempt = QueueItem(
    source: .attempt(id: 9), title: "attempt #9 · luis", state: "conflict · HTTP 409",
    time: "2026-12-01 11:20",
    details: ["the key was used with another body: kira-onboard users --email ADDRESS"],
    action: "look up the e-mail", arguments: [])

  static let contents = QueueContents(
    kiraUsers: [rejectedUser, needsAction], attempts: [rejectedAttempt, unknownAttempt, conflictAttempt],
    environment: "http://127.0.0.1:4010/sandbox")

  static func loaded(columns: Int = 80, rows: Int = 24, contents: QueueContents = contents) -> QueueState {
    var state = QueueState(columns: columns, rows: rows)
    _ = QueueReducer.reduce(&state, .loaded(contents, at: "10:06:30"))
    return state
  }

  @Test("arrows move the highlight within the rows; Enter opens the highlighted row's flow")
  func moveAndOpen() {
    var state = Self.loaded()
    #expect(state.selectedItem == Self.rejectedUser)
    #expect(QueueReducer.reduce(&state, .key(.enter)) == [.open(Self.rejectedUser)])
    _ = QueueReducer.reduce(&state, .key(.up))
    #expect(state.selected == 0)
    _ = QueueReducer.reduce(&state, .key(.down))
    _ = QueueReducer.reduce(&state, .key(.down))
    #expect(QueueReducer.reduce(&state, .key(.enter)) == [.open(Self.rejectedAttempt)])
    _ = QueueReducer.reduce(&state, .key(.end))
    #expect(state.selectedItem == Self.conflictAttempt)
    _ = QueueReducer.reduce(&state, .key(.down))
    #expect(state.selected == 4)
  }

  @Test("a row with no flow says what to do instead of opening anything")
  func nothingToOpen() {
    var state = Self.loaded()
    _ = QueueReducer.reduce(&state, .key(.end))
    #expect(QueueReducer.reduce(&state, .key(.enter)) == [])
    #expect(state.message?.text == "Nothing to open for attempt #9 · luis: look up the e-mail")
    var empty = Self.loaded(contents: QueueContents(kiraUsers: [], attempts: [], environment: "sandbox"))
    #expect(QueueReducer.reduce(&empty, .key(.enter)) == [])
    #expect(empty.message?.text == "Nothing to open: the queue is empty")
  }

  @Test("r reads again once at a time; a reload keeps the highlight on the same row")
  func reload() {
    var state = Self.loaded()
    _ = QueueReducer.reduce(&state, .key(.down))
    _ = QueueReducer.reduce(&state, .key(.down))
    #expect(QueueReducer.reduce(&state, .key(.character("r"))) == [.load])
    #expect(QueueReducer.reduce(&state, .key(.character("r"))) == [])
    // The user was fixed and left the queue: the attempt is still highlighted.
    let fewer = QueueContents(
      kiraUsers: [Self.needsAction], attempts: Self.contents.attempts, environment: Self.contents.environment)
    _ = QueueReducer.reduce(&state, .loaded(fewer, at: "10:07:00"))
    #expect(state.selectedItem == Self.rejectedAttempt)
    #expect(state.activity == .idle)
  }

  @Test("coming back from a flow says so and reads the queue again")
  func backFromFlow() {
    var state = Self.loaded()
    #expect(QueueReducer.reduce(&state, .flowEnded(Self.rejectedUser, status: 0)) == [.load])
    #expect(state.message?.text == "Back from fix (M. G…  0b5e6f7a…); the queue is reloaded")
    #expect(QueueReducer.reduce(&state, .flowEnded(Self.rejectedAttempt, status: 65)) == [.load])
    #expect(state.message?.tone == .warning)
  }

  @Test("what could not be read is said, naming the source")
  func problems() {
    let broken = QueueContents(
      kiraUsers: [], attempts: [Self.rejectedAttempt],
      problems: ["Kira's users could not be read: could not connect to 127.0.0.1:4010"],
      environment: "sandbox")
    let state = Self.loaded(contents: broken)
    #expect(state.message == StatusMessage(broken.problems[0], tone: .error))
  }

  @Test("q, Esc and Ctrl-Q quit")
  func quit() {
    for key in [Key.character("q"), .escape, .control("q")] {
      var state = Self.loaded()
      _ = QueueReducer.reduce(&state, .key(key))
      #expect(state.isFinished)
    }
  }

  @Test("PgDn scrolls a long queue and keeps the highlight on screen")
  func scrolling() {
    let many = (1...30).map { index in
      QueueItem(
        source: .attempt(id: Int64(index)), title: "attempt #\(index) · ana", state: "rejected · HTTP 400",
        time: "2026-12-03 09:\(10 + index)", details: ["Kira: phone [invalid_string]"],
        action: "correct in the wizard", arguments: ["--attempt", "\(index)"])
    }
    var state = Self.loaded(
      rows: 23, contents: QueueContents(kiraUsers: [], attempts: many, environment: "sandbox"))
    let visible = QueueScreen.visibleRows(state)
    #expect(visible == 8)
    _ = QueueReducer.reduce(&state, .key(.pageDown))
    #expect(state.selected == visible)
    #expect(state.scroll == 1)
    #expect(QueueScreen.render(state).grid.lines[2].contains("rows 2-9 of 30 ↑ ↓"))
    GoldenScreens.check("queue-scrolled-80x23", frame: QueueScreen.render(state))
  }

  @Test("golden: the queue at 80x24 and 80x23, loading, and empty")
  func goldens() {
    GoldenScreens.check("queue-80x24", frame: QueueScreen.render(Self.loaded()))
    GoldenScreens.check("queue-80x23", frame: QueueScreen.render(Self.loaded(rows: 23)))
    GoldenScreens.check("queue-loading", frame: QueueScreen.render(QueueState(columns: 80, rows: 24)))
    let empty = Self.loaded(contents: QueueContents(kiraUsers: [], attempts: [], environment: "sandbox"))
    GoldenScreens.check("queue-empty", frame: QueueScreen.render(empty))
  }
}

/// The queue's runtime: it gives the terminal to the flow Enter opens and
/// takes a new one back, reading the queue again.
@Suite("Support queue runtime")
struct QueueRuntimeTests {
  /// Records what the runtime did, across threads.
  final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var opened: [QueueItem] = []
    private var loads = 0
    func open(_ item: QueueItem) { lock.withLock { opened.append(item) } }
    func load() { lock.withLock { loads += 1 } }
    var openedItems: [QueueItem] { lock.withLock { opened } }
    var loadCount: Int { lock.withLock { loads } }
  }

  @Test(
    "Enter on an attempt: the screen is given back, the flow runs, a new screen shows the queue read again")
  func opensFlowAndComesBack() async throws {
    let log = Log()
    let terminals = UncheckedBox(TerminalList())
    let runtime = try QueueRuntime(
      makeTerminal: { terminals.value.make() },
      services: QueueRuntime.Services(
        load: {
          log.load()
          return QueueTests.contents
        },
        open: { item in
          log.open(item)
          return 0
        },
        clock: { "10:06:30" }))
    // On its own thread, never a cooperative one: the load runs on the pool.
    let box = UncheckedBox(runtime)
    let final = try await withCheckedThrowingContinuation { continuation in
      Thread { continuation.resume(with: Result { try box.value.run() }) }.start()
    }
    let made = terminals.value.made
    #expect(final.isFinished)
    #expect(log.openedItems == [QueueTests.rejectedAttempt])
    #expect(log.loadCount == 2)
    #expect(made.count == 2)
    #expect(made.allSatisfy { $0.isShutDown })
    #expect(made.last?.screenText.contains("Back from correct in the wizard (attempt #12 · ana)") == true)
  }

  /// Makes the queue's terminals: on the first, Down Down Enter once the
  /// queue is read; on the next, q. Each pauses between idle polls and
  /// quits after a generous deadline, however slow the machine.
  final class TerminalList {
    private(set) var made: [HeadlessTerminal] = []
    private var scripts: [[Key]] = [[.down, .down, .enter], [.character("q")]]

    func make() -> HeadlessTerminal {
      let terminal = HeadlessTerminal(columns: 80, rows: 24)
      let keys = scripts.isEmpty ? [Key.character("q")] : scripts.removeFirst()
      let deadline = ContinuousClock.now + .seconds(60)
      terminal.onIdle = { terminal in
        let text = terminal.screenText
        if (text.contains("read at") && !text.contains("reloading")) || ContinuousClock.now >= deadline {
          terminal.enqueue(keys)
          terminal.onIdle = nil
        } else {
          Thread.sleep(forTimeInterval: 0.001)
        }
      }
      made.append(terminal)
      return terminal
    }
  }
}
