import Crypto
import Foundation
import GRDB

/// Every submission attempt, written before the request leaves (outcome
/// `unknown`) and completed when the answer comes back, so a crash mid-request
/// still leaves a row that says "retry with this key".
///
/// Clear columns hold no applicant values. The body sent under a key whose
/// outcome is still open is kept sealed (AES-GCM under the master key) so it
/// can be replayed byte for byte; it is wiped when the key settles.
public struct SubmissionJournal: Sendable {
  let database: StoreDatabase
  let master: MasterKey

  /// Creates a journal on an open database.
  public init(database: StoreDatabase, master: MasterKey) {
    self.database = database
    self.master = master
  }

  /// Keyed fingerprint of an e-mail address (trimmed, lower-cased): groups
  /// attempts for one applicant without storing the address. `nil` for "".
  public func applicantFingerprint(email: String) -> String? {
    let normalized = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    guard !normalized.isEmpty else { return nil }
    let key = StoreCipher.derivedKey(master: master, purpose: "applicant-fingerprint")
    return StoreCipher.hmacHex(Data(normalized.utf8), key: key)
  }

  /// Records an attempt about to be sent (outcome `unknown`, not finished) and,
  /// when given, seals `body` as the key's replayable body (the first body
  /// stored for a key is kept).
  @discardableResult
  public func begin(_ start: AttemptStart, body: Data?) throws -> AttemptRecord {
    let sealed = try body.map {
      try StoreCipher.seal($0, key: master.key, context: "pending-body:" + start.idempotencyKey)
    }
    let id = try database.write { db -> Int64 in
      try db.execute(
        sql: """
          INSERT INTO attempt (started_at, operator, environment, idempotency_key, body_sha256,
            outcome, draft_id, applicant) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          start.time.timeIntervalSince1970, start.operatorName, start.environment,
          start.idempotencyKey, start.bodySHA256, AttemptOutcome.unknown.rawValue,
          start.draftID?.rawValue, start.applicant,
        ])
      let id = db.lastInsertedRowID
      if let sealed {
        try db.execute(
          sql: "INSERT OR IGNORE INTO pending_body (idempotency_key, sealed) VALUES (?, ?)",
          arguments: [start.idempotencyKey, sealed])
      }
      return id
    }
    return AttemptRecord(
      id: id, startedAt: start.time, finishedAt: nil, operatorName: start.operatorName,
      environment: start.environment, idempotencyKey: start.idempotencyKey,
      bodySHA256: start.bodySHA256, httpStatus: nil, errorCode: nil, fieldErrors: [], userID: nil,
      outcome: .unknown, draftID: start.draftID, applicant: start.applicant)
  }

  /// Completes an attempt. When the outcome settles the key (created or
  /// rejected) the sealed body kept for it is wiped.
  @discardableResult
  public func finish(_ attemptID: Int64, result: AttemptResult, at time: Date = Date()) throws
    -> AttemptRecord
  {
    let fieldErrors = String(decoding: try JSONEncoder().encode(result.fieldErrors), as: UTF8.self)
    let (record, wiped) = try database.write { db -> (AttemptRecord, Bool) in
      try db.execute(
        sql: """
          UPDATE attempt SET finished_at = ?, http_status = ?, error_code = ?, field_errors = ?,
            user_id = ?, outcome = ? WHERE id = ?
          """,
        arguments: [
          time.timeIntervalSince1970, result.httpStatus, result.errorCode, fieldErrors,
          result.userID, result.outcome.rawValue, attemptID,
        ])
      guard
        let row = try Row.fetchOne(db, sql: "SELECT * FROM attempt WHERE id = ?", arguments: [attemptID])
      else { throw StoreError.database(reason: "no journal attempt \(attemptID)") }
      let record = Self.record(from: row)
      var wiped = false
      if result.outcome.settlesKey {
        try db.execute(
          sql: "DELETE FROM pending_body WHERE idempotency_key = ?", arguments: [record.idempotencyKey])
        wiped = db.changesCount > 0
      }
      return (record, wiped)
    }
    if wiped { database.checkpointAndTruncate() }
    return record
  }

  /// The sealed body kept for an idempotency key whose outcome is open.
  public func pendingBody(forKey idempotencyKey: String) throws -> Data? {
    let sealed = try database.read { db in
      try Data.fetchOne(
        db, sql: "SELECT sealed FROM pending_body WHERE idempotency_key = ?",
        arguments: [idempotencyKey])
    }
    return try sealed.map {
      try StoreCipher.open($0, key: master.key, context: "pending-body:" + idempotencyKey)
    }
  }

  /// Attempts for one applicant (same e-mail fingerprint) or one draft,
  /// oldest first; only those made in `environment` when it is given.
  public func attempts(
    applicant: String?, draftID: DraftID?, environment: String? = nil
  ) throws -> [AttemptRecord] {
    guard applicant != nil || draftID != nil else { return [] }
    return try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM attempt WHERE ((applicant IS NOT NULL AND applicant = ?)
            OR (draft_id IS NOT NULL AND draft_id = ?)) AND (? IS NULL OR environment = ?) ORDER BY id
          """,
        arguments: [applicant, draftID?.rawValue, environment, environment]
      ).map(Self.record(from:))
    }
  }

  /// The most recent attempts, newest first; without `includeCreated`, only
  /// those that did not create a user (failed or unknown).
  public func recent(limit: Int = 20, includeCreated: Bool = false) throws -> [AttemptRecord] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM attempt WHERE (? OR outcome != 'created') ORDER BY id DESC LIMIT ?
          """,
        arguments: [includeCreated, max(0, limit)]
      ).map(Self.record(from:))
    }
  }

  /// One attempt by id.
  public func attempt(id: Int64) throws -> AttemptRecord? {
    try database.read { db in
      try Row.fetchOne(db, sql: "SELECT * FROM attempt WHERE id = ?", arguments: [id])
        .map(Self.record(from:))
    }
  }

  // MARK: Helpers

  private static func record(from row: Row) -> AttemptRecord {
    let fieldErrorsText: String = row["field_errors"]
    let fieldErrors =
      (try? JSONDecoder().decode([AttemptRecord.FieldError].self, from: Data(fieldErrorsText.utf8)))
      ?? []
    let finished: Double? = row["finished_at"]
    let draft: String? = row["draft_id"]
    let outcome: String = row["outcome"]
    return AttemptRecord(
      id: row["id"], startedAt: Date(timeIntervalSince1970: row["started_at"]),
      finishedAt: finished.map(Date.init(timeIntervalSince1970:)), operatorName: row["operator"],
      environment: row["environment"], idempotencyKey: row["idempotency_key"],
      bodySHA256: row["body_sha256"], httpStatus: row["http_status"], errorCode: row["error_code"],
      fieldErrors: fieldErrors, userID: row["user_id"],
      outcome: AttemptOutcome(rawValue: outcome) ?? .unknown,
      draftID: draft.map(DraftID.init(rawValue:)), applicant: row["applicant"])
  }
}
