import Crypto
import Foundation
import GRDB
import KYCForm
import KiraModels

/// Encrypted drafts. Each draft has its own random AES-256 data key, stored
/// wrapped by the master key in the draft's row; the answers are sealed with
/// AES-GCM under it. Deleting the row (with SQLite's secure delete and a WAL
/// checkpoint) destroys the key material and the ciphertext.
///
/// `save` is one write transaction and is meant to run every time the
/// operator leaves a field.
public struct DraftStore: Sendable {
  let database: StoreDatabase
  let master: MasterKey
  private let tagCache = AttachmentTagCache()

  /// Creates a draft store on an open database.
  public init(database: StoreDatabase, master: MasterKey) {
    self.database = database
    self.master = master
  }

  // MARK: Writing

  /// Saves the whole snapshot in one transaction (insert or update).
  public func save(_ snapshot: DraftSnapshot) throws {
    let id = snapshot.id.rawValue
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    // Unsynced: a save comes with every field move; see `writeUnsynced`.
    try database.writeUnsynced { db in
      let dataKey = try dataKey(for: id, in: db)
      let tagKey = Self.tagKey(dataKey.key)
      var body = DraftBody(values: [:], extras: snapshot.values.extras, attachments: [:])
      var attachments: [String: String] = [:]
      for (field, value) in snapshot.values.values where !value.isEmpty {
        if value.utf8.count >= DraftBody.attachmentThreshold {
          let tag = tagCache.tag(
            draftID: id, field: field.rawValue, value: value, wrappedKey: dataKey.wrapped
          ) {
            StoreCipher.hmacHex(Data((field.rawValue + "\u{0}" + value).utf8), key: tagKey)
          }
          body.attachments[field.rawValue] = tag
          attachments[tag] = value
        } else {
          body.values[field.rawValue] = value
        }
      }
      let sealedBody = try StoreCipher.seal(
        encoder.encode(body), key: dataKey.key, context: "draft-body:" + id)
      let sealedError = try snapshot.lastError.map {
        try StoreCipher.seal(encoder.encode($0), key: dataKey.key, context: "draft-error:" + id)
      }
      let codes = String(decoding: try encoder.encode(snapshot.lastError?.codes ?? []), as: UTF8.self)
      try db.execute(
        sql: """
          INSERT INTO draft (id, kind, remote_user_id, step, focused_field, operator, created_at,
            updated_at, masked_name, error_codes, wrapped_key, body, last_error)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT(id) DO UPDATE SET kind = excluded.kind,
            remote_user_id = excluded.remote_user_id, step = excluded.step,
            focused_field = excluded.focused_field, operator = excluded.operator,
            created_at = excluded.created_at, updated_at = excluded.updated_at,
            masked_name = excluded.masked_name, error_codes = excluded.error_codes,
            body = excluded.body, last_error = excluded.last_error
          """,
        arguments: [
          id, snapshot.kind.columnValue, snapshot.kind.remoteUserID, snapshot.step.rawValue,
          snapshot.focusedField?.rawValue, snapshot.operatorName,
          snapshot.createdAt.timeIntervalSince1970, snapshot.updatedAt.timeIntervalSince1970,
          snapshot.maskedName, codes, dataKey.wrapped, sealedBody, sealedError,
        ])
      try syncAttachments(attachments, draftID: id, dataKey: dataKey.key, in: db)
    }
  }

  /// Replaces only the last error of a draft (after a submission attempt).
  public func recordError(_ error: DraftError?, for draftID: DraftID) throws {
    let id = draftID.rawValue
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    try database.write { db in
      guard try Self.exists(id, in: db) else { throw StoreError.draftNotFound(id) }
      let dataKey = try dataKey(for: id, in: db)
      let sealed = try error.map {
        try StoreCipher.seal(encoder.encode($0), key: dataKey.key, context: "draft-error:" + id)
      }
      let codes = String(decoding: try encoder.encode(error?.codes ?? []), as: UTF8.self)
      try db.execute(
        sql: "UPDATE draft SET last_error = ?, error_codes = ? WHERE id = ?",
        arguments: [sealed, codes, id])
    }
  }

  /// Securely wipes a draft: its row (with the wrapped data key) and its
  /// attachments; freed pages are zeroed and the WAL is checkpointed.
  /// Returns whether a draft was deleted.
  @discardableResult
  public func delete(_ draftID: DraftID) throws -> Bool {
    let deleted = try database.write { db in
      try db.execute(sql: "DELETE FROM draft WHERE id = ?", arguments: [draftID.rawValue])
      return db.changesCount > 0
    }
    tagCache.forget(draftIDs: [draftID.rawValue])
    if deleted { database.checkpointAndTruncate() }
    return deleted
  }

  /// Wipes every draft last saved more than `age` seconds before `now`;
  /// returns the ids removed.
  @discardableResult
  public func purge(olderThan age: TimeInterval, now: Date = Date()) throws -> [DraftID] {
    let cutoff = now.timeIntervalSince1970 - age
    let removed = try database.write { db in
      let ids = try String.fetchAll(
        db, sql: "SELECT id FROM draft WHERE updated_at < ? ORDER BY updated_at", arguments: [cutoff])
      try db.execute(sql: "DELETE FROM draft WHERE updated_at < ?", arguments: [cutoff])
      return ids.map(DraftID.init(rawValue:))
    }
    tagCache.forget(draftIDs: removed.map(\.rawValue))
    if !removed.isEmpty { database.checkpointAndTruncate() }
    return removed
  }

  // MARK: Reading

  /// Every draft, most recently saved first, from clear columns only.
  public func list() throws -> [DraftSummary] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, kind, remote_user_id, step, focused_field, operator, created_at, updated_at,
            masked_name, error_codes FROM draft ORDER BY updated_at DESC, id
          """
      ).map(Self.summary(from:))
    }
  }

  /// The full snapshot of a draft, decrypted; `nil` when there is none.
  public func load(_ draftID: DraftID) throws -> DraftSnapshot? {
    let id = draftID.rawValue
    return try database.read { db -> DraftSnapshot? in
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT * FROM draft WHERE id = ?", arguments: [id])
      else { return nil }
      let summary = Self.summary(from: row)
      let key = try StoreCipher.unwrapDataKey(
        row["wrapped_key"], master: master, context: "draft:" + id)
      let decoder = JSONDecoder()
      let body = try decode(
        DraftBody.self,
        from: StoreCipher.open(row["body"], key: key, context: "draft-body:" + id),
        decoder: decoder, what: "draft \(id)")
      var values = FormValues(values: [:], extras: body.extras)
      for (field, value) in body.values { values.values[FieldID(field)] = value }
      if !body.attachments.isEmpty {
        let sealedByTag = try Dictionary(
          Row.fetchAll(
            db, sql: "SELECT tag, sealed FROM draft_attachment WHERE draft_id = ?", arguments: [id]
          ).map { (row: Row) -> (String, Data) in (row["tag"], row["sealed"]) },
          uniquingKeysWith: { first, _ in first })
        for (field, tag) in body.attachments {
          guard let sealed = sealedByTag[tag] else {
            throw StoreError.decryptionFailed(what: "attachment of \(field) in draft \(id)")
          }
          let plain = try StoreCipher.open(sealed, key: key, context: "draft-attachment:\(id):\(tag)")
          values.values[FieldID(field)] = String(decoding: plain, as: UTF8.self)
        }
      }
      let lastError = try (row["last_error"] as Data?).map {
        try decode(
          DraftError.self,
          from: StoreCipher.open($0, key: key, context: "draft-error:" + id),
          decoder: decoder, what: "draft \(id) error")
      }
      return DraftSnapshot(
        id: summary.id, kind: summary.kind, values: values, step: summary.step,
        focusedField: summary.focusedField, operatorName: summary.operatorName,
        createdAt: summary.createdAt, updatedAt: summary.updatedAt, lastError: lastError)
    }
  }

  // MARK: Helpers

  /// The draft's data key (unwrapped) and its wrapped form; a new one for a new draft.
  private func dataKey(for id: String, in db: Database) throws -> (key: SymmetricKey, wrapped: Data) {
    if let wrapped = try Data.fetchOne(
      db, sql: "SELECT wrapped_key FROM draft WHERE id = ?", arguments: [id])
    {
      return (try StoreCipher.unwrapDataKey(wrapped, master: master, context: "draft:" + id), wrapped)
    }
    let (key, wrapped) = try StoreCipher.newDataKey(master: master, context: "draft:" + id)
    return (key, wrapped)
  }

  /// Writes the attachments that are new and drops those no longer referenced.
  private func syncAttachments(
    _ attachments: [String: String], draftID id: String, dataKey: SymmetricKey, in db: Database
  ) throws {
    let existing = Set(
      try String.fetchAll(
        db, sql: "SELECT tag FROM draft_attachment WHERE draft_id = ?", arguments: [id]))
    for (tag, value) in attachments where !existing.contains(tag) {
      let sealed = try StoreCipher.seal(
        Data(value.utf8), key: dataKey, context: "draft-attachment:\(id):\(tag)")
      try db.execute(
        sql: "INSERT INTO draft_attachment (draft_id, tag, sealed) VALUES (?, ?, ?)",
        arguments: [id, tag, sealed])
    }
    for tag in existing where attachments[tag] == nil {
      try db.execute(
        sql: "DELETE FROM draft_attachment WHERE draft_id = ? AND tag = ?", arguments: [id, tag])
    }
  }

  /// The key naming attachments: derived from the data key, so tags reveal
  /// nothing without it.
  private static func tagKey(_ dataKey: SymmetricKey) -> SymmetricKey {
    HKDF<SHA256>.deriveKey(
      inputKeyMaterial: dataKey, info: Data("draft-attachment-tag".utf8), outputByteCount: 32)
  }

  private static func exists(_ id: String, in db: Database) throws -> Bool {
    try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM draft WHERE id = ?)", arguments: [id]) ?? false
  }

  private static func summary(from row: Row) -> DraftSummary {
    let codesText: String = row["error_codes"]
    let codes = (try? JSONDecoder().decode([String].self, from: Data(codesText.utf8))) ?? []
    let focused: String? = row["focused_field"]
    return DraftSummary(
      id: DraftID(rawValue: row["id"]),
      kind: DraftKind(column: row["kind"], remoteUserID: row["remote_user_id"]),
      step: StepID(rawValue: row["step"]) ?? .verification,
      focusedField: focused.map(FieldID.init(rawValue:)),
      operatorName: row["operator"],
      createdAt: Date(timeIntervalSince1970: row["created_at"]),
      updatedAt: Date(timeIntervalSince1970: row["updated_at"]),
      maskedName: row["masked_name"], errorCodes: codes)
  }

  private func decode<T: Decodable>(
    _ type: T.Type, from data: Data, decoder: JSONDecoder, what: String
  ) throws -> T {
    do {
      return try decoder.decode(type, from: data)
    } catch {
      throw StoreError.decryptionFailed(what: what)
    }
  }
}
