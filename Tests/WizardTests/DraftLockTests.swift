import Foundation
import KYCForm
import KiraModels
import TerminalUI
import Testing
import Wizard

/// One writer per draft: a draft open in another wizard is offered read-only
/// or taken over; the wizard that lost it stops saving and says why.
@Suite("Drafts open in two wizards")
struct DraftLockTests {
  static let holder = "ana, process 4242 on desk-7 (/dev/pts/3)"

  private func lockedState() -> Driver {
    var state = Fixture.draftState()
    state.resumeList = ResumeList(entries: DraftsReducerTests.listEntries)
    var driver = Driver(state)
    driver.press(.enter)
    #expect(driver.effects == [.drafts(.load(id: "draft-a"))])
    driver.send(.drafts(.lockedElsewhere(id: "draft-a", holder: Self.holder)))
    return driver
  }

  @Test("a draft open elsewhere is asked about on the resume list, naming where it is open")
  func prompt() {
    let driver = lockedState()
    #expect(driver.state.keyContexts == [.resumeLockPrompt])
    #expect(driver.state.resumeList?.lockPrompt == DraftLockPrompt(id: "draft-a", holder: Self.holder))
    #expect(driver.screenText.contains("Open in another wizard"))
    #expect(driver.screenText.contains("process 4242 on desk-7"))
    #expect(driver.screenText.contains("read-only") && driver.screenText.contains("take over"))
  }

  @Test("Esc leaves it where it is open; nothing is loaded")
  func leave() {
    var driver = lockedState()
    driver.press(.escape)
    #expect(driver.effects.isEmpty)
    #expect(driver.state.resumeList?.lockPrompt == nil)
    #expect(driver.state.keyContexts == [.resumeList])
  }

  @Test("r opens it read-only: edits are never saved, F2 says why")
  func readOnly() {
    var driver = lockedState()
    driver.press(.character("r"))
    #expect(driver.effects == [.drafts(.open(id: "draft-a", mode: .readOnly))])
    var draft = DraftsReducerTests.draft(step: .identity, focused: .firstName)
    draft.id = "draft-a"
    driver.send(.drafts(.loaded(draft, id: "draft-a")))
    #expect(driver.state.drafts.lock == .readOnly(holder: Self.holder))
    #expect(driver.state.message?.text.contains("Read-only") == true)
    driver.type("x")
    driver.press(.tab)
    #expect(Fixture.saves(in: driver.allEffects).isEmpty, "a read-only draft is never saved")
    driver.press(.function(2))
    #expect(Fixture.saves(in: driver.effects).isEmpty)
    #expect(driver.state.message?.text.contains("nothing is saved here") == true)
  }

  @Test("t takes it over: loaded to edit, and saved again")
  func takeOver() {
    var driver = lockedState()
    driver.press(.character("t"))
    #expect(driver.effects == [.drafts(.open(id: "draft-a", mode: .takeOver))])
    var draft = DraftsReducerTests.draft(step: .identity, focused: .firstName)
    draft.id = "draft-a"
    driver.send(.drafts(.loaded(draft, id: "draft-a")))
    #expect(driver.state.drafts.lock == nil)
    driver.type("x")
    driver.press(.tab)
    #expect(Fixture.saves(in: driver.effects).first?.id == "draft-a")
  }

  @Test("the wizard that lost its draft stops saving and says who took it")
  func takenOver() {
    var driver = Driver(Fixture.draftState())
    driver.press(.pageDown)
    driver.type("Maria")
    driver.press(.tab)
    #expect(Fixture.saves(in: driver.effects).count == 1)
    driver.send(.drafts(.takenOver(holder: Self.holder)))
    #expect(driver.state.drafts.lock == .takenOver(holder: Self.holder))
    #expect(driver.screenText.contains("another wizard took this draft over"))
    driver.type("Ana")
    driver.press(.tab)
    #expect(Fixture.saves(in: driver.effects).isEmpty, "no more saves once taken over")
  }

  @Test("a failed save is remembered until a save succeeds, so quitting never claims it was saved")
  func saveFailureRemembered() {
    var driver = Driver(Fixture.draftState())
    driver.send(.drafts(.saveFailed("No space left on device")))
    #expect(driver.state.drafts.saveFailure == "No space left on device")
    driver.send(.drafts(.saved(id: "draft-1", explicit: false)))
    #expect(driver.state.drafts.saveFailure == nil)
  }

  @Test("through the runtime: a locked load asks, a save refused as taken over stops saving")
  func runtime() async throws {
    var saved = DraftsReducerTests.draft(step: .address, focused: .addressCity)
    saved.id = "draft-a"
    let drafts = LockingDrafts([saved])
    var state = Fixture.draftState()
    state.resumeList = ResumeList(entries: try drafts.list())
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.enter]) { terminal in
      let text = terminal.screenText
      if text.contains("Open in another wizard") { return [.character("t")] }
      if text.contains("Step 4 of 8 · Address"), !drafts.takenAway {
        drafts.takenAway = true
        return [.character("X"), .tab]
      }
      if text.contains("another wizard took this draft over") { return [.control("q"), .character("y")] }
      return []
    }
    let backend = RecordingBackend { _ in .created(CreatedUser(id: "user-1")) }
    let services = WizardRuntime.Services(
      connect: { backend }, now: { Fixture.today }, makeIdempotencyKey: { "runtime-key" },
      writeFile: { _, _ in }, drafts: drafts)
    let final = await runOffPool(WizardRuntime(terminal: terminal, state: state, services: services))
    #expect(drafts.modes == [.edit, .takeOver])
    #expect(final.drafts.lock == .takenOver(holder: Self.holder))
    #expect(drafts.saves.isEmpty, "the refused save wrote nothing")
  }
}

/// Drafts held by another wizard until taken over; saves refused once `takenAway`.
final class LockingDrafts: DraftPersistence, @unchecked Sendable {
  private let lock = NSLock()
  private let memory: MemoryDrafts
  private var opened: [DraftOpenMode] = []
  private var away = false

  init(_ drafts: [WizardDraft]) { memory = MemoryDrafts(drafts) }

  var modes: [DraftOpenMode] { lock.withLock { opened } }
  var saves: [WizardDraft] { memory.saves }
  var takenAway: Bool {
    get { lock.withLock { away } }
    set { lock.withLock { away = newValue } }
  }

  func save(_ draft: WizardDraft) throws -> String {
    if takenAway { throw DraftTakenOverFailure(holder: DraftLockTests.holder) }
    return try memory.save(draft)
  }

  func load(id: String) throws -> WizardDraft? { try load(id: id, mode: .edit) }

  func load(id: String, mode: DraftOpenMode) throws -> WizardDraft? {
    lock.withLock { opened.append(mode) }
    if mode == .edit { throw DraftLockedFailure(holder: DraftLockTests.holder) }
    return try memory.load(id: id)
  }

  func list() throws -> [DraftListing] { try memory.list() }
  func delete(id: String) throws { try memory.delete(id: id) }
}
