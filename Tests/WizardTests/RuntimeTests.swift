import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

/// A backend that records every create and answers as told.
final class RecordingBackend: WizardBackend, @unchecked Sendable {
  private let lock = NSLock()
  private var calls: [(body: JSONValue, key: String)] = []
  let answers: @Sendable (Int) -> SubmissionOutcome

  init(answers: @escaping @Sendable (Int) -> SubmissionOutcome) {
    self.answers = answers
  }

  var received: [(body: JSONValue, key: String)] {
    lock.lock()
    defer { lock.unlock() }
    return calls
  }

  func createUser(
    body: JSONValue, idempotencyKey: String, progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome {
    let index: Int = {
      lock.lock()
      defer { lock.unlock() }
      calls.append((body, idempotencyKey))
      return calls.count
    }()
    if index == 1 {
      progress(.retrying(attempt: 2, maxAttempts: 4, delaySeconds: 0, reason: "HTTP 503"))
    }
    return answers(index)
  }
}

/// Counts idempotency keys handed out.
final class KeyCounter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  func next() -> String {
    lock.lock()
    defer { lock.unlock() }
    count += 1
    return "runtime-key-\(count)"
  }
}

/// Runs the (blocking) key loop on its own thread, as the app runs it on the
/// main thread, so background tasks keep the cooperative pool to themselves.
func runOffPool(_ runtime: WizardRuntime) async -> WizardState {
  let box = UncheckedBox(runtime)
  return await withCheckedContinuation { continuation in
    Thread { continuation.resume(returning: box.value.run()) }.start()
  }
}

/// Hands a non-Sendable value to another thread that alone uses it.
final class UncheckedBox<Value>: @unchecked Sendable {
  let value: Value
  init(_ value: Value) { self.value = value }
}

/// Feeds one key per idle poll (so every key gets its own frame), then
/// whatever `then` decides; gives up (quits) when a generous deadline has
/// passed, however slow the machine (a count of polls would be a timing
/// assumption). Runs on the runtime's own thread (`runOffPool`), never on a
/// cooperative one: between polls it pauses as a real terminal would, at
/// most a millisecond, while background work (a submission) finishes.
func feed(
  _ keys: [Key], giveUpAfter timeout: Duration = .seconds(60),
  then: @escaping (HeadlessTerminal) -> [Key] = { _ in [] }
) -> (HeadlessTerminal) -> Void {
  var remaining = keys
  let deadline = ContinuousClock.now + timeout
  return { terminal in
    // Polls with a zero timeout look for a burst of keys already typed: none here.
    guard let requested = terminal.requestedTimeouts.last, requested != 0 else { return }
    if !remaining.isEmpty {
      terminal.enqueue([remaining.removeFirst()])
      return
    }
    let next = then(terminal)
    if !next.isEmpty {
      terminal.enqueue(next)
    } else if ContinuousClock.now >= deadline {
      terminal.enqueue([.control("q"), .character("y")])
    } else {
      Thread.sleep(forTimeInterval: min(Double(requested), 1) / 1000)
    }
  }
}

@Suite("The runtime loop with an in-memory terminal")
struct RuntimeTests {
  func services(_ backend: RecordingBackend, keys: KeyCounter = KeyCounter()) -> WizardRuntime.Services {
    WizardRuntime.Services(
      connect: { backend }, now: { Fixture.today }, makeIdempotencyKey: { keys.next() },
      writeFile: { _, _ in })
  }

  @Test("first frame before anything else; a full demo onboarding submits exactly once")
  func fullOnboarding() async {
    let backend = RecordingBackend { _ in .created(CreatedUser(id: "user-1", status: "CREATED")) }
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    var keys: [Key] = []
    for _ in 0..<8 { keys += [.function(5), .pageDown] }
    keys.append(.function(10))
    terminal.onIdle = feed(keys) { terminal in
      terminal.screenText.contains("Kira created the user") ? [.control("q")] : []
    }
    let start = Fixture.state(values: Fixture.mariaValues)
    let runtime = WizardRuntime(terminal: terminal, state: start, services: services(backend))
    let final = await runOffPool(runtime)
    #expect(terminal.frames.first?.grid.line(0).contains("Step 1 of 8") == true)
    #expect(terminal.isShutDown)
    #expect(final.createdUser?.id == "user-1")
    #expect(backend.received.count == 1)
    #expect(backend.received.first?.key == "key-1")
    let expected = try? final.form.payload(from: final.values, policy: final.policy)
    #expect(backend.received.first?.body == expected)
    #expect(final.spareIdempotencyKey == "runtime-key-1")
  }

  @Test("an unknown outcome retried from the result screen reuses the key: one logical create")
  func unknownThenRetry() async {
    let backend = RecordingBackend { index in
      index == 1 ? .outcomeUnknown(reason: "timed out") : .created(CreatedUser(id: "user-1"))
    }
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    var state = Fixture.reviewState()
    state.hasUnsavedAnswers = true
    var retried = false
    terminal.onIdle = feed([.function(10)]) { terminal in
      if terminal.screenText.contains("Outcome unknown"), !retried {
        retried = true
        return [.character("r")]
      }
      return terminal.screenText.contains("Kira created the user") ? [.control("q")] : []
    }
    let final = await runOffPool(WizardRuntime(terminal: terminal, state: state, services: services(backend)))
    #expect(backend.received.map(\.key) == ["key-1", "key-1"])
    let bodies = backend.received.map(\.body)
    #expect(bodies.count == 2 && bodies.first == bodies.last)
    #expect(final.createdUser?.id == "user-1")
  }

  @Test("frames only change the cells a key touches")
  func smallDiffs() async {
    let backend = RecordingBackend { _ in .created(CreatedUser(id: "u")) }
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.pageDown, .character("M"), .tab, .control("q"), .character("y")])
    _ = await runOffPool(
      WizardRuntime(terminal: terminal, state: Fixture.state(), services: services(backend)))
    #expect(terminal.frames.count == 5)
    let typed = terminal.diffs[2]
    #expect(typed.changedCells > 0)
    #expect(typed.changedCells < 80)
    #expect(terminal.frames[2].grid.lines.joined().contains("M"))
    #expect(terminal.frames.last?.grid.lines.joined().contains("Quit?") == true)
  }

  @Test("a resize is drawn at the new size")
  func resize() async {
    let backend = RecordingBackend { _ in .created(CreatedUser(id: "u")) }
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.resize(columns: 100, rows: 30), .resize(columns: 60, rows: 20), .control("q")])
    _ = await runOffPool(
      WizardRuntime(terminal: terminal, state: Fixture.state(), services: services(backend)))
    #expect(terminal.frames.contains { $0.grid.width == 100 && $0.grid.height == 30 })
    #expect(terminal.frames.last?.grid.lines.joined().contains("Terminal too small") == true)
    #expect(terminal.isShutDown)
  }

  @Test("path completion runs against the real file system")
  func pathCompletion() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "wizard-complete-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for name in ["maria-front.jpg", "maria-back.jpg", "other.png"] {
      try Data([0xFF]).write(to: folder.appendingPathComponent(name))
    }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("scans"), withIntermediateDirectories: true)
    let completer = PathCompleter(homeDirectory: folder.path, currentDirectory: folder.path)
    #expect(completer.complete("~/ot").completed == "~/other.png")
    let several = completer.complete("ma")
    #expect(several.completed == "maria-")
    #expect(several.candidates == ["maria-back.jpg", "maria-front.jpg"])
    #expect(completer.complete(folder.path + "/sc").completed == folder.path + "/scans/")
    #expect(completer.complete("zzz").candidates.isEmpty)
    #expect(completer.complete("~") == ("~/", []))
    let home = completer.complete("~/")
    #expect(home.completed == "~/")
    #expect(home.candidates == ["maria-back.jpg", "maria-front.jpg", "other.png", "scans/"])
  }

  @Test("The completer's home is HOME, the folder a typed ~ expands to when the field is left")
  func completerHomeIsHOME() {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
    #expect(PathCompleter().homeDirectory == home)
    #expect(PathExpansion.expandingTilde("~/x") == home + "/x")
  }
}
