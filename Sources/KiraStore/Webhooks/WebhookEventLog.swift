import Foundation
import GRDB
import KiraClient

/// Kira's user events received by `kira-onboard webhooks listen`: event,
/// user id, event id, time and the cleaned reasons, nothing else
/// (`webhook_events`, migration `v3-webhook-events`). The event id is the key:
/// an event delivered twice is kept once.
public struct WebhookEventLog: Sendable {
  let database: StoreDatabase

  /// Keeps `event`; false when its event id was already kept (a duplicate).
  @discardableResult
  public func record(_ event: WebhookEvent) throws -> Bool {
    let reasons = String(decoding: try JSONEncoder().encode(event.reasons), as: UTF8.self)
    return try database.write { db in
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO webhook_events (event_id, event, user_id, received_at, reasons)
          VALUES (?, ?, ?, ?, ?)
          """,
        arguments: [
          event.eventID, event.event, event.userID, event.receivedAt.timeIntervalSince1970, reasons,
        ])
      return db.changesCount > 0
    }
  }

  /// The events kept, oldest first; only `userID`'s when given; at most `limit`, the newest.
  public func events(userID: String? = nil, limit: Int = 200) throws -> [WebhookEvent] {
    try database.read { db in
      let rows =
        if let userID {
          try Row.fetchAll(
            db,
            sql: "SELECT * FROM webhook_events WHERE user_id = ? ORDER BY received_at DESC, event_id LIMIT ?",
            arguments: [userID, limit])
        } else {
          try Row.fetchAll(
            db, sql: "SELECT * FROM webhook_events ORDER BY received_at DESC, event_id LIMIT ?",
            arguments: [limit])
        }
      return rows.reversed().map { row in
        let text: String = row["reasons"] ?? "[]"
        let reasons = (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? []
        return WebhookEvent(
          event: row["event"], userID: row["user_id"], eventID: row["event_id"],
          receivedAt: Date(timeIntervalSince1970: row["received_at"]), reasons: reasons)
      }
    }
  }
}

extension LocalStore {
  /// The webhook events received on this desk.
  public var webhookEvents: WebhookEventLog { WebhookEventLog(database: database) }
}
