import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraSandbox
import KiraStore
import Testing

/// `drafts`, `attempts`, `users` and `fix` run as real processes against a
/// store in a temporary folder and, for the Kira calls, an in-process sandbox.
@Suite("support commands (end to end)")
struct SupportCommandsTests {
  /// A temporary store folder, seeded through the KiraStore API.
  final class StoreFolder {
    let root: URL
    let location: StoreLocation

    init() throws {
      root = FileManager.default.temporaryDirectory
        .appendingPathComponent("kira-support-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      location = StoreLocation(directory: root.appendingPathComponent("store"))
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    var path: String { location.directory.path }

    func open() throws -> LocalStore { try LocalStore.open(at: location) }

    /// Runs the binary with `--store` pointing here.
    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> ExecutableRunner.Output {
      try ExecutableRunner.run(arguments + ["--store", path], environment: environment)
    }
  }

  static func values() -> FormValues {
    var values = FormValues()
    values["first_name"] = "Maria"
    values["last_name"] = "Gonzalez"
    values["email"] = "maria.gonzalez@example.test"
    values["document.number"] = "G12345678"
    return values
  }

  // MARK: drafts

  @Test("drafts list shows masked names, steps, ages and error codes, never the answers")
  func draftsList() throws {
    let folder = try StoreFolder()
    let store = try folder.open()
    let now = Date()
    try store.drafts.save(
      DraftSnapshot(
        values: Self.values(), step: .address, focusedField: "address_city", operatorName: "desk-7",
        createdAt: now.addingTimeInterval(-7_500),
        lastError: DraftError(summary: "Kira: maria.gonzalez@example.test", codes: ["validation_error"])))
    try store.drafts.save(DraftSnapshot(operatorName: "desk-9", createdAt: now.addingTimeInterval(-30)))

    let output = try folder.run(["drafts", "list"])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("ID"))
    #expect(lines[1].contains("(no name)") && lines[1].contains("desk-9"))
    #expect(lines[2].contains("M. G…") && lines[2].contains("Address (4/8)"))
    #expect(lines[2].contains("2h 5m") && lines[2].contains("validation_error"))
    for secret in ["Maria", "Gonzalez", "maria.gonzalez", "G12345678"] {
      #expect(!output.stdout.contains(secret))
    }

    let json = try folder.run(["drafts", "list", "--json"])
    let rows = try #require(try JSONValue.parse(Data(json.stdout.utf8)).arrayValue)
    #expect(rows.count == 2)
    #expect(rows[1]["step"] == "address")
    #expect(rows[1]["focused_field"] == "address_city")
    #expect(rows[1]["masked_name"] == "M. G…")
    #expect(rows[1]["operator"] == "desk-7")
  }

  @Test("drafts purge wipes old drafts; drafts delete wipes one; expired drafts go when the store opens")
  func draftsPurgeAndDelete() throws {
    let folder = try StoreFolder()
    let store = try folder.open()
    let now = Date()
    let old = DraftSnapshot(operatorName: "a", createdAt: now.addingTimeInterval(-3 * 86_400))
    let recent = DraftSnapshot(operatorName: "b", createdAt: now.addingTimeInterval(-600))
    let expired = DraftSnapshot(operatorName: "c", createdAt: now.addingTimeInterval(-10 * 86_400))
    for draft in [old, recent, expired] { try store.drafts.save(draft) }

    let list = try folder.run(["drafts", "list"])
    #expect(!list.stdout.contains(expired.id.rawValue), "older than the default 7d: wiped on open")
    #expect(try store.drafts.load(expired.id) == nil)

    let purge = try folder.run(["drafts", "purge", "--older-than", "2d"])
    #expect(purge.status == 0)
    #expect(purge.stdout.contains("Purged 1 draft older than 2d."))
    #expect(purge.stdout.contains(old.id.rawValue))
    #expect(try store.drafts.list().map(\.id) == [recent.id])

    let delete = try folder.run(["drafts", "delete", recent.id.rawValue])
    #expect(delete.status == 0)
    #expect(try store.drafts.list().isEmpty)
    let again = try folder.run(["drafts", "delete", recent.id.rawValue])
    #expect(again.status == 66)
    #expect(again.stderr.contains("no draft with id \(recent.id.rawValue)"))

    let bad = try folder.run(["drafts", "purge", "--older-than", "soon"])
    #expect(bad.status == 64)
  }

  @Test("a key file readable by others stops every store command with the exact chmod")
  func keyFileRefused() throws {
    let folder = try StoreFolder()
    _ = try folder.open()
    let keyPath = folder.location.keyFileURL.path
    #expect(chmod(keyPath, 0o640) == 0)
    for arguments in [["drafts", "list"], ["attempts"]] {
      let output = try folder.run(arguments)
      #expect(output.status == 77)
      #expect(output.stderr.contains("Run: chmod 600 \(keyPath)"))
      #expect(output.stdout.isEmpty)
    }
  }

  @Test("the store folder honours KIRA_ONBOARD_STORE and is created owner-only")
  func environmentLocation() throws {
    let folder = try StoreFolder()
    let output = try ExecutableRunner.run(
      ["drafts", "list"], environment: ["KIRA_ONBOARD_STORE": folder.path])
    #expect(output.status == 0)
    var info = stat()
    #expect(stat(folder.path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o700)
    #expect(stat(folder.location.keyFileURL.path, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  // MARK: attempts

  @Test("attempts lists failed and unknown attempts with paths, codes, keys and the next step")
  func attempts() throws {
    let folder = try StoreFolder()
    let journal = try folder.open().journal
    func record(_ key: String, _ result: AttemptResult) throws {
      let begun = try journal.begin(
        AttemptStart(
          time: Date(timeIntervalSince1970: 1_800_000_000), operatorName: "desk-7",
          environment: "sandbox", idempotencyKey: key, bodySHA256: String(repeating: "ab", count: 32),
          draftID: DraftID(rawValue: "draft-1"),
          applicant: journal.applicantFingerprint(email: "maria.gonzalez@example.test")),
        body: Data("{}".utf8))
      try journal.finish(begun.id, result: result)
    }
    try record(
      "key-rejected",
      AttemptResult(
        outcome: .rejected, httpStatus: 400, errorCode: "validation_error",
        fieldErrors: [.init(path: "identifying_information.0.number", code: "custom")]))
    try record("key-unknown", AttemptResult(outcome: .unknown, errorCode: "timedOut"))
    try record("key-created", AttemptResult(outcome: .created, httpStatus: 201, userID: "user-1"))

    let output = try folder.run(["attempts"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("#2  2027-01-15 08:00:00Z  unknown (timedOut)"))
    #expect(output.stdout.contains("rejected (HTTP 400 validation_error)"))
    #expect(output.stdout.contains("identifying_information.0.number [custom]"))
    #expect(output.stdout.contains("key key-unknown"))
    #expect(output.stdout.contains("next: submit again: the same body goes out under the same key"))
    #expect(!output.stdout.contains("key-created"))
    #expect(output.stdout.range(of: "#2")!.lowerBound < output.stdout.range(of: "#1")!.lowerBound)

    let all = try folder.run(["attempts", "--all", "--json"])
    let rows = try #require(try JSONValue.parse(Data(all.stdout.utf8)).arrayValue)
    #expect(rows.map { $0["outcome"] } == ["created", "unknown", "rejected"])
    #expect(rows[0]["user_id"] == "user-1")
    #expect(rows[2]["field_errors"] == [["path": "identifying_information.0.number", "code": "custom"]])
    #expect(rows[2]["idempotency_key"] == "key-rejected")
    #expect(!all.stdout.contains("maria"))
  }
}
