import Foundation
import GRDB
import KYCForm
import Testing

@testable import KiraStore

@Suite("Draft store")
struct DraftStoreTests {
  @Test("save then load restores every answer, the step, the focus and the last error")
  func roundTrip() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    let created = Date(timeIntervalSince1970: 1_800_000_000)
    let error = DraftError(
      summary: "Kira rejected 1 field", codes: ["validation_error", "invalid_string"],
      fieldErrors: [
        .init(field: "birth_date", path: "birth_date", code: "invalid_string", message: "Invalid")
      ])
    let snapshot = DraftSnapshot(
      kind: .fix(remoteUserID: "0b5e6f7a-1111-4c2d-9e3f-000000000001"), values: Fixtures.values(),
      step: .document, focusedField: "document.number", operatorName: "desk-7", createdAt: created,
      updatedAt: created.addingTimeInterval(90), lastError: error)
    try drafts.save(snapshot)

    let loaded = try #require(try drafts.load(snapshot.id))
    #expect(loaded == snapshot)
    #expect(loaded.values["document.front_image"] == Fixtures.imageDataURI)
    #expect(loaded.values.extras["income_source"] == "consulting")
  }

  @Test("saving again updates in place and keeps one row")
  func update() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    var snapshot = DraftSnapshot(
      operatorName: "desk-7", createdAt: Date(timeIntervalSince1970: 1_800_000_000))
    try drafts.save(snapshot)
    snapshot.values["first_name"] = "Maria"
    snapshot.step = .identity
    snapshot.focusedField = "last_name"
    snapshot.updatedAt = snapshot.updatedAt.addingTimeInterval(5)
    try drafts.save(snapshot)

    let list = try drafts.list()
    #expect(list.count == 1)
    #expect(list.first?.maskedName == "M…")
    #expect(list.first?.step == .identity)
    #expect(try drafts.load(snapshot.id) == snapshot)
  }

  @Test("list is newest first and reads only clear columns")
  func listOrder() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    let base = Date(timeIntervalSince1970: 1_800_000_000)
    var ids: [DraftID] = []
    for offset in 0..<3 {
      let snapshot = DraftSnapshot(
        values: Fixtures.values(withImage: false), step: .contact, operatorName: "desk-\(offset)",
        createdAt: base, updatedAt: base.addingTimeInterval(Double(offset) * 60),
        lastError: offset == 1 ? DraftError(summary: "x", codes: ["timeout"]) : nil)
      try drafts.save(snapshot)
      ids.append(snapshot.id)
    }
    let list = try drafts.list()
    #expect(list.map(\.id) == ids.reversed())
    #expect(list.map(\.operatorName) == ["desk-2", "desk-1", "desk-0"])
    #expect(list[1].errorCodes == ["timeout"])
    #expect(list[0].errorCodes.isEmpty)
    #expect(list.allSatisfy { $0.maskedName == "M. G…" })
  }

  @Test("a changed document image replaces its attachment; the old one is dropped")
  func attachments() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    var snapshot = DraftSnapshot(values: Fixtures.values(), operatorName: "desk-7")
    try drafts.save(snapshot)
    try drafts.save(snapshot)  // unchanged: the attachment is not rewritten
    #expect(try attachmentCount(temporary) == 1)

    let other = "data:image/png;base64," + Data(repeating: 0x5A, count: 5000).base64EncodedString()
    snapshot.values["document.back_image"] = other
    try drafts.save(snapshot)
    #expect(try attachmentCount(temporary) == 2)

    snapshot.values["document.front_image"] = "/home/op/scans/front.jpg"
    try drafts.save(snapshot)
    #expect(try attachmentCount(temporary) == 1)
    let loaded = try #require(try drafts.load(snapshot.id))
    #expect(loaded.values["document.back_image"] == other)
    #expect(loaded.values["document.front_image"] == "/home/op/scans/front.jpg")
  }

  @Test("a wiped draft saved again under the same id gets a new key and still opens")
  func resaveAfterWipe() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    let snapshot = DraftSnapshot(
      values: Fixtures.values(), operatorName: "desk-7", createdAt: Date(timeIntervalSince1970: 1_800_000_000)
    )
    try drafts.save(snapshot)
    try drafts.delete(snapshot.id)
    try drafts.save(snapshot)
    #expect(try drafts.load(snapshot.id) == snapshot)
    // Another store instance (another process) reads what this one wrote.
    let reopened = try LocalStore.open(at: temporary.location)
    #expect(try reopened.drafts.load(snapshot.id) == snapshot)
  }

  @Test("recordError replaces only the last error")
  func recordError() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    let snapshot = DraftSnapshot(values: Fixtures.values(withImage: false), operatorName: "desk-7")
    try drafts.save(snapshot)
    let error = DraftError(summary: "Kira said no", codes: ["invalid_enum_value"])
    try drafts.recordError(error, for: snapshot.id)
    let loaded = try #require(try drafts.load(snapshot.id))
    #expect(loaded.lastError == error)
    #expect(loaded.values == snapshot.values)
    #expect(try drafts.list().first?.errorCodes == ["invalid_enum_value"])
    #expect(throws: StoreError.draftNotFound("nope")) {
      try drafts.recordError(error, for: DraftID(rawValue: "nope"))
    }
  }

  @Test("delete wipes the row and its attachments")
  func delete() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    let snapshot = DraftSnapshot(values: Fixtures.values(), operatorName: "desk-7")
    try drafts.save(snapshot)
    #expect(try drafts.delete(snapshot.id))
    #expect(try drafts.load(snapshot.id) == nil)
    #expect(try drafts.list().isEmpty)
    #expect(try attachmentCount(temporary) == 0)
    #expect(try !drafts.delete(snapshot.id))
  }

  @Test("purge removes drafts older than the age and keeps the rest")
  func purge() throws {
    let temporary = try TemporaryStore()
    let drafts = temporary.store.drafts
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let old = DraftSnapshot(operatorName: "a", createdAt: now.addingTimeInterval(-8 * 86_400))
    let edge = DraftSnapshot(operatorName: "b", createdAt: now.addingTimeInterval(-7 * 86_400))
    let fresh = DraftSnapshot(operatorName: "c", createdAt: now.addingTimeInterval(-3_600))
    for snapshot in [old, edge, fresh] { try drafts.save(snapshot) }

    let removed = try drafts.purge(olderThan: RetentionAge.defaultDraftAge.seconds, now: now)
    #expect(removed == [old.id])
    #expect(Set(try drafts.list().map(\.id)) == [edge.id, fresh.id])
    #expect(try drafts.purge(olderThan: 2 * 3_600, now: now) == [edge.id])
    #expect(try drafts.list().map(\.id) == [fresh.id])
  }

  @Test("a draft sealed under one store key does not open under another")
  func wrongKey() throws {
    let temporary = try TemporaryStore()
    let snapshot = DraftSnapshot(values: Fixtures.values(withImage: false), operatorName: "desk-7")
    try temporary.store.drafts.save(snapshot)
    let otherKey = MasterKey(key: .init(size: .bits256))
    let foreign = DraftStore(database: temporary.store.database, master: otherKey)
    #expect(throws: StoreError.self) { try foreign.load(snapshot.id) }
  }

  private func attachmentCount(_ temporary: TemporaryStore) throws -> Int {
    try temporary.store.database.queue.read { db in
      try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM draft_attachment") ?? -1
    }
  }
}
