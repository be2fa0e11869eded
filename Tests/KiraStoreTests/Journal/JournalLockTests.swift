import Foundation
import KiraClient
import KiraModels
import KiraNetwork
import Testing

@testable import KiraStore

/// The journal is the lock: deciding which key a body gets and recording it
/// is one `BEGIN IMMEDIATE` transaction, and a key being sent is held by a
/// file lock, so two stores on one folder (two processes) never both issue a
/// key for one applicant.
@Suite("Journal as the lock")
struct JournalLockTests {
  private func claim(
    _ journal: SubmissionJournal, _ body: JSONValue, key: String
  ) throws -> SubmissionJournal.Claim {
    try journal.claim(
      body: body, applicant: journal.applicantFingerprint(email: "a@example.test"), draftID: nil,
      environment: "sandbox", operatorName: "desk-7", time: Date(timeIntervalSince1970: 1_800_000_000),
      makeKey: { key })
  }

  @Test("a second store sees the first's attempt: busy while it is sent, refused once it created a user")
  func secondStoreFollowsTheFirst() throws {
    let temporary = try TemporaryStore()
    let other = try LocalStore.open(at: temporary.location)
    let body: JSONValue = ["email": "a@example.test", "first_name": "Ana"]

    guard
      case .begun(let attempt, let sent, let lock, let replay) = try claim(
        temporary.store.journal, body, key: "k1")
    else {
      Issue.record("the first claim did not begin an attempt")
      return
    }
    #expect(attempt.idempotencyKey == "k1" && sent == body && !replay)
    guard case .busy(let key, let lockPath) = try claim(other.journal, body, key: "k2") else {
      Issue.record("the second store issued a key while the first was sending")
      return
    }
    #expect(key == "k1")
    #expect(try FileLock.isHeld(lockPath))

    try temporary.store.journal.finish(
      attempt.id, result: AttemptResult(outcome: .created, httpStatus: 201, userID: "u-1"))
    lock.release()
    #expect(try !FileLock.isHeld(lockPath))
    guard case .refused(.refuseCreated(let userID, _)) = try claim(other.journal, body, key: "k3") else {
      Issue.record("the second store did not see the created user")
      return
    }
    #expect(userID == "u-1")
    #expect(try other.journal.recent(includeCreated: true).map(\.idempotencyKey) == ["k1"])
  }

  @Test("an unknown outcome left by a dead holder is replayed under its key by the other store")
  func replayAfterHolderDied() throws {
    let temporary = try TemporaryStore()
    let other = try LocalStore.open(at: temporary.location)
    let body: JSONValue = ["email": "a@example.test", "first_name": "Ana"]
    guard case .begun(let attempt, _, let lock, _) = try claim(temporary.store.journal, body, key: "k1")
    else {
      Issue.record("no attempt begun")
      return
    }
    try temporary.store.journal.finish(
      attempt.id, result: AttemptResult(outcome: .unknown, errorCode: "timeout"))
    lock.release()  // as the kernel does when the holder dies
    let edited: JSONValue = ["email": "a@example.test", "first_name": "Anna"]
    guard
      case .begun(let replayed, let sent, let second, let replay) = try claim(
        other.journal, edited, key: "k2")
    else {
      Issue.record("the open key was not replayed")
      return
    }
    #expect(replayed.idempotencyKey == "k1" && replay)
    #expect(sent == body, "the first body is replayed byte for byte")
    second.release()
  }

  @Test("20 rounds of two coordinators on two connections submitting one body at once: one user each")
  func concurrentSubmits() async throws {
    let harness = try await SandboxHarness.start()
    let other = try LocalStore.open(at: harness.temporary.location)
    let first = harness.coordinator()
    var second = harness.coordinator()
    second.store = other
    for round in 0..<20 {
      let email = "round-\(round)@example.test"
      let body = Applicant.body(email: email)
      async let a = first.submit(body)
      async let b = second.submit(body)
      let reports = try await [a, b]
      #expect(harness.users(withEmail: email).count == 1, "round \(round)")
      let created = reports.filter { if case .created = $0.outcome { true } else { false } }
      let followed = reports.filter { if case .alreadyCreated = $0.outcome { true } else { false } }
      #expect(created.count == 1 && followed.count == 1, "round \(round): \(reports.map(\.outcome))")
      #expect(reports.map(\.requestsSent).reduce(0, +) == 1, "round \(round)")
    }
    await harness.stop()
  }
}

/// One canonical environment: an open attempt recorded under one spelling of
/// a base URL is replayed under another, never re-created.
@Suite("Canonical environment")
struct CanonicalEnvironmentTests {
  @Test("unknown outcome on 127.0.0.1, retry on localhost: the same key, one user")
  func spellingsShareHistory() async throws {
    let harness = try await SandboxHarness.start()
    let port = try #require(harness.server.port)
    var first = harness.coordinator()
    first.environment = harness.client.endpoint.baseURL.absoluteString
    #expect(first.environment.contains("127.0.0.1:\(port)"))
    harness.failNextCreate(.dropAfter)
    let unknown = try await first.submit(Applicant.body())
    guard case .outcomeUnknown(let key, _) = unknown.outcome else {
      Issue.record("expected an unknown outcome, got \(unknown.outcome)")
      return
    }
    let base = harness.client.endpoint.baseURL.absoluteString
    let endpoint = try KiraEndpoint(url: base.replacingOccurrences(of: "127.0.0.1", with: "LOCALHOST") + "/")
    var second = harness.coordinator()
    second.environment = endpoint.canonicalEnvironment
    second.client = KiraClient(
      configuration: KiraClientConfiguration(
        endpoint: endpoint, credentials: harness.client.configuration.credentials, retryPolicy: .none),
      transport: URLSessionTransport(connectTimeout: 30, requestTimeout: 60))
    let retried = try await second.submit(Applicant.body())
    let user = try #require(harness.users(withEmail: Fixtures.email).first)
    #expect(retried.outcome == .created(userID: user.id))
    #expect(harness.users(withEmail: Fixtures.email).count == 1)
    #expect(harness.createRequests.map(\.idempotencyKey) == [key, key])
    #expect(
      try harness.temporary.store.journal.recent(includeCreated: true).map(\.environment)
        == Array(repeating: KiraEndpoint.canonicalEnvironment(base), count: 2))
    await harness.stop()
  }
}
