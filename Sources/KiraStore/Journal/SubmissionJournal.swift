import Crypto
import Foundation
import GRDB
import KiraClient
import KiraModels

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

  /// What `claim` decided, in the same transaction that recorded it.
  public enum Claim: Sendable {
    /// Nothing may be sent (a user exists, or this exact body was rejected).
    case refused(SubmissionDecision)
    /// Another process is sending under `idempotencyKey` right now: wait
    /// until its lock is free (`FileLock.waitUntilFree(lockPath)`), then claim again.
    case busy(idempotencyKey: String, lockPath: String)
    /// The attempt is recorded and this process holds the key's lock: send
    /// `body` under `attempt.idempotencyKey`, finish the attempt, release `lock`.
    case begun(attempt: AttemptRecord, body: JSONValue, lock: FileLock, replay: Bool)
  }

  /// The folder of the per-key send locks, beside the database.
  var locksDirectory: URL {
    URL(fileURLWithPath: database.path).deletingLastPathComponent().appendingPathComponent("locks")
  }

  /// The lock file held while a create goes out under `idempotencyKey`.
  func lockPath(forKey idempotencyKey: String) throws -> String {
    try FilePermissions.prepareDirectory(locksDirectory)
    let name = StoreCipher.hmacHex(
      Data(idempotencyKey.utf8), key: StoreCipher.derivedKey(master: master, purpose: "key-lock"))
    return locksDirectory.appendingPathComponent("key-" + name.prefix(32) + ".lock").path
  }

  /// Decides which idempotency key `body` gets and records the attempt, in
  /// ONE `BEGIN IMMEDIATE` transaction: two processes on one store never both
  /// issue a key for one applicant. An open key (unknown outcome) is
  /// replayed with its kept body; an open key another process is sending
  /// right now is `busy`; a fresh key comes from `makeKey` only when the
  /// policy says `sendNew`.
  public func claim(
    body: JSONValue, applicant: String?, draftID: DraftID?, environment: String,
    operatorName: String, time: Date, makeKey: () -> String
  ) throws -> Claim {
    try database.writeImmediate { db -> Claim in
      let history = try Self.attempts(db, applicant: applicant, draftID: draftID, environment: environment)
      let key: String
      var toSend = body
      var replay = false
      let decision = ResubmissionPolicy.decide(history: history, bodySHA256: BodyDigest.sha256Hex(of: body))
      switch decision {
      case .refuseCreated, .refuseUnchanged:
        return .refused(decision)
      case .replay(let openKey, _):
        key = openKey
        replay = true
        if let sealed = try Data.fetchOne(
          db, sql: "SELECT sealed FROM pending_body WHERE idempotency_key = ?", arguments: [openKey])
        {
          let kept = try StoreCipher.open(sealed, key: master.key, context: "pending-body:" + openKey)
          // Without the kept body, the new body under the SAME key is still
          // safe: Kira either never saw the key (one create) or answers 409.
          toSend = (try? JSONValue.parse(kept)) ?? body
        }
      case .sendNew:
        key = makeKey()
      }
      let path = try lockPath(forKey: key)
      guard let lock = try FileLock.tryAcquire(path) else {
        return .busy(idempotencyKey: key, lockPath: path)
      }
      let start = AttemptStart(
        time: time, operatorName: operatorName, environment: KiraEndpoint.canonicalEnvironment(environment),
        idempotencyKey: key,
        bodySHA256: BodyDigest.sha256Hex(of: toSend), draftID: draftID, applicant: applicant)
      let record = try insert(db, start, body: BodyDigest.canonicalBytes(of: toSend))
      return .begun(attempt: record, body: toSend, lock: lock, replay: replay)
    }
  }

  /// Records an attempt about to be sent (outcome `unknown`, not finished) and,
  /// when given, seals `body` as the key's replayable body (the first body
  /// stored for a key is kept).
  @discardableResult
  public func begin(_ start: AttemptStart, body: Data?) throws -> AttemptRecord {
    try database.write { db in try insert(db, start, body: body) }
  }

  private func insert(_ db: Database, _ start: AttemptStart, body: Data?) throws -> AttemptRecord {
    let sealed = try body.map {
      try StoreCipher.seal($0, key: master.key, context: "pending-body:" + start.idempotencyKey)
    }
    let id = try { () throws -> Int64 in
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
    }()
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
    try database.read { db in
      try Self.attempts(db, applicant: applicant, draftID: draftID, environment: environment)
    }
  }

  private static func attempts(
    _ db: Database, applicant: String?, draftID: DraftID?, environment: String?
  ) throws -> [AttemptRecord] {
    guard applicant != nil || draftID != nil else { return [] }
    let all = try Row.fetchAll(
      db,
      sql: """
        SELECT * FROM attempt WHERE ((applicant IS NOT NULL AND applicant = ?)
          OR (draft_id IS NOT NULL AND draft_id = ?)) ORDER BY id
        """,
      arguments: [applicant, draftID?.rawValue]
    ).map(Self.record(from:))
    guard let environment else { return all }
    // Compared in canonical form, so rows written under another spelling of
    // the same base URL (`127.0.0.1` and `localhost`, a trailing slash, an
    // explicit default port) belong to the same history.
    let wanted = KiraEndpoint.canonicalEnvironment(environment)
    return all.filter { KiraEndpoint.canonicalEnvironment($0.environment) == wanted }
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
