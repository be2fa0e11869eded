import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraNetwork
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
    func run(_ arguments: [String]) async throws -> ExecutableRunner.Output {
      try await ExecutableRunner.run(arguments + ["--store", path])
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
  func draftsList() async throws {
    let folder = try StoreFolder()
    let store = try folder.open()
    let now = Date()
    try store.drafts.save(
      DraftSnapshot(
        values: Self.values(), step: .address, focusedField: "address_city", operatorName: "desk-7",
        createdAt: now.addingTimeInterval(-7_500),
        lastError: DraftError(summary: "Kira: maria.gonzalez@example.test", codes: ["validation_error"])))
    try store.drafts.save(DraftSnapshot(operatorName: "desk-9", createdAt: now.addingTimeInterval(-30)))

    let output = try await folder.run(["drafts", "list"])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("ID"))
    #expect(lines[1].contains("(no name)") && lines[1].contains("desk-9"))
    #expect(lines[2].contains("M. G…") && lines[2].contains("4/8 Address"))
    #expect(lines[2].contains("2h 5m") && lines[2].contains("validation_error"))
    for secret in ["Maria", "Gonzalez", "maria.gonzalez", "G12345678"] {
      #expect(!output.stdout.contains(secret))
    }

    let json = try await folder.run(["drafts", "list", "--json"])
    let rows = try #require(try JSONValue.parse(Data(json.stdout.utf8)).arrayValue)
    #expect(rows.count == 2)
    #expect(rows[1]["step"] == "address")
    #expect(rows[1]["focused_field"] == "address_city")
    #expect(rows[1]["masked_name"] == "M. G…")
    #expect(rows[1]["operator"] == "desk-7")
  }

  @Test("drafts purge wipes old drafts; drafts delete wipes one; expired drafts go when the store opens")
  func draftsPurgeAndDelete() async throws {
    let folder = try StoreFolder()
    let store = try folder.open()
    let now = Date()
    let old = DraftSnapshot(operatorName: "a", createdAt: now.addingTimeInterval(-3 * 86_400))
    let recent = DraftSnapshot(operatorName: "b", createdAt: now.addingTimeInterval(-600))
    let expired = DraftSnapshot(operatorName: "c", createdAt: now.addingTimeInterval(-10 * 86_400))
    for draft in [old, recent, expired] { try store.drafts.save(draft) }

    let list = try await folder.run(["drafts", "list"])
    #expect(!list.stdout.contains(expired.id.rawValue), "older than the default 7d: wiped on open")
    #expect(try store.drafts.load(expired.id) == nil)

    let purge = try await folder.run(["drafts", "purge", "--older-than", "2d"])
    #expect(purge.status == 0)
    #expect(purge.stdout.contains("Purged 1 draft older than 2d."))
    #expect(purge.stdout.contains(old.id.rawValue))
    #expect(try store.drafts.list().map(\.id) == [recent.id])

    let delete = try await folder.run(["drafts", "delete", recent.id.rawValue])
    #expect(delete.status == 0)
    #expect(try store.drafts.list().isEmpty)
    let again = try await folder.run(["drafts", "delete", recent.id.rawValue])
    #expect(again.status == 66)
    #expect(again.stderr.contains("no draft with id \(recent.id.rawValue)"))

    let bad = try await folder.run(["drafts", "purge", "--older-than", "soon"])
    #expect(bad.status == 64)
  }

  @Test("a key file readable by others stops every store command with the exact chmod")
  func keyFileRefused() async throws {
    let folder = try StoreFolder()
    _ = try folder.open()
    let keyPath = folder.location.keyFileURL.path
    #expect(chmod(keyPath, 0o640) == 0)
    for arguments in [["drafts", "list"], ["attempts"]] {
      let output = try await folder.run(arguments)
      #expect(output.status == 77)
      #expect(output.stderr.contains("Run: chmod 600 \(keyPath)"))
      #expect(output.stdout.isEmpty)
    }
  }

  @Test("the store folder honours KIRA_ONBOARD_STORE and is created owner-only")
  func environmentLocation() async throws {
    let folder = try StoreFolder()
    let output = try await ExecutableRunner.run(
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
  func attempts() async throws {
    let folder = try StoreFolder()
    let journal = try folder.open().journal
    func record(_ key: String, _ result: AttemptResult, email: String = "maria.gonzalez@example.test") throws
    {
      let begun = try journal.begin(
        AttemptStart(
          time: Date(timeIntervalSince1970: 1_800_000_000), operatorName: "desk-7",
          environment: "sandbox", idempotencyKey: key, bodySHA256: String(repeating: "ab", count: 32),
          draftID: email.hasPrefix("maria") ? DraftID(rawValue: "draft-1") : nil,
          applicant: journal.applicantFingerprint(email: email)),
        body: Data("{}".utf8))
      try journal.finish(begun.id, result: result)
    }
    try record(
      "key-rejected",
      AttemptResult(
        outcome: .rejected, httpStatus: 400, errorCode: "validation_error",
        fieldErrors: [.init(path: "identifying_information.0.number", code: "custom")]))
    try record("key-unknown", AttemptResult(outcome: .unknown, errorCode: "timedOut"))
    // Another applicant's create resolves nothing of Maria's.
    try record(
      "key-created", AttemptResult(outcome: .created, httpStatus: 201, userID: "user-1"),
      email: "ana.ruiz@example.test")

    let output = try await folder.run(["attempts"])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("#2  2027-01-15 08:00:00Z  unknown (timedOut)"))
    #expect(output.stdout.contains("rejected (HTTP 400 validation_error)"))
    #expect(output.stdout.contains("identifying_information.0.number [custom]"))
    #expect(output.stdout.contains("key key-unknown"))
    #expect(output.stdout.contains("next: submit again: the same body goes out under the same key"))
    #expect(!output.stdout.contains("key-created"))
    #expect(output.stdout.range(of: "#2")!.lowerBound < output.stdout.range(of: "#1")!.lowerBound)

    let all = try await folder.run(["attempts", "--all", "--json"])
    let rows = try #require(try JSONValue.parse(Data(all.stdout.utf8)).arrayValue)
    #expect(rows.map { $0["outcome"] } == ["created", "unknown", "rejected"])
    #expect(rows[0]["user_id"] == "user-1")
    #expect(rows[2]["field_errors"] == [["path": "identifying_information.0.number", "code": "custom"]])
    #expect(rows[2]["idempotency_key"] == "key-rejected")
    #expect(!all.stdout.contains("maria"))

    // A later create for Maria resolves her failures: hidden, unless --all says by what.
    try record("key-later", AttemptResult(outcome: .created, httpStatus: 201, userID: "user-2"))
    let open = try await folder.run(["attempts"])
    #expect(open.stdout.contains("No open failed or unknown attempts"), "\(open.stdout)")
    let everything = try await folder.run(["attempts", "--all"])
    #expect(everything.stdout.contains("resolved by #4 → user user-2"))
  }

  // MARK: users and fix (against an in-process sandbox)

  /// An in-process sandbox (users without source_of_funds are REJECTED at once)
  /// and a client to seed it; the binary reaches it through KIRA_BASE_URL.
  final class Kira: Sendable {
    let server: SandboxServer
    let client: KiraClient
    let url: URL

    private init(server: SandboxServer, client: KiraClient, url: URL) {
      self.server = server
      self.client = client
      self.url = url
    }

    static func start() async throws -> Kira {
      var configuration = SandboxConfiguration()
      configuration.autoRejectAfter = 0
      // No test here waits for a decision: a fixed user stays VERIFYING
      // however slow a loaded machine makes the steps between its checks.
      configuration.decisionAfter = 3600
      let server = buildSandbox(configuration: configuration)
      let url = try await server.start()
      let client = KiraClient(
        configuration: KiraClientConfiguration(
          endpoint: try KiraEndpoint(url: url.absoluteString), credentials: credentials),
        // Generous: a slow answer on a loaded machine must not become a timeout and a retry.
        transport: URLSessionTransport(connectTimeout: 60, requestTimeout: 120))
      return Kira(server: server, client: client, url: url)
    }

    static let credentials = KiraCredentials(
      apiKey: SandboxConfiguration.Demo.apiKey, clientID: SandboxConfiguration.Demo.clientID,
      password: SandboxConfiguration.Demo.password)

    /// Environment for the binary: this sandbox, the demo credentials, no log file.
    var environment: [String: String] {
      [
        "KIRA_BASE_URL": url.absoluteString, "KIRA_API_KEY": Self.credentials.apiKey,
        "KIRA_CLIENT_ID": Self.credentials.clientID, "KIRA_PASSWORD": Self.credentials.password,
        "KIRA_ONBOARD_LOG": "off",
      ]
    }

    /// Runs the binary against this sandbox with generous timeouts: the
    /// sandbox answers from this test process, which on a loaded machine
    /// runs hundreds of other tests, and a slow answer must not become a
    /// timeout and a retry (a second PUT in the log).
    func run(_ arguments: [String]) async throws -> ExecutableRunner.Output {
      try await ExecutableRunner.run(
        arguments + ["--connect-timeout", "120", "--request-timeout", "300"], environment: environment)
    }

    func stop() async { await server.stop() }
  }

  /// A complete international applicant; `source_of_funds` left out on request.
  static func completeBody(email: String, sourceOfFunds: String?) -> JSONValue {
    var body: [String: JSONValue] = [
      "type": "individual", "first_name": "Maria", "last_name": "Gonzalez", "email": .string(email),
      "birth_date": "1990-05-15", "phone": "+525512345678", "nationality": "MEX", "gender": "female",
      "address_street": "Av. Reforma 123", "address_city": "Ciudad de Mexico", "address_state": "CDMX",
      "address_zip_code": "06600", "address_country": "MEX", "document_type": "passport",
      "document_number": "G12345678", "document_country": "MEX",
      "identifying_information": [
        [
          "type": "passport", "issuing_country": "MEX", "number": "G12345678", "expiration": "2031-01-31",
          "documents": [["type": "front", "file": "data:image/jpeg;base64,/9j/4AAQSkZJRg=="]],
        ],
        ["type": "tax_id", "issuing_country": "MEX", "number": "GOMA900515K18"],
      ],
      "account_purpose": "receive_payments", "employment_status": "self_employed",
      "occupation": "Software Engineer", "pep_status": false, "expected_monthly_payments": "5",
      "immigration_status": "Non-Resident of U.S.",
      "additional_info": ["has_us_bank_account": "no", "has_denied_bank_account": "no"],
    ]
    if let sourceOfFunds { body["source_of_funds"] = .string(sourceOfFunds) }
    return .object(body)
  }

  @Test("users --email finds the existing user: id, status, verification status, created")
  func usersByEmail() async throws {
    let kira = try await Kira.start()
    let created = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.users@example.test", sourceOfFunds: "salary"),
      idempotencyKey: UUID().uuidString.lowercased())
    _ = try await kira.client.createUser(
      body: Self.completeBody(email: "someone.else@example.test", sourceOfFunds: "salary"),
      idempotencyKey: UUID().uuidString.lowercased())

    let output = try await kira.run(["users", "--email", "maria.users@example.test"])
    #expect(output.status == 0, "\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("ID") && lines[0].contains("VERIFICATION"))
    #expect(lines[1].hasPrefix(created.id))
    #expect(lines[1].contains(created.createdAt ?? "?"))
    #expect(!output.stdout.contains("Gonzalez"))
    let query = try #require(kira.server.requestLog.last { $0.method == "GET" && $0.path == "v1/users" })
    #expect(query.query?.contains("email=maria.users@example.test") == true)

    let none = try await kira.run(["users", "--email", "nobody@example.test"])
    #expect(none.status == 0)
    #expect(none.stdout.contains("No Kira user has this e-mail"))
    let json = try await kira.run(["users", "--email", "maria.users@example.test", "--json"])
    #expect(try JSONValue.parse(Data(json.stdout.utf8)).arrayValue?.first?["id"] == .string(created.id))
    let usage = try await kira.run(["users", "--email", "not-an-address"])
    #expect(usage.status == 64)
    await kira.stop()
  }

  @Test(
    "fix: a user created without source_of_funds is REJECTED; fix shows it, PUTs only it, the user moves on")
  func fixEndToEnd() async throws {
    let kira = try await Kira.start()
    let created = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.fix@example.test", sourceOfFunds: nil),
      idempotencyKey: UUID().uuidString.lowercased())

    let show = try await kira.run(["fix", created.id])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("\n  status               REJECTED\n"))
    #expect(show.stdout.contains("\n  verification_status  unverified\n"))
    #expect(show.stdout.contains("general: source_of_funds"))
    #expect(show.stdout.contains("usa-virtual-accounts-act: (none)"))
    #expect(show.stdout.contains("Fields to fix:"))
    #expect(show.stdout.contains("\n    source_of_funds  Source of funds\n"))
    #expect(show.stdout.contains("(M. G…)") && !show.stdout.contains("Gonzalez"))
    #expect(kira.server.requestLog.allSatisfy { $0.method != "PUT" }, "showing sends no PUT")

    let fixed = try await kira.run(["fix", created.id, "--set", "source_of_funds=Salary"])
    #expect(fixed.status == 0, "\(fixed.stderr)")
    let puts = kira.server.requestLog.filter { $0.method == "PUT" }
    #expect(puts.count == 1)
    #expect(puts.first?.path == "v1/users/\(created.id)")
    #expect(puts.first?.body == ["source_of_funds": "salary"], "only the missing field, normalised")
    #expect(fixed.stdout.contains("PUT v1/users/\(created.id): source_of_funds"))
    #expect(fixed.stdout.contains("Kira updated: source_of_funds"))
    let after = try #require(fixed.stdout.components(separatedBy: "Now:").last)
    #expect(!after.contains("REJECTED"))
    #expect(after.contains("\n  status               VERIFYING\n"))
    #expect(after.contains("Nothing to fix."))
    let reloaded = try await kira.client.getUser(id: created.id)
    #expect(reloaded.status == "VERIFYING")
    await kira.stop()
  }

  @Test("fix refuses unknown fields and invalid values before sending anything")
  func fixRefusals() async throws {
    let kira = try await Kira.start()
    let created = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.refusals@example.test", sourceOfFunds: nil),
      idempotencyKey: UUID().uuidString.lowercased())
    let unknown = try await kira.run(["fix", created.id, "--set", "favourite_colour=blue"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("\"favourite_colour\" is not a form field"))
    let invalid = try await kira.run(["fix", created.id, "--set", "source_of_funds=lottery"])
    #expect(invalid.status == 65)
    #expect(invalid.stderr.contains("source_of_funds:"))
    let malformed = try await kira.run(["fix", created.id, "--set", "source_of_funds"])
    #expect(malformed.status == 64)
    #expect(kira.server.requestLog.allSatisfy { $0.method != "PUT" })
    let missing = try await kira.run(["fix", "6b0e0000-0000-4000-8000-000000000000"])
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("404") || missing.stderr.lowercased().contains("not found"))
    await kira.stop()
  }

  @Test("fix --reissue re-issues an embedded verification link for a REJECTED user")
  func fixReissue() async throws {
    let kira = try await Kira.start()
    let created = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.reissue@example.test", sourceOfFunds: nil),
      idempotencyKey: UUID().uuidString.lowercased())
    let output = try await kira.run(
      ["fix", created.id, "--reissue", "--redirect-uri", "https://example.test/kyc-done"])
    #expect(output.status == 0, "\(output.stderr)")
    let post = try #require(
      kira.server.requestLog.last { $0.method == "POST" && $0.path.hasSuffix("verifications") })
    #expect(post.body?["type"] == "embedded-link")
    #expect(post.body?["redirect_uri"] == "https://example.test/kyc-done")
    #expect(post.idempotencyKey?.isEmpty == false)
    let link = try #require(
      output.stdout.split(separator: "\n").first { $0.hasPrefix("verification link: ") })
    #expect(link.contains("http"))

    // Not REJECTED any more: nothing is re-issued.
    let healthy = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.ok@example.test", sourceOfFunds: "salary"),
      idempotencyKey: UUID().uuidString.lowercased())
    let skipped = try await kira.run(["fix", healthy.id, "--reissue"])
    #expect(skipped.status == 0)
    #expect(skipped.stdout.contains("Not re-issued"))
    #expect(kira.server.requestLog.filter { $0.path.hasSuffix("verifications") }.count == 1)
    await kira.stop()
  }
}
