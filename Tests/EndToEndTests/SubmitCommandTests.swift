import Foundation
import KiraModels
import KiraSandbox
import Testing

#if canImport(Glibc)
  import Glibc
#endif

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `kira-onboard submit` end to end: the built binary against `kira-onboard
/// sandbox --port 0` running as its own process, proven through the
/// sandbox's request log (`GET /_sandbox/requests`).
@Suite("submit and sandbox commands, end to end", .serialized)
struct SubmitCommandTests {
  /// A `kira-onboard sandbox` child process and its printed base URL.
  ///
  /// Nothing here blocks a cooperative thread: the child's output goes to
  /// files that are polled with `Task.sleep`, and HTTP calls are async.
  final class SandboxProcess: @unchecked Sendable {
    let process = Process()
    private let folder: URL
    private(set) var baseURL: URL!

    var stdout: String { Self.text(of: folder.appendingPathComponent("stdout")) }
    var stderr: String { Self.text(of: folder.appendingPathComponent("stderr")) }

    /// Starts the sandbox and waits (generously: a loaded machine is slow)
    /// for its URL line.
    init(arguments: [String] = []) async throws {
      folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("kira-sandbox-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      process.executableURL = ExecutableRunner.binaryURL
      process.arguments = ["sandbox", "--port", "0"] + arguments
      process.environment = ExecutableRunner.environment()
      process.standardInput = FileHandle.nullDevice
      for name in ["stdout", "stderr"] {
        FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
      }
      let out = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
      let err = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
      defer {
        try? out.close()
        try? err.close()
      }
      process.standardOutput = out
      process.standardError = err
      try process.run()
      let found = try await Self.waitFor("the sandbox's URL line", timeout: 120) { [self] in
        let text = stdout
        return text.range(of: #"http://127\.0\.0\.1:\d+/sandbox"#, options: .regularExpression).map {
          String(text[$0])
        }
      }
      baseURL = URL(string: found)!
    }

    /// The server root (`http://127.0.0.1:PORT`).
    var root: String { baseURL.absoluteString.replacingOccurrences(of: "/sandbox", with: "") }

    /// Environment pointing `submit` at this sandbox with its demo credentials.
    var clientEnvironment: [String: String] {
      [
        "KIRA_BASE_URL": baseURL.absoluteString, "KIRA_API_KEY": SandboxConfiguration.Demo.apiKey,
        "KIRA_CLIENT_ID": SandboxConfiguration.Demo.clientID,
        "KIRA_PASSWORD": SandboxConfiguration.Demo.password,
        "KIRA_ONBOARD_LOG": "off",
      ]
    }

    /// The request log.
    func requests() async throws -> [SandboxRequestRecord] {
      try JSONDecoder().decode([SandboxRequestRecord].self, from: await call("GET", "/_sandbox/requests"))
    }

    /// The users, as the sandbox shows them.
    func users() async throws -> [JSONValue] {
      try JSONValue.parse(await call("GET", "/_sandbox/users"))["data"]?.arrayValue ?? []
    }

    /// Queues faults through the control endpoint.
    func inject(_ faults: [String]) async throws {
      _ = try await call("POST", "/_sandbox/faults", body: ["faults": .array(faults.map(JSONValue.string))])
    }

    @discardableResult
    func call(_ method: String, _ path: String, body: JSONValue? = nil) async throws -> Data {
      var request = URLRequest(url: URL(string: root + path)!)
      request.httpMethod = method
      request.httpBody = body?.encoded()
      request.timeoutInterval = 120
      return try await URLSession.shared.data(for: request).0
    }

    /// Sends SIGINT/SIGTERM and waits for the exit status.
    func stop(signal: Int32 = SIGINT) async throws -> Int32 {
      kill(process.processIdentifier, signal)
      _ = try await Self.waitFor("the sandbox to exit", timeout: 120) { [self] in
        process.isRunning ? nil : true
      }
      return process.terminationStatus
    }

    deinit {
      if process.isRunning { process.terminate() }
      try? FileManager.default.removeItem(at: folder)
    }

    private static func text(of file: URL) -> String {
      String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
    }

    /// Polls `condition` (suspending between polls, never blocking a thread)
    /// until it returns a value or `timeout` seconds have passed.
    static func waitFor<T>(_ what: String, timeout: TimeInterval, _ condition: () -> T?) async throws -> T {
      let deadline = ContinuousClock.now + .seconds(timeout)
      while true {
        if let value = condition() { return value }
        guard ContinuousClock.now < deadline else { break }
        try await Task.sleep(for: .milliseconds(20))
      }
      throw URLError(.timedOut, userInfo: [NSLocalizedDescriptionKey: "timed out waiting for \(what)"])
    }
  }

  /// A folder with a valid body (`maria.json`) and its document image.
  struct Workspace {
    let folder: URL

    init(mutate: (inout [String: JSONValue]) -> Void = { _ in }) throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "kira-submit-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let jpeg: [UInt8] = [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9,
      ]
      try Data(jpeg).write(to: folder.appendingPathComponent("front.jpg"))
      var body = try Self.maria(email: "maria.\(UUID().uuidString.prefix(8).lowercased())@example.com")
      mutate(&body)
      try JSONValue.object(body).encoded(pretty: true).write(to: file)
    }

    var file: URL { folder.appendingPathComponent("maria.json") }

    /// The reference body with a tax id, gender, PEP answer, monthly payments
    /// and `front.jpg` (a path beside the body) as the passport scan.
    static func maria(email: String) throws -> [String: JSONValue] {
      var body = try ReferenceBody.maria(documentFile: "front.jpg")
      body["email"] = .string(email)
      body["gender"] = "female"
      body["expected_monthly_payments"] = "5000"
      body["pep_status"] = false
      let taxID: JSONValue = ["type": "tax_id", "issuing_country": "MEX", "number": "GOMA900515HD4"]
      body["identifying_information"] = .array((body["identifying_information"]?.arrayValue ?? []) + [taxID])
      return body
    }
  }

  private func line(_ prefix: String, in text: String) -> String? {
    text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
  }

  @Test("creates the user, prints id/status/link, and sends exactly one create with the validated body")
  func createsUser() async throws {
    let sandbox = try await SandboxProcess()
    let workspace = try Workspace()
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path], environment: sandbox.clientEnvironment)
    #expect(result.status == 0, "\(result.stderr)")
    let id = try #require(line("created: ", in: result.stdout))
    #expect(line("status: ", in: result.stdout) == "CREATED")
    #expect(line("verification status: ", in: result.stdout) == "unverified")
    #expect(line("verification link: ", in: result.stdout) == "(none)")
    let key = try #require(line("idempotency key: ", in: result.stdout))

    let log = try await sandbox.requests()
    // Kira's countries are fetched once (then cached in the store) and decide the state.
    #expect(
      log.map { "\($0.method) \($0.path) \($0.status)" } == [
        // The e-mail is looked up before the create: never a second customer.
        "POST auth 200", "GET v1/countries 200", "GET v1/users 200", "POST v1/users 201",
      ])
    let create = try #require(log.last)
    #expect(create.idempotencyKey == key)
    #expect(create.userID == id)
    #expect(create.userAgent?.hasPrefix("kira-onboard/") == true)
    #expect(create.body?["email"] == (try JSONValue.parse(Data(contentsOf: workspace.file)))["email"])
    // The local file path became a data URI: what Kira receives is the image, never the path.
    let file = create.body?["identifying_information"]?.arrayValue?.first?["documents"]?.arrayValue?.first?[
      "file"]
    #expect(file?.stringValue?.hasPrefix("data:image/jpeg;base64,") == true)
    #expect(try await sandbox.stop() == 0)
    #expect(sandbox.stderr.contains("sandbox stopped (SIGINT)"))
  }

  @Test("--json prints the created user as JSON")
  func jsonOutput() async throws {
    let sandbox = try await SandboxProcess()
    let workspace = try Workspace()
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--json"], environment: sandbox.clientEnvironment)
    #expect(result.status == 0, "\(result.stderr)")
    let user = try JSONValue.parse(Data(result.stdout.utf8))
    #expect(user["status"] == "CREATED")
    #expect(try await sandbox.users().map { $0["id"] } == [user["id"]])
    #expect(try await sandbox.stop(signal: SIGTERM) == 0)
  }

  @Test("a locally invalid body exits 65 with one line per field and sends nothing")
  func locallyInvalid() async throws {
    let sandbox = try await SandboxProcess()
    let workspace = try Workspace { body in
      body["birth_date"] = "1990-02-30"
      body["address_country"] = "ZZZ"
    }
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path], environment: sandbox.clientEnvironment)
    #expect(result.status == 65)
    #expect(result.stderr.contains("nothing was sent"))
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.contains { $0.contains("birth_date: ") })
    #expect(lines.contains { $0.contains("address_country: ") })
    #expect(try await sandbox.requests().isEmpty)
    _ = try await sandbox.stop()
  }

  @Test("a field error only Kira finds exits 65, each on its own line marked (Kira)")
  func kiraRejects() async throws {
    let sandbox = try await SandboxProcess()
    let workspace = try Workspace { body in
      body["document_number"] = "K00000400"
      body["identifying_information"] = [
        [
          "type": "passport", "issuing_country": "MEX", "number": "K00000400", "expiration": "2030-05-15",
          "documents": [["type": "front", "file": "front.jpg"]],
        ]
      ]
    }
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path], environment: sandbox.clientEnvironment)
    #expect(result.status == 65, "\(result.stderr)")
    #expect(result.stderr.contains("Kira rejected the data (HTTP 400): Invalid request data"))
    #expect(result.stderr.contains("  document_number: Document number could not be verified"))
    #expect(result.stderr.contains("[custom] (Kira)"))
    #expect(try await sandbox.users().isEmpty)
    _ = try await sandbox.stop()
  }

  @Test("two 503s are retried with the same key (progress on stderr) and one user is created")
  func retriesBusy() async throws {
    let sandbox = try await SandboxProcess(arguments: ["--fail", "503x2@POST:v1/users"])
    let workspace = try Workspace()
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path], environment: sandbox.clientEnvironment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("Kira is busy (HTTP 503), retrying in"))
    #expect(result.stderr.contains("(attempt 3 of 4)"))
    let retryLines = result.stderr.split(separator: "\n").filter { $0.contains("retrying in") }
    #expect(retryLines.count == 2, "one line a retry, never twice: \(retryLines)")
    let creates = try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }
    #expect(creates.map(\.status) == [503, 503, 201])
    #expect(Set(creates.map(\.idempotencyKey)).count == 1)
    #expect(try await sandbox.users().count == 1)
    _ = try await sandbox.stop()
  }

  @Test("Kira still busy after the retry budget exits 69")
  func unavailable() async throws {
    let sandbox = try await SandboxProcess(arguments: ["--fail", "503x10@v1/users"])
    let workspace = try Workspace()
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--max-attempts", "2"], environment: sandbox.clientEnvironment)
    #expect(result.status == 69)
    #expect(result.stderr.contains("Kira is unavailable (HTTP 503) after 2 attempts"))
    #expect(try await sandbox.users().isEmpty)
    _ = try await sandbox.stop()
  }

  @Test("no definite answer exits 75 with the key and the exact command, which then retries safely")
  func outcomeUnknownThenSafeRetry() async throws {
    let sandbox = try await SandboxProcess()
    try await sandbox.inject(["drop-after@POST:v1/users"])
    let workspace = try Workspace()
    let first = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--max-attempts", "1"], environment: sandbox.clientEnvironment)
    #expect(first.status == 75, "\(first.stderr)")
    let key = try #require(await sandbox.requests().last?.idempotencyKey)
    #expect(first.stderr.contains("Retry with the SAME idempotency key to find out safely: \(key)"))
    let command = try #require(
      first.stderr.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .first { $0.hasPrefix("kira-onboard submit ") })
    #expect(command.hasSuffix("--max-attempts 1 --idempotency-key \(key)"))
    #expect(try await sandbox.users().count == 1)  // Kira did create it; the answer was lost.

    let arguments = command.split(separator: " ").dropFirst().map(String.init)
    let second = try await ExecutableRunner.run(arguments, environment: sandbox.clientEnvironment)
    #expect(second.status == 0, "\(second.stderr)")
    let users = try await sandbox.users()
    #expect(users.count == 1)
    #expect(line("created: ", in: second.stdout) == users.first?["id"]?.stringValue)
    #expect(try await sandbox.requests().last?.fault == "replay")
    _ = try await sandbox.stop()
  }

  @Test("refused credentials exit 77 without echoing them")
  func refusedCredentials() async throws {
    let sandbox = try await SandboxProcess()
    let workspace = try Workspace()
    var environment = sandbox.clientEnvironment
    environment["KIRA_PASSWORD"] = "wrong-password-123"
    let result = try await ExecutableRunner.run(["submit", workspace.file.path], environment: environment)
    #expect(result.status == 77)
    #expect(result.stderr.contains("Kira refused the credentials (HTTP 401)"))
    #expect(!result.stderr.contains("wrong-password-123") && !result.stdout.contains("wrong-password-123"))
    _ = try await sandbox.stop()
  }

  @Test("without credentials the embedded sandbox is used and announced on stderr")
  func embeddedSandbox() async throws {
    let workspace = try Workspace()
    let home = workspace.folder.appendingPathComponent("home")
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path],
      environment: ["HOME": home.path, "XDG_CONFIG_HOME": home.path + "/config", "KIRA_ONBOARD_LOG": "off"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("using the embedded sandbox at http://127.0.0.1:"))
    #expect(line("environment: ", in: result.stdout) == "SANDBOX")
  }

  @Test("a credentials file readable by others is refused with the chmod to run")
  func openCredentialsFile() async throws {
    let workspace = try Workspace()
    let config = workspace.folder.appendingPathComponent("config/kira-onboard")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    let file = config.appendingPathComponent("credentials.json")
    try Data(#"{"api_key":"k","client_id":"c","password":"p"}"#.utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path],
      environment: ["XDG_CONFIG_HOME": workspace.folder.appendingPathComponent("config").path])
    #expect(result.status == 77)
    #expect(result.stderr.contains("Run: chmod 600 \(file.path)"))
  }

  @Test(
    "a symlinked or another user's credentials file is refused, saying why (no 'mode 777' hint)",
    arguments: ["symlink", "owner"])
  func foreignCredentialsFile(kind: String) async throws {
    // Giving a file away needs root (the CI and these machines run tests as root).
    if kind == "owner", getuid() != 0 { return }
    let workspace = try Workspace()
    let config = workspace.folder.appendingPathComponent("config/kira-onboard")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    let file = config.appendingPathComponent("credentials.json")
    let real = workspace.folder.appendingPathComponent("real.json")
    try Data(#"{"api_key":"k","client_id":"c","password":"p"}"#.utf8).write(to: real)
    #expect(chmod(real.path, 0o600) == 0)
    if kind == "symlink" {
      #expect(symlink(real.path, file.path) == 0)
    } else {
      try FileManager.default.moveItem(at: real, to: file)
      #expect(chown(file.path, 65534, 65534) == 0)
    }
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path],
      environment: ["XDG_CONFIG_HOME": workspace.folder.appendingPathComponent("config").path])
    #expect(result.status != 0)
    #expect(!result.stderr.contains("777"), "\(result.stderr)")
    let reason = kind == "symlink" ? "it is a symbolic link" : "it belongs to another user (uid 65534)"
    #expect(result.stderr.contains(reason), "\(result.stderr)")
  }

  @Test("incomplete credentials, or production without credentials, exit 77 and name what is missing")
  func missingCredentials() async throws {
    let workspace = try Workspace()
    let config = workspace.folder.appendingPathComponent("config").path
    let partial = try await ExecutableRunner.run(
      ["submit", workspace.file.path], environment: ["KIRA_API_KEY": "k", "XDG_CONFIG_HOME": config])
    #expect(partial.status == 77)
    #expect(partial.stderr.contains("set KIRA_CLIENT_ID, KIRA_PASSWORD too"))
    let production = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--production"], environment: ["XDG_CONFIG_HOME": config])
    #expect(production.status == 77)
    #expect(production.stderr.contains("no Kira credentials for production"))
    let plainHTTP = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--base-url", "http://kira.example.com"],
      environment: ["XDG_CONFIG_HOME": config])
    #expect(plainHTTP.status == 64)
    #expect(plainHTTP.stderr.contains("Plain http is only allowed for loopback"))
  }

  @Test("an unreadable file exits 66; a bad --idempotency-key is a usage error")
  func inputErrors() async throws {
    let missing = try await ExecutableRunner.run(
      ["submit", "/nonexistent/body.json"], environment: ["KIRA_ONBOARD_LOG": "off"])
    #expect(missing.status == 66)
    let workspace = try Workspace()
    let badKey = try await ExecutableRunner.run(["submit", workspace.file.path, "--idempotency-key", "abc"])
    #expect(badKey.status == 64)
  }

  @Test("the sandbox command refuses unreadable fault specs")
  func sandboxUsage() async throws {
    let result = try await ExecutableRunner.run(["sandbox", "--fail", "418"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("KIND[xN]"))
  }
}
