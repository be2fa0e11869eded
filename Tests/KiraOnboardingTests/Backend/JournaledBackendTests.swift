import Foundation
import KiraClient
import KiraModels
import KiraOnboarding
import KiraSandbox
import KiraStore
import Testing
import Wizard

/// The wizard's journaled backend: every create through the journal, so
/// no applicant is ever created twice.
@Suite("Journaled backend")
struct JournaledBackendTests {
  /// What the journal held at the moment a create left.
  final class Sighting: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [(key: String?, attempts: [AttemptRecord])] = []

    func record(key: String?, attempts: [AttemptRecord]) { lock.withLock { seen.append((key, attempts)) } }
    var all: [(key: String?, attempts: [AttemptRecord])] { lock.withLock { seen } }
  }

  static func create(
    _ desk: Desk, _ body: JSONValue, key: String, draftID: String? = nil
  ) async -> SubmissionOutcome {
    await desk.backend.createUser(
      body: body, idempotencyKey: key, draftID: draftID, allowingExistingUsers: [], progress: { _ in })
  }

  @Test("a create is journaled (in flight, outcome unknown, under its key) before it is sent")
  func journaledBeforeSent() async throws {
    let desk = try await Desk.make()
    let sighting = Sighting()
    let store = desk.store
    desk.transport.route { request in
      if request.method == "POST", request.url.path.hasSuffix("/v1/users") {
        let attempts = (try? store.journal.recent(limit: 10, includeCreated: true)) ?? []
        sighting.record(key: request.header("idempotency-key"), attempts: attempts)
      }
      return .pass
    }
    let outcome = await Self.create(desk, Applicants.maria(email: Applicants.email()), key: "key-1")
    guard case .created(let user) = outcome else {
      Issue.record("expected a created user, got \(outcome)")
      return
    }
    let seen = try #require(sighting.all.first)
    #expect(sighting.all.count == 1)
    #expect(seen.key == "key-1")
    #expect(seen.attempts.count == 1)
    #expect(seen.attempts.first?.idempotencyKey == "key-1")
    #expect(seen.attempts.first?.isInFlight == true)
    #expect(seen.attempts.first?.outcome == .unknown)

    let after = try desk.store.journal.recent(limit: 10, includeCreated: true)
    #expect(after.map(\.outcome) == [.created])
    #expect(after.first?.userID == user.id)
    #expect(after.first?.isInFlight == false)
  }

  @Test(
    "an unknown outcome is sent again under the same key and body, and one user results",
    arguments: [FaultRule.Kind.dropAfter, .drop])
  func unknownOutcomeReplayed(fault: FaultRule.Kind) async throws {
    let desk = try await Desk.make()
    desk.engine.inject(FaultRule(kind: fault, method: "POST", path: "v1/users"))
    let body = Applicants.maria(email: Applicants.email())

    let first = await Self.create(desk, body, key: "key-first")
    guard case .outcomeUnknown = first else {
      Issue.record("expected an unknown outcome, got \(first)")
      return
    }
    // The wizard offers a fresh key; the journal's open key goes out instead.
    let edited = body.setting("occupation", "Architect")
    let second = await Self.create(desk, edited, key: "key-second")
    guard case .created(let user) = second else {
      Issue.record("expected the replay to create the user, got \(second)")
      return
    }
    let creates = desk.creates
    #expect(creates.count == 2)
    #expect(creates.map { $0.header("idempotency-key") } == ["key-first", "key-first"])
    #expect(creates[0].body == creates[1].body, "the replay is the first body byte for byte")
    #expect(desk.engine.users.map(\.id) == [user.id])
    #expect(desk.engine.users.first?.raw["occupation"] == "Software Engineer")
  }

  @Test(
    "a created applicant is never sent again, whatever changed",
    arguments: [nil, "Architect"] as [String?])
  func createdNeverSentTwice(occupation: String?) async throws {
    let desk = try await Desk.make()
    let body = Applicants.maria(email: Applicants.email())
    guard case .created(let user) = await Self.create(desk, body, key: "key-1") else {
      Issue.record("the first create failed")
      return
    }
    let again = occupation.map { body.setting("occupation", .string($0)) } ?? body
    let outcome = await Self.create(desk, again, key: "key-2")
    guard case .alreadyOnboarded(let existing) = outcome else {
      Issue.record("expected already onboarded, got \(outcome)")
      return
    }
    #expect(existing.id == user.id)
    #expect(desk.creates.count == 1)
    #expect(desk.engine.users.count == 1)
  }

  @Test("a body Kira rejected is not sent again unchanged; a corrected one goes out under a new key")
  func rejectedBodyNotResent() async throws {
    let desk = try await Desk.make()
    let body = Applicants.maria(email: Applicants.email())
      .settingDocumentNumber(SandboxScenario.documentRejected.rawValue)

    guard case .rejected(let status, _, _, _) = await Self.create(desk, body, key: "key-1") else {
      Issue.record("the sandbox should reject K00000400")
      return
    }
    #expect(status == 400)
    let unchanged = await Self.create(desk, body, key: "key-2")
    guard case .rejected(_, let code, _, _) = unchanged else {
      Issue.record("expected a refusal, got \(unchanged)")
      return
    }
    #expect(code == "unchanged_after_rejection")
    #expect(desk.creates.count == 1)

    let corrected = Applicants.maria(email: body["email"]?.stringValue ?? "")
    guard case .created = await Self.create(desk, corrected, key: "key-3") else {
      Issue.record("the corrected body should be created")
      return
    }
    #expect(desk.creates.map { $0.header("idempotency-key") } == ["key-1", "key-3"])
  }

  @Test("Review's e-mail check: a user Kira has with the e-mail stops the create until confirmed")
  func existingEmail() async throws {
    let desk = try await Desk.make()
    let email = Applicants.email()
    let existing = try await desk.createDirectly(Applicants.maria(email: email))
    #expect(try await desk.backend.findUsers(email: email).map(\.id) == [existing.id])

    let refused = await Self.create(desk, Applicants.maria(email: email), key: "key-1")
    guard case .emailInUse(let users, _) = refused else {
      Issue.record("expected the e-mail to stop the create, got \(refused)")
      return
    }
    #expect(users.map(\.id) == [existing.id])
    #expect(
      try desk.store.journal.recent(limit: 10, includeCreated: true).isEmpty, "a refusal leaves no attempt")

    let confirmed = await desk.backend.createUser(
      body: Applicants.maria(email: email), idempotencyKey: "key-1", draftID: nil,
      allowingExistingUsers: [existing.id], progress: { _ in })
    guard case .created(let second) = confirmed else {
      Issue.record("a confirmed create should go out, got \(confirmed)")
      return
    }
    #expect(second.id != existing.id)
  }
}
