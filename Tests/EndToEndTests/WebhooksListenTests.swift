import Foundation
import KiraClient
import KiraModels
import KiraSandbox
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// `kira-onboard webhooks listen` over loopback: signed events stored once,
/// 401 for a bad or missing signature, 413 over the cap; `events` lists them.
@Suite("webhooks listen (loopback)", .serialized)
struct WebhooksListenTests {
  static let secret = "whsec-test-\(UUID().uuidString)"

  /// The receiver as a child process, and its URL.
  final class Receiver: @unchecked Sendable {
    let process = Process()
    let folder: URL
    let store: URL
    private(set) var url: URL!

    var stdout: String {
      (try? String(contentsOf: folder.appendingPathComponent("out"), encoding: .utf8)) ?? ""
    }
    var stderr: String {
      (try? String(contentsOf: folder.appendingPathComponent("err"), encoding: .utf8)) ?? ""
    }

    init(environment extra: [String: String] = ["KIRA_WEBHOOK_SECRET": WebhooksListenTests.secret])
      async throws
    {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "kira-webhooks-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      store = folder.appendingPathComponent("store")
      for name in ["out", "err"] {
        _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
      }
      process.executableURL = ExecutableRunner.binaryURL
      process.arguments = ["webhooks", "listen", "--port", "0"]
      var environment = ExecutableRunner.environment(extra)
      environment["KIRA_ONBOARD_STORE"] = store.path
      process.environment = environment
      process.standardInput = FileHandle.nullDevice
      process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("out"))
      process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("err"))
      try process.run()
      let found = try await SubmitCommandTests.SandboxProcess.waitFor("the receiver's URL", timeout: 120) {
        [self] in
        stdout.range(of: #"http://127\.0\.0\.1:\d+/"#, options: .regularExpression).map { String(stdout[$0]) }
      }
      url = URL(string: found)!
    }

    /// POSTs `body`, signed with `secret` unless `signature` says otherwise.
    func post(_ body: Data, signature: String?) async throws -> Int {
      var request = URLRequest(url: url)
      request.httpMethod = "POST"
      request.httpBody = body
      request.timeoutInterval = 60
      if let signature { request.setValue(signature, forHTTPHeaderField: "x-signature-sha256") }
      let (_, response) = try await URLSession.shared.data(for: request)
      return (response as? HTTPURLResponse)?.statusCode ?? 0
    }

    /// Waits until stdout says `text`.
    func waitFor(_ text: String) async throws {
      _ = try await SubmitCommandTests.SandboxProcess.waitFor(text, timeout: 60) { [self] in
        stdout.contains(text) ? true : nil
      }
    }

    func events(_ arguments: [String] = []) async throws -> ExecutableRunner.Output {
      try await ExecutableRunner.run(["events"] + arguments, environment: ["KIRA_ONBOARD_STORE": store.path])
    }

    deinit {
      if process.isRunning { process.terminate() }
      try? FileManager.default.removeItem(at: folder)
    }
  }

  static func event(_ id: String, reasons: [JSONValue] = ["Identity document could not be verified"]) -> Data
  {
    let body: JSONValue = [
      "event": "user.verification.failed",
      "data": [
        "event_id": .string(id), "user_id": "0b5e6f7a-1111-4c2d-9e3f-000000000001", "status": "REJECTED",
        "reasons": .array(reasons), "first_name": "Maria",
      ],
    ]
    return body.encoded()
  }

  @Test("a signed event sent twice is stored once; events lists it with its reasons and nothing else")
  func storedOnce() async throws {
    let receiver = try await Receiver()
    let body = Self.event(
      "evt_0001", reasons: ["source_of_funds missing", ["code": "doc", "message": "blurry\u{1B}[2J"]])
    let signature = WebhookDelivery.signature(of: body, secret: Self.secret)
    #expect(try await receiver.post(body, signature: signature) == 200)
    #expect(try await receiver.post(body, signature: signature) == 200)
    try await receiver.waitFor("stored user.verification.failed")
    let listed = try await receiver.events(["--json"])
    #expect(listed.status == 0, "\(listed.stderr)")
    let events = try JSONValue.parse(Data(listed.stdout.utf8)).arrayValue ?? []
    #expect(events.count == 1)
    #expect(events.first?["event_id"] == "evt_0001")
    #expect(events.first?["reasons"] == ["source_of_funds missing", "doc: blurry"])
    #expect(!listed.stdout.contains("Maria"), "nothing of the customer but the id is kept")
    let byUser = try await receiver.events(["--user", "0b5e6f7a-1111-4c2d-9e3f-000000000001"])
    #expect(byUser.stdout.contains("reason: source_of_funds missing"))
    let other = try await receiver.events(["--user", "someone-else"])
    #expect(other.stdout.contains("No events received"))
    #expect(!receiver.stdout.contains(Self.secret) && !receiver.stderr.contains(Self.secret))
  }

  @Test("a wrong or missing signature gets 401 and nothing is stored")
  func badSignature() async throws {
    let receiver = try await Receiver()
    let body = Self.event("evt_0002")
    let wrong = WebhookDelivery.signature(of: body, secret: "another secret")
    #expect(try await receiver.post(body, signature: wrong) == 401)
    #expect(try await receiver.post(body, signature: nil) == 401)
    #expect(try await receiver.post(body, signature: "zz") == 401)
    let listed = try await receiver.events(["--json"])
    #expect((try JSONValue.parse(Data(listed.stdout.utf8)).arrayValue ?? []).isEmpty)
  }

  @Test("a body over the cap gets 413")
  func oversized() async throws {
    let receiver = try await Receiver()
    let body = Data(repeating: UInt8(ascii: "a"), count: WebhookDelivery.bodyLimit + 1)
    #expect(
      try await receiver.post(body, signature: WebhookDelivery.signature(of: body, secret: Self.secret))
        == 413)
  }

  @Test("without a secret the receiver does not start, and says where to put one")
  func noSecret() async throws {
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kira-nosecret-\(UUID().uuidString)")
    let result = try await ExecutableRunner.run(
      ["webhooks", "listen", "--port", "0"],
      environment: [
        "HOME": home.path, "XDG_CONFIG_HOME": home.path,
        "KIRA_ONBOARD_STORE": home.appendingPathComponent("s").path,
      ])
    #expect(result.status == 77)
    #expect(result.stderr.contains("no webhook secret: set KIRA_WEBHOOK_SECRET"))
  }
}

extension WebhooksListenTests {
  @Test("the whole loop: register the receiver on the sandbox, submit +reject, the reasons arrive signed")
  func sandboxLoop() async throws {
    let receiver = try await Receiver(environment: [
      "KIRA_WEBHOOK_SECRET": SandboxConfiguration.Demo.webhookSecret
    ])
    let sandbox = try await SubmitCommandTests.SandboxProcess(arguments: ["--verify-after", "1s"])
    #expect(sandbox.stdout.contains("export KIRA_WEBHOOK_SECRET=\(SandboxConfiguration.Demo.webhookSecret)"))
    let registered = try await ExecutableRunner.run(
      ["webhooks", "register", receiver.url.absoluteString], environment: sandbox.clientEnvironment)
    #expect(registered.status == 0, "\(registered.stderr)")
    #expect(registered.stdout.contains("Webhook registered successfully"))
    let workspace = try SubmitCommandTests.Workspace { body in
      body["email"] = .string("maria.\(UUID().uuidString.prefix(8).lowercased())+reject@example.com")
    }
    let submitted = try await ExecutableRunner.run(
      ["submit", workspace.file.path], environment: sandbox.clientEnvironment)
    #expect(submitted.status == 0, "\(submitted.stderr)")
    let id = try #require(
      submitted.stdout.split(separator: "\n").first { $0.hasPrefix("created: ") }.map {
        String($0.dropFirst(9))
      })
    try await receiver.waitFor("stored user.created user \(id)")
    try await receiver.waitFor("stored user.verification.failed user \(id)")
    let listed = try await receiver.events(["--user", id])
    #expect(listed.stdout.contains("user.verification.failed"))
    #expect(
      listed.stdout.contains("reason: Identity document could not be verified (sandbox scenario +reject)"))
    _ = try await sandbox.stop()
  }

  @Test("register refuses a plain http URL off loopback before sending anything")
  func registerRefusesHTTP() async throws {
    let result = try await ExecutableRunner.run(["webhooks", "register", "http://example.com/hook"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("URL must be an https URL"))
  }
}
