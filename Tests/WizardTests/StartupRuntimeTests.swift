import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// Work that waits for the first frame: the local store opens behind it,
/// and its saved drafts are offered before the first key is read.
@Suite("Start-up behind the first frame")
struct StartupRuntimeTests {
  func services(_ drafts: MemoryDrafts, afterFirstFrame: @escaping @Sendable () -> [WizardAction])
    -> WizardRuntime.Services
  {
    let backend = RecordingBackend { _ in .created(CreatedUser(id: "user-1")) }
    return WizardRuntime.Services(
      connect: { backend }, now: { Fixture.today }, makeIdempotencyKey: { "runtime-key" },
      writeFile: { _, _ in }, drafts: drafts, afterFirstFrame: afterFirstFrame)
  }

  @Test("the first frame is the form; the saved drafts are offered in the next, before any key")
  func resumeListAfterFirstFrame() async throws {
    var saved = DraftsReducerTests.draft(step: .address, focused: .addressCity)
    saved.id = "draft-a"
    let drafts = MemoryDrafts([saved])
    let keysReadBeforeHook = Observed<Int?>(nil)
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    let entries = try drafts.list()
    let box = UncheckedBox(terminal)
    let hook: @Sendable () -> [WizardAction] = {
      keysReadBeforeHook.value = box.value.requestedTimeouts.count
      return [.drafts(.storeOpened(resumeList: entries))]
    }
    terminal.onIdle = feed([.enter]) { terminal in
      terminal.screenText.contains("Step 4 of 8 · Address") ? [.control("q")] : []
    }
    let final = await runOffPool(
      WizardRuntime(
        terminal: terminal, state: Fixture.draftState(), services: services(drafts, afterFirstFrame: hook)))
    #expect(keysReadBeforeHook.value == 0, "no key is read before the store is open")
    #expect(terminal.frames.first?.grid.lines.joined().contains("Step 1 of 8") == true)
    #expect(terminal.frames.dropFirst().first?.grid.lines.joined().contains("Resume a saved draft?") == true)
    #expect(final.drafts.draftID == "draft-a")
    #expect(final.focusedField == .addressCity)
  }

  @Test("no saved drafts: the form stays, nothing else is drawn")
  func noDrafts() async {
    let drafts = MemoryDrafts()
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.control("q")])
    _ = await runOffPool(
      WizardRuntime(
        terminal: terminal, state: Fixture.draftState(),
        services: services(drafts, afterFirstFrame: { [.drafts(.storeOpened(resumeList: []))] })))
    #expect(terminal.frames.count == 1)
  }

  @Test("a store that cannot open ends the wizard before any key is read")
  func storeFails() async {
    let drafts = MemoryDrafts()
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.character("x")])
    let final = await runOffPool(
      WizardRuntime(
        terminal: terminal, state: Fixture.draftState(),
        services: services(drafts, afterFirstFrame: { [.drafts(.storeFailed)] })))
    #expect(final.isFinished)
    #expect(terminal.requestedTimeouts.isEmpty)
    #expect(final.values == Fixture.draftState().values)
  }

  @Test("drafts arriving after the operator started typing are not forced on them")
  func lateListIsNotForced() {
    var state = Fixture.draftState()
    state.values[.firstName] = "M"  // what typing in the first name leaves
    let entries = [
      DraftListing(
        id: "draft-a", maskedName: "M. G.", step: .identity, focusedField: .firstName,
        updatedAt: Fixture.today, errorCodes: [], operatorName: "op", kindLabel: "new")
    ]
    _ = reduce(&state, .drafts(.storeOpened(resumeList: entries)))
    #expect(state.resumeList == nil)
    var fresh = Fixture.draftState()
    _ = reduce(&fresh, .drafts(.storeOpened(resumeList: entries)))
    #expect(fresh.resumeList?.entries.count == 1)
  }

  /// A connection failure that names its cause.
  struct HelperMissing: Error, CustomStringConvertible {
    var description: String { "network helper unavailable (/opt/kira/kira-onboard-net is missing)" }
  }

  @Test("a submit that cannot connect says why on the status line, and nothing is sent")
  func connectionFailureSaysWhy() async {
    let terminal = HeadlessTerminal(columns: 80, rows: 24)
    terminal.onIdle = feed([.function(10)]) { terminal in
      terminal.screenText.contains("nothing was sent") ? [.control("q"), .character("y")] : []
    }
    let services = WizardRuntime.Services(
      connect: { throw HelperMissing() }, now: { Fixture.today }, makeIdempotencyKey: { "key" },
      writeFile: { _, _ in }, connectAtStart: false)
    let final = await runOffPool(
      WizardRuntime(terminal: terminal, state: Fixture.reviewState(), services: services))
    #expect(final.connection == .failed(HelperMissing().description))
    #expect(final.createdUser == nil)
  }
}
