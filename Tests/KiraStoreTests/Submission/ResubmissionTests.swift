import Foundation
import KiraClient
import KiraModels
import KiraSandbox
import Testing

@testable import KiraStore

/// Each resubmission case against the real sandbox over loopback, counting
/// the users it holds: never more than one per applicant.
@Suite("Safe resubmission against the sandbox")
struct ResubmissionTests {
  @Test("unknown outcome, then a replay with the same key and body tells the truth")
  func unknownThenReplay() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    let body = Applicant.body()
    let draft = try harness.savedDraft()

    // The sandbox creates the user, then drops the connection before answering.
    harness.failNextCreate(.dropAfter)
    let first = try await coordinator.submit(body, draftID: draft.id)
    guard case .outcomeUnknown(let key, _) = first.outcome else {
      Issue.record("expected an unknown outcome, got \(first.outcome)")
      return
    }
    #expect(harness.applicantUsers.count == 1, "the create did happen")
    #expect(try harness.temporary.store.drafts.load(draft.id)?.lastError?.codes.contains("unknown") == true)

    let second = try await coordinator.submit(body, draftID: draft.id)
    let created = try #require(harness.applicantUsers.first)
    #expect(second.outcome == .created(userID: created.id))
    #expect(second.replayedEarlierBody == false)
    #expect(second.draftWiped)
    #expect(harness.applicantUsers.count == 1)

    let requests = harness.createRequests
    #expect(requests.count == 2)
    #expect(requests.map(\.idempotencyKey) == [key, key])
    #expect(requests[0].body == requests[1].body)
    await harness.stop()
  }

  @Test("unknown outcome, then an edited body: the earlier body is replayed first, never a new create")
  func unknownThenEditedBody() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    let original = Applicant.body(occupation: "Engineer")
    let edited = Applicant.body(occupation: "Architect")

    harness.failNextCreate(.dropAfter)
    _ = try await coordinator.submit(original)
    let second = try await coordinator.submit(edited)
    let user = try #require(harness.applicantUsers.first)
    #expect(second.outcome == .created(userID: user.id))
    #expect(second.replayedEarlierBody, "the report tells the operator the edit was not sent")
    #expect(harness.createRequests.map(\.body) == [original, original])
    #expect(harness.applicantUsers.count == 1)

    // The edit must go through fix (PUT); a third submit is refused.
    let third = try await coordinator.submit(edited)
    #expect(third.outcome == .alreadyCreated(userID: user.id))
    #expect(harness.createRequests.count == 2)
    await harness.stop()
  }

  @Test("a dropped connection before processing: the replay creates the one user")
  func droppedBeforeProcessing() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    harness.failNextCreate(.drop)
    let first = try await coordinator.submit(Applicant.body())
    #expect(harness.applicantUsers.isEmpty)
    let key = try #require(first.attempts.first?.idempotencyKey)
    let second = try await coordinator.submit(Applicant.body(occupation: "Changed meanwhile"))
    guard expectCreated(second) else { return }
    harness.expectOneUser(createdUnder: key)
    await harness.stop()
  }

  @Test("Kira unavailable (503), then the same key and body go out again")
  func unavailableThenReplay() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    harness.failNextCreate(.status503)
    let first = try await coordinator.submit(Applicant.body())
    guard case .unavailable(let key, _) = first.outcome else {
      Issue.record("expected unavailable, got \(first.outcome)")
      return
    }
    let second = try await coordinator.submit(Applicant.body())
    guard expectCreated(second) else { return }
    harness.expectOneUser(createdUnder: key)
    await harness.stop()
  }

  @Test("a definite 400, then the same body is refused and a corrected body goes out under a new key")
  func rejectedThenCorrected() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    let draft = try harness.savedDraft()
    // Sandbox scenario: Kira rejects document_number K00000400 (the form accepts it).
    let rejectedBody = Applicant.body(documentNumber: "K00000400")

    let first = try await coordinator.submit(rejectedBody, draftID: draft.id)
    guard case .rejected(let error) = first.outcome else {
      Issue.record("expected rejected, got \(first.outcome)")
      return
    }
    #expect(error.fieldErrors.map(\.path) == ["document_number"])
    #expect(first.attempts.first?.fieldErrors == [.init(path: "document_number", code: "custom")])
    let lastError = try #require(try harness.temporary.store.drafts.load(draft.id)?.lastError)
    #expect(lastError.fieldErrors.map(\.path) == ["document_number"])
    #expect(lastError.codes.contains("rejected"))

    let again = try await coordinator.submit(rejectedBody, draftID: draft.id)
    #expect(again.outcome == .unchangedAfterRejection(idempotencyKey: first.attempts[0].idempotencyKey))
    #expect(harness.createRequests.count == 1, "an unchanged rejected body is not sent again")

    let corrected = try await coordinator.submit(Applicant.body(), draftID: draft.id)
    guard expectCreated(corrected) else { return }
    let keys = harness.createRequests.map(\.idempotencyKey)
    #expect(keys.count == 2)
    #expect(keys[0] != keys[1], "a corrected body after a definite rejection gets a new key")
    #expect(harness.applicantUsers.count == 1)
    #expect(try harness.temporary.store.drafts.load(draft.id) == nil, "wiped after the create")
    await harness.stop()
  }

  @Test("409: without the earlier body, the new body under the same key is refused by Kira, no duplicate")
  func conflict() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    harness.failNextCreate(.dropAfter)
    let first = try await coordinator.submit(Applicant.body(occupation: "Engineer"))
    let key = try #require(first.attempts.first?.idempotencyKey)
    // The kept body is lost (e.g. the attempt was journalled by another tool).
    try await harness.temporary.store.database.queue.write { db in
      try db.execute(sql: "DELETE FROM pending_body")
    }

    let second = try await coordinator.submit(Applicant.body(occupation: "Architect"))
    let user = try #require(harness.applicantUsers.first)
    guard case .conflict(let conflictKey, let existing, let error) = second.outcome else {
      Issue.record("expected conflict, got \(second.outcome)")
      return
    }
    #expect(conflictKey == key)
    #expect(error.isIdempotencyKeyReuse)
    #expect(existing == [user.id], "support is shown the user already under this e-mail")
    #expect(harness.createRequests.map(\.status) == [0, 409], "no answer, then Kira's key-reuse refusal")
    harness.expectOneUser(createdUnder: key)

    // Submitting again keeps hitting the same key: still one user.
    _ = try await coordinator.submit(Applicant.body(occupation: "Architect"))
    #expect(harness.applicantUsers.count == 1)
    await harness.stop()
  }

  @Test("success, then any retry is refused and shows the user id")
  func successThenRefused() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator(keepDrafts: true)
    let draft = try harness.savedDraft()

    let first = try await coordinator.submit(Applicant.body(), draftID: draft.id)
    let user = try #require(harness.applicantUsers.first)
    #expect(first.outcome == .created(userID: user.id))
    #expect(first.user?.id == user.id)
    #expect(!first.draftWiped)
    #expect(try harness.temporary.store.drafts.load(draft.id) != nil, "--keep-drafts keeps it")

    for body in [Applicant.body(), Applicant.body(occupation: "Other")] {
      let retry = try await coordinator.submit(body, draftID: draft.id)
      #expect(retry.outcome == .alreadyCreated(userID: user.id))
      #expect(retry.requestsSent == 0)
    }
    // Same applicant from a fresh draft (same e-mail, any case): refused too.
    let fresh = try await coordinator.submit(Applicant.body(email: Fixtures.email.uppercased()))
    #expect(fresh.outcome == .alreadyCreated(userID: user.id))
    #expect(harness.createRequests.count == 1)
    #expect(harness.applicantUsers.count == 1)
    await harness.stop()
  }

  @Test("the journal holds every attempt with codes and hashes only")
  func journalRows() async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    harness.failNextCreate(.dropAfter)
    _ = try await coordinator.submit(Applicant.body())
    _ = try await coordinator.submit(Applicant.body())
    let rows = try harness.temporary.store.journal.recent(includeCreated: true)
    #expect(rows.map(\.outcome) == [.created, .unknown])
    #expect(rows.allSatisfy { $0.bodySHA256 == BodyDigest.sha256Hex(of: Applicant.body()) })
    #expect(rows.allSatisfy { $0.environment == "sandbox (test)" && $0.operatorName == "desk-7" })
    #expect(rows[0].userID == harness.applicantUsers.first?.id)
    #expect(rows[0].httpStatus == 201)
    #expect(try harness.temporary.store.journal.pendingBody(forKey: rows[0].idempotencyKey) == nil)
    let raw = harness.temporary.rawDatabaseBytes()
    for secret in [Fixtures.firstName, Fixtures.lastName, Fixtures.email, Fixtures.documentNumber] {
      #expect(!raw.containsText(secret))
    }
    await harness.stop()
  }

  /// Records an issue unless Kira created the user; returns whether it did.
  private func expectCreated(
    _ report: SubmissionReport, sourceLocation: SourceLocation = #_sourceLocation
  ) -> Bool {
    if case .created = report.outcome { return true }
    Issue.record("expected created, got \(report.outcome)", sourceLocation: sourceLocation)
    return false
  }
}

extension SandboxHarness {
  /// The users the sandbox holds for the fixture applicant's e-mail.
  fileprivate var applicantUsers: [KiraUser] { users(withEmail: Fixtures.email) }

  /// A draft of the fixture applicant (no image), saved in the store.
  fileprivate func savedDraft() throws -> DraftSnapshot {
    let draft = DraftSnapshot(values: Fixtures.values(withImage: false), operatorName: "desk-7")
    try temporary.store.drafts.save(draft)
    return draft
  }

  /// Every create went out under `key`, twice, and the applicant has exactly one user.
  fileprivate func expectOneUser(
    createdUnder key: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(createRequests.map(\.idempotencyKey) == [key, key], sourceLocation: sourceLocation)
    #expect(applicantUsers.count == 1, sourceLocation: sourceLocation)
  }
}
