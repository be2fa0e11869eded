import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

/// Holds what a closure on the runtime's thread saw.
final class Observed<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Value

  init(_ value: Value) { stored = value }

  var value: Value {
    get {
      lock.lock()
      defer { lock.unlock() }
      return stored
    }
    set {
      lock.lock()
      stored = newValue
      lock.unlock()
    }
  }
}

@Suite("Drafts through the runtime loop")
struct DraftsRuntimeTests {
  func services(_ drafts: MemoryDrafts) -> WizardRuntime.Services {
    let backend = RecordingBackend { _ in .created(CreatedUser(id: "user-1")) }
    return WizardRuntime.Services(
      connect: { backend }, now: { Fixture.today }, makeIdempotencyKey: { "runtime-key" },
      writeFile: { _, _ in }, drafts: drafts)
  }

  @Test("a field left is in the store before the next key is read")
  func savedBeforeNextKey() async {
    let drafts = MemoryDrafts()
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    let seen = Observed<[String]>([])
    var keys: [Key] = [.pageDown]
    keys += "Maria".map { Key.character($0) }
    keys += [.tab]
    keys += "Gonz".map { Key.character($0) }
    terminal.onIdle = feed(keys) { _ in
      // The last key typed is not saved; every field left is.
      seen.value = drafts.saves.map { $0.values[.firstName] + "|" + $0.values[.middleName] }
      return [.control("q"), .character("y")]
    }
    let final = await runOffPool(
      WizardRuntime(terminal: terminal, state: Fixture.draftState(), services: services(drafts)))
    #expect(seen.value == ["Maria|"])
    #expect(drafts.saves.first?.focusedField == .middleName)
    #expect(final.drafts.draftID == "draft-1")
  }

  @Test("the resume list through the runtime: Enter loads the draft and shows it where it was left")
  func resumeThroughRuntime() async throws {
    var saved = DraftsReducerTests.draft(step: .address, focused: .addressCity)
    saved.id = "draft-a"
    let drafts = MemoryDrafts([saved])
    var state = Fixture.draftState()
    state.resumeList = ResumeList(entries: try drafts.list())
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.enter]) { terminal in
      terminal.screenText.contains("Step 4 of 8 · Address") ? [.control("q")] : []
    }
    let final = await runOffPool(WizardRuntime(terminal: terminal, state: state, services: services(drafts)))
    #expect(terminal.frames.first?.grid.lines.joined().contains("Resume a saved draft?") == true)
    #expect(final.focusedField == .addressCity)
    #expect(final.values == saved.values)
    #expect(final.drafts.draftID == "draft-a")
  }

  @Test("a store that cannot save says so on screen; the wizard goes on")
  func failingStore() async {
    let drafts = MemoryDrafts()
    drafts.failure = "the disk is full"
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.pageDown, .character("M"), .tab]) { _ in [.control("q"), .character("y")] }
    let final = await runOffPool(
      WizardRuntime(terminal: terminal, state: Fixture.draftState(), services: services(drafts)))
    #expect(
      terminal.frames.contains {
        $0.grid.lines.joined().contains("Could not save the draft: the disk is full")
      })
    #expect(final.values[.firstName] == "M")
    #expect(final.drafts.draftID == nil)
  }
}
