import Foundation
import KiraModels
import Testing

@testable import KiraStore

@Suite("Submission journal")
struct SubmissionJournalTests {
  private func start(
    key: String, body: String = "b1", applicant: String? = "app", draft: DraftID? = nil
  ) -> AttemptStart {
    AttemptStart(
      time: Date(timeIntervalSince1970: 1_800_000_000), operatorName: "desk-7",
      environment: "sandbox", idempotencyKey: key, bodySHA256: body, draftID: draft,
      applicant: applicant)
  }

  @Test("an attempt is unknown and in flight until finished")
  func beginFinish() throws {
    let temporary = try TemporaryStore()
    let journal = temporary.store.journal
    let begun = try journal.begin(start(key: "k1"), body: Data("{}".utf8))
    #expect(begun.outcome == .unknown)
    #expect(try journal.attempt(id: begun.id)?.isInFlight == true)

    let finished = try journal.finish(
      begun.id,
      result: AttemptResult(
        outcome: .rejected, httpStatus: 400, errorCode: "validation_error",
        fieldErrors: [.init(path: "birth_date", code: "invalid_string")]),
      at: Date(timeIntervalSince1970: 1_800_000_002))
    #expect(finished.outcome == .rejected)
    #expect(finished.httpStatus == 400)
    #expect(finished.fieldErrors == [.init(path: "birth_date", code: "invalid_string")])
    #expect(finished.finishedAt == Date(timeIntervalSince1970: 1_800_000_002))
    #expect(try journal.attempt(id: begun.id) == finished)
  }

  @Test(
    "the kept body is wiped only when the key settles",
    arguments: [
      (AttemptOutcome.created, false), (.rejected, false), (.unknown, true), (.conflict, true),
      (.auth, true), (.unavailable, true),
    ])
  func pendingBodyLifetime(outcome: AttemptOutcome, kept: Bool) throws {
    let temporary = try TemporaryStore()
    let journal = temporary.store.journal
    let body = Data(#"{"email":"x"}"#.utf8)
    let begun = try journal.begin(start(key: "k1"), body: body)
    try journal.finish(begun.id, result: AttemptResult(outcome: outcome))
    #expect((try journal.pendingBody(forKey: "k1") != nil) == kept)
  }

  @Test("the first body stored for a key is the one kept")
  func firstBodyKept() throws {
    let temporary = try TemporaryStore()
    let journal = temporary.store.journal
    try journal.begin(start(key: "k1"), body: Data("first".utf8))
    try journal.begin(start(key: "k1"), body: Data("second".utf8))
    #expect(try journal.pendingBody(forKey: "k1") == Data("first".utf8))
  }

  @Test("attempts are grouped by applicant or draft, oldest first")
  func grouping() throws {
    let temporary = try TemporaryStore()
    let journal = temporary.store.journal
    let draft = DraftID.random()
    let a = try journal.begin(start(key: "k1", applicant: "alice"), body: nil)
    _ = try journal.begin(start(key: "k2", applicant: "bob"), body: nil)
    let c = try journal.begin(start(key: "k3", applicant: nil, draft: draft), body: nil)
    let d = try journal.begin(start(key: "k4", applicant: "alice", draft: draft), body: nil)
    #expect(try journal.attempts(applicant: "alice", draftID: nil).map(\.id) == [a.id, d.id])
    #expect(try journal.attempts(applicant: nil, draftID: draft).map(\.id) == [c.id, d.id])
    #expect(try journal.attempts(applicant: "alice", draftID: draft).map(\.id) == [a.id, c.id, d.id])
    #expect(try journal.attempts(applicant: nil, draftID: nil).isEmpty)
  }

  @Test("recent lists failures newest first; --all adds created ones")
  func recent() throws {
    let temporary = try TemporaryStore()
    let journal = temporary.store.journal
    var ids: [Int64] = []
    for (index, outcome) in [AttemptOutcome.created, .rejected, .unknown, .created].enumerated() {
      let begun = try journal.begin(start(key: "k\(index)"), body: nil)
      try journal.finish(begun.id, result: AttemptResult(outcome: outcome))
      ids.append(begun.id)
    }
    #expect(try journal.recent().map(\.id) == [ids[2], ids[1]])
    #expect(try journal.recent(includeCreated: true).map(\.id) == ids.reversed())
    #expect(try journal.recent(limit: 1, includeCreated: true).map(\.id) == [ids[3]])
  }

  @Test("the applicant fingerprint ignores case and spaces and depends on the store key")
  func fingerprint() throws {
    let temporary = try TemporaryStore()
    let journal = temporary.store.journal
    let one = journal.applicantFingerprint(email: "Maria.Gonzalez@Example.test ")
    #expect(one == journal.applicantFingerprint(email: "maria.gonzalez@example.test"))
    #expect(one != journal.applicantFingerprint(email: "ana.ruiz@example.test"))
    #expect(journal.applicantFingerprint(email: "  ") == nil)
    let other = try TemporaryStore()
    #expect(other.store.journal.applicantFingerprint(email: "maria.gonzalez@example.test") != one)
  }

  @Test("the body digest is the SHA-256 of sorted-key JSON")
  func digest() {
    let body: JSONValue = ["b": 1, "a": "x"]
    #expect(String(decoding: BodyDigest.canonicalBytes(of: body), as: UTF8.self) == #"{"a":"x","b":1}"#)
    #expect(
      BodyDigest.sha256Hex(of: body)
        == BodyDigest.sha256Hex(Data(#"{"a":"x","b":1}"#.utf8)))
    #expect(
      BodyDigest.sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
  }
}
