import GRDB

/// The store's schema, one registered migration per version. Only non-PII
/// values are kept in clear columns; every applicant value lives in a sealed
/// (AES-GCM) blob.
enum StoreMigrations {
  /// The migrator applied every time the store opens.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1-drafts-and-journal") { db in
      try db.create(table: "draft") { table in
        table.primaryKey("id", .text)
        table.column("kind", .text).notNull()
        table.column("remote_user_id", .text)
        table.column("step", .text).notNull()
        table.column("focused_field", .text)
        table.column("operator", .text).notNull()
        table.column("created_at", .double).notNull()
        table.column("updated_at", .double).notNull().indexed()
        table.column("masked_name", .text).notNull()
        table.column("error_codes", .text).notNull().defaults(to: "[]")
        // Per-draft data key, wrapped by the master key: deleting the row
        // makes the sealed body unreadable even if old pages survive.
        table.column("wrapped_key", .blob).notNull()
        table.column("body", .blob).notNull()
        table.column("last_error", .blob)
      }
      try db.create(table: "draft_attachment") { table in
        table.column("draft_id", .text).notNull()
          .references("draft", onDelete: .cascade)
        table.column("tag", .text).notNull()
        table.column("sealed", .blob).notNull()
        table.primaryKey(["draft_id", "tag"])
      }
      try db.create(table: "attempt") { table in
        table.autoIncrementedPrimaryKey("id")
        table.column("started_at", .double).notNull()
        table.column("finished_at", .double)
        table.column("operator", .text).notNull()
        table.column("environment", .text).notNull()
        table.column("idempotency_key", .text).notNull().indexed()
        table.column("body_sha256", .text).notNull()
        table.column("http_status", .integer)
        table.column("error_code", .text)
        table.column("field_errors", .text).notNull().defaults(to: "[]")
        table.column("user_id", .text)
        table.column("outcome", .text).notNull()
        table.column("draft_id", .text).indexed()
        table.column("applicant", .text).indexed()
      }
      // The body sent under an idempotency key whose outcome is not yet
      // known, sealed, so an unknown outcome can be replayed byte for byte.
      // Wiped as soon as the key is settled (created or definitely rejected).
      try db.create(table: "pending_body") { table in
        table.primaryKey("idempotency_key", .text)
        table.column("sealed", .blob).notNull()
      }
    }
    // Kira's GET /v1/countries per base URL, with its age (reference data, clear).
    migrator.registerMigration("v2-country-cache") { db in
      try db.create(table: "country_cache") { table in
        table.primaryKey("environment", .text)
        table.column("fetched_at", .double).notNull()
        table.column("countries", .text).notNull()
      }
    }
    // Kira's user events from `webhooks listen`: ids, names, times, reasons (no other customer data).
    migrator.registerMigration("v3-webhook-events") { db in
      try db.create(table: "webhook_events") { table in
        table.primaryKey("event_id", .text)
        table.column("event", .text).notNull()
        table.column("user_id", .text)
        table.column("received_at", .double).notNull()
        table.column("reasons", .text).notNull()
      }
      try db.create(index: "webhook_events_user", on: "webhook_events", columns: ["user_id"])
    }
    return migrator
  }
}
