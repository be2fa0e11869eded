import Foundation
import GRDB
import KYCForm
import KiraModels
import Testing

@testable import KiraStore

@Suite("Store privacy: no applicant values in clear")
struct StorePrivacyTests {
  /// Every applicant value that must never appear in the raw files.
  static var secrets: [(String, Data)] {
    [
      ("first name", Data(Fixtures.firstName.utf8)),
      ("last name", Data(Fixtures.lastName.utf8)),
      ("email", Data(Fixtures.email.utf8)),
      ("document number", Data(Fixtures.documentNumber.utf8)),
      ("image bytes", Fixtures.imageBytes.subdata(in: 12..<76)),
      ("image base64", Data(Fixtures.imageBytes.base64EncodedString().prefix(64).utf8)),
    ]
  }

  @Test("the database, WAL and SHM hold no name, email, document number or image bytes")
  func draftsEncrypted() throws {
    let temporary = try TemporaryStore()
    var snapshot = DraftSnapshot(
      values: Fixtures.values(), step: .document, focusedField: "document.number",
      operatorName: "desk-7",
      lastError: DraftError(
        summary: "Kira: \(Fixtures.email) already exists", codes: ["resource_conflict"],
        fieldErrors: [
          .init(field: "email", path: "email", code: "resource_conflict", message: Fixtures.email)
        ]))
    // Many saves, as the wizard does on every field exit, so the WAL has frames.
    for step in StepID.allCases {
      snapshot.step = step
      try temporary.store.drafts.save(snapshot)
    }
    // The fixtures really are in the draft (the test could otherwise pass vacuously).
    let loaded = try #require(try temporary.store.drafts.load(snapshot.id))
    #expect(loaded.values["document.number"] == Fixtures.documentNumber)
    #expect(loaded.values["document.front_image"].contains(Fixtures.imageBytes.base64EncodedString()))

    let raw = temporary.rawDatabaseBytes()
    #expect(raw.count > 10_000)
    #expect(raw.containsText("M. G…"), "the masked name is the only trace of the name")
    for (what, bytes) in Self.secrets {
      #expect(!raw.containsBytes(bytes), "\(what) found in clear in the draft database")
    }
  }

  @Test("the journal holds codes, paths and hashes, no applicant value")
  func journalClean() throws {
    let temporary = try TemporaryStore()
    let journal = temporary.store.journal
    let body: JSONValue = [
      "type": "individual", "first_name": .string(Fixtures.firstName),
      "last_name": .string(Fixtures.lastName), "email": .string(Fixtures.email),
      "document_number": .string(Fixtures.documentNumber),
      "identifying_information": [
        ["type": "passport", "documents": [["type": "front", "file": .string(Fixtures.imageDataURI)]]]
      ],
    ]
    let canonical = BodyDigest.canonicalBytes(of: body)
    let applicant = try #require(journal.applicantFingerprint(email: Fixtures.email))
    let attempt = try journal.begin(
      AttemptStart(
        time: Date(), operatorName: "desk-7", environment: "sandbox", idempotencyKey: "key-1",
        bodySHA256: BodyDigest.sha256Hex(of: body), draftID: .random(), applicant: applicant),
      body: canonical)
    try journal.finish(
      attempt.id,
      result: AttemptResult(
        outcome: .unknown, errorCode: "timeout",
        fieldErrors: [.init(path: "identifying_information.0.number", code: "invalid_string")]))
    // While the outcome is open the body is kept, sealed, for a byte-exact replay.
    #expect(try journal.pendingBody(forKey: "key-1") == canonical)

    let raw = temporary.rawDatabaseBytes()
    #expect(raw.containsText("identifying_information.0.number"))
    #expect(!raw.containsText(Fixtures.email.lowercased()))
    for (what, bytes) in Self.secrets {
      #expect(!raw.containsBytes(bytes), "\(what) found in clear in the journal")
    }
  }

  @Test("a deleted draft leaves neither its sealed body nor its wrapped key in the files")
  func secureWipe() throws {
    let temporary = try TemporaryStore()
    let snapshot = DraftSnapshot(values: Fixtures.values(), operatorName: "desk-7")
    try temporary.store.drafts.save(snapshot)
    let (body, wrappedKey, attachment) = try temporary.store.database.queue.read { db in
      let row = try #require(
        try Row.fetchOne(
          db, sql: "SELECT body, wrapped_key FROM draft WHERE id = ?", arguments: [snapshot.id.rawValue]))
      let attachment = try #require(
        try Data.fetchOne(db, sql: "SELECT sealed FROM draft_attachment LIMIT 1"))
      return (row["body"] as Data, row["wrapped_key"] as Data, attachment)
    }
    #expect(temporary.rawDatabaseBytes().containsBytes(wrappedKey))

    try temporary.store.drafts.delete(snapshot.id)
    let raw = temporary.rawDatabaseBytes()
    #expect(!raw.containsBytes(body), "sealed body survived the wipe")
    #expect(!raw.containsBytes(wrappedKey), "wrapped data key survived the wipe")
    #expect(!raw.containsBytes(attachment.prefix(256)), "sealed attachment survived the wipe")
  }
}
