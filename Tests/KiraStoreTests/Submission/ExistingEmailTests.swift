import Foundation
import KiraClient
import KiraModels
import KiraSandbox
import Testing

@testable import KiraStore

/// Never a second customer across desks: two stores (two desks), one e-mail,
/// counting the users the sandbox holds.
@Suite("Existing e-mail: two desks, one customer")
struct ExistingEmailTests {
  static func desk(_ harness: SandboxHarness, store: TemporaryStore, allowing: Set<String> = [])
    -> SubmissionCoordinator
  {
    var coordinator = SubmissionCoordinator(
      client: harness.client, store: store.store, environment: "sandbox (test)", operatorName: "desk-2")
    coordinator.existingEmailPolicy = .refuse(allowing: allowing)
    return coordinator
  }

  @Test("a second desk with its own store sends nothing for an e-mail Kira already has")
  func secondDeskRefused() async throws {
    let harness = try await SandboxHarness.start()
    var first = harness.coordinator()
    first.existingEmailPolicy = .refuse(allowing: [])
    let created = try await first.submit(Applicant.body())
    guard case .created(let userID) = created.outcome else {
      Issue.record("expected a create, got \(created.outcome)")
      return
    }
    let otherStore = try TemporaryStore()
    let second = try await Self.desk(harness, store: otherStore).submit(
      Applicant.body(occupation: "Architect"))
    guard case .emailInUse(let users, let staleKey) = second.outcome else {
      Issue.record("expected emailInUse, got \(second.outcome)")
      return
    }
    #expect(users.map(\.id) == [userID])
    #expect(staleKey == nil)
    #expect(second.requestsSent == 0)
    #expect(try otherStore.store.journal.recent(limit: 10, includeCreated: true).isEmpty)
    #expect(harness.users(withEmail: Fixtures.email).count == 1)
    #expect(harness.createRequests.count == 1)

    // Confirmed (that user is someone else): the second customer is created.
    let confirmed = try await Self.desk(harness, store: otherStore, allowing: [userID])
      .submit(Applicant.body(occupation: "Architect"))
    guard case .created = confirmed.outcome else {
      Issue.record("expected a create after the confirmation, got \(confirmed.outcome)")
      return
    }
    #expect(harness.users(withEmail: Fixtures.email).count == 2)
    await harness.stop()
  }

  @Test("the e-mail is compared as Kira does: another case is the same customer")
  func caseInsensitive() async throws {
    let harness = try await SandboxHarness.start()
    _ = try await harness.coordinator().submit(Applicant.body())
    let otherStore = try TemporaryStore()
    let second = try await Self.desk(harness, store: otherStore).submit(
      Applicant.body(email: Fixtures.email.uppercased()))
    guard case .emailInUse = second.outcome else {
      Issue.record("expected emailInUse, got \(second.outcome)")
      return
    }
    #expect(harness.users(withEmail: Fixtures.email).count == 1)
    await harness.stop()
  }

  @Test("an unknown outcome older than 24 h is checked by e-mail before anything is resent")
  func staleUnknownOutcome() async throws {
    let harness = try await SandboxHarness.start()
    let clock = TestClock(Date().addingTimeInterval(-25 * 3600))
    var coordinator = harness.coordinator()
    coordinator.now = { clock.now }
    coordinator.existingEmailPolicy = .refuse(allowing: [])
    // The sandbox creates the user, then drops the connection: no answer.
    harness.failNextCreate(.dropAfter)
    let first = try await coordinator.submit(Applicant.body())
    guard case .outcomeUnknown(let key, _) = first.outcome else {
      Issue.record("expected an unknown outcome, got \(first.outcome)")
      return
    }
    #expect(harness.users(withEmail: Fixtures.email).count == 1)
    clock.now = Date()
    let second = try await coordinator.submit(Applicant.body())
    guard case .emailInUse(let users, let staleKey) = second.outcome else {
      Issue.record("expected emailInUse for the stale attempt, got \(second.outcome)")
      return
    }
    #expect(staleKey == key)
    #expect(users.count == 1)
    #expect(harness.createRequests.count == 1, "nothing was resent")
    #expect(harness.users(withEmail: Fixtures.email).count == 1)
    await harness.stop()
  }

  @Test("an unknown outcome within 24 h is replayed under its key (Kira replays it), no look-up needed")
  func freshUnknownOutcomeReplays() async throws {
    let harness = try await SandboxHarness.start()
    var coordinator = harness.coordinator()
    coordinator.existingEmailPolicy = .refuse(allowing: [])
    harness.failNextCreate(.dropAfter)
    _ = try await coordinator.submit(Applicant.body())
    let second = try await coordinator.submit(Applicant.body())
    guard case .created = second.outcome else {
      Issue.record("expected the replay to answer created, got \(second.outcome)")
      return
    }
    #expect(harness.users(withEmail: Fixtures.email).count == 1)
    await harness.stop()
  }
}

/// A settable clock for the coordinator.
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var value: Date

  init(_ date: Date) { value = date }

  var now: Date {
    get {
      lock.lock()
      defer { lock.unlock() }
      return value
    }
    set {
      lock.lock()
      value = newValue
      lock.unlock()
    }
  }
}
