import Foundation
import KiraModels
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Two processes at once, spellings of one Kira, proxies and the helper's
/// environment, all through the built binaries.
@Suite("Hostile local conditions (end to end)", .serialized)
struct HostileLocalTests {
  typealias SandboxProcess = SubmitCommandTests.SandboxProcess
  typealias Workspace = SubmitCommandTests.Workspace

  private func freshStore() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("kira-hostile-\(UUID().uuidString)")
  }

  @Test("20 rounds of two submits of one body started together on one new store: one user each round")
  func twoSubmitsOneUser() async throws {
    let sandbox = try await SandboxProcess()
    for round in 0..<20 {
      let workspace = try Workspace()
      var environment = sandbox.clientEnvironment
      environment["KIRA_ONBOARD_STORE"] = freshStore().path
      let shared = environment
      async let first = ExecutableRunner.run(["submit", workspace.file.path], environment: shared)
      async let second = ExecutableRunner.run(["submit", workspace.file.path], environment: shared)
      let results = try await [first, second]
      for result in results { #expect(result.status == 0, "round \(round): \(result.stderr)") }
      let email = try JSONValue.parse(Data(contentsOf: workspace.file))["email"]?.stringValue
      let users = try await sandbox.users().filter { $0["email"]?.stringValue == email }
      #expect(users.count == 1, "round \(round): \(users.count) users")
      let ids = results.compactMap { $0.stdout.split(separator: "\n").first { $0.hasPrefix("created: ") } }
      #expect(ids.count == 2, "round \(round): both report the user")
    }
    _ = try await sandbox.stop()
  }

  @Test("unknown outcome on 127.0.0.1, retry on localhost: the same key, one user")
  func spellingsOfOneKira() async throws {
    let sandbox = try await SandboxProcess()
    try await sandbox.inject(["drop-after@POST:v1/users"])
    let workspace = try Workspace()
    var environment = sandbox.clientEnvironment
    environment["KIRA_ONBOARD_STORE"] = freshStore().path
    let first = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--max-attempts", "1"], environment: environment)
    #expect(first.status == 75, "\(first.stderr)")
    let key = try #require(await sandbox.requests().last?.idempotencyKey)
    environment["KIRA_BASE_URL"] =
      sandbox.baseURL.absoluteString.replacingOccurrences(of: "127.0.0.1", with: "LocalHost") + "/"
    let second = try await ExecutableRunner.run(["submit", workspace.file.path], environment: environment)
    #expect(second.status == 0, "\(second.stderr)")
    let creates = try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }
    #expect(creates.map(\.idempotencyKey) == [key, key])
    #expect(try await sandbox.users().count == 1)
    _ = try await sandbox.stop()
  }

  @Test("with every proxy variable set, nothing reaches the proxy on the way to a loopback sandbox")
  func loopbackNeverProxied() async throws {
    let sandbox = try await SandboxProcess()
    let proxy = try SilentServer()
    let workspace = try Workspace()
    var environment = sandbox.clientEnvironment
    environment["KIRA_ONBOARD_STORE"] = freshStore().path
    for name in ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "ALL_PROXY", "all_proxy"] {
      environment[name] = proxy.baseURL.absoluteString
    }
    environment["no_proxy"] = ""
    let result = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--request-timeout", "60"], environment: environment)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!proxy.receivedRequest && !proxy.accepted, "a request went through the proxy")
    _ = try await sandbox.stop()
  }

  @Test("the network helper's environment holds no credentials (read from /proc/PID/environ)")
  func helperEnvironmentHasNoSecrets() async throws {
    let kira = try SilentServer()
    let workspace = try Workspace()
    let secrets = [
      "KIRA_API_KEY": "sk-test-\(UUID().uuidString)", "KIRA_CLIENT_ID": "client-\(UUID().uuidString)",
      "KIRA_PASSWORD": "pw-\(UUID().uuidString)",
    ]
    var environment = secrets
    environment["KIRA_BASE_URL"] = kira.baseURL.absoluteString
    environment["KIRA_ONBOARD_STORE"] = freshStore().path
    environment["KIRA_ONBOARD_LOG"] = "off"
    environment["http_proxy"] = "http://127.0.0.1:9"
    let marker = "\(Int.random(in: 100...599)).25"
    let finished = Finished()
    let submit = Task {
      defer { finished.mark() }
      return try await ExecutableRunner.run(
        [
          // The request timeout ends the run: after the helper is killed, submit signs in again (the
          // countries fetch failed, the create follows) through a new helper, which this silent server
          // never answers.
          "submit", workspace.file.path, "--connect-timeout", marker, "--request-timeout", "5",
          "--max-attempts", "1",
        ], environment: environment)
    }
    try await NetworkHelperTests.waitUntil("the helper sent the sign-in") {
      kira.receivedRequest || finished.isMarked
    }
    if !kira.receivedRequest {
      let early = try await submit.value
      Issue.record("submit ended before signing in (exit \(early.status)): \(early.stderr)")
      return
    }
    let helper = try #require(Self.helperProcess(marker: marker))
    let environ = try #require(FileManager.default.contents(atPath: "/proc/\(helper)/environ"))
    let entries = environ.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    for (name, value) in secrets {
      #expect(!entries.contains { $0.contains(value) }, "\(name) reached the helper")
      #expect(!entries.contains { $0.hasPrefix(name + "=") }, "\(name) reached the helper")
    }
    #expect(!entries.contains { $0.lowercased().hasPrefix("http_proxy=") })
    #expect(entries.contains { $0.hasPrefix("NO_PROXY=") && $0.contains("127.0.0.1") })
    #expect(entries.contains("XDG_CACHE_HOME=/dev/null") && entries.contains("XDG_DATA_HOME=/dev/null"))
    let arguments = try #require(FileManager.default.contents(atPath: "/proc/\(helper)/cmdline"))
    for value in secrets.values { #expect(!arguments.containsText(value)) }
    kill(helper, SIGKILL)
    let result = try await submit.value
    #expect(result.status != 0)
    for value in secrets.values { #expect(!(result.stdout + result.stderr).contains(value)) }
  }

  @Test("20 rounds of two processes opening one new store at once: both succeed")
  func twoProcessesCreateOneStore() async throws {
    for round in 0..<20 {
      let environment = ["KIRA_ONBOARD_STORE": freshStore().path, "KIRA_ONBOARD_LOG": "off"]
      async let first = ExecutableRunner.run(["attempts", "--all"], environment: environment)
      async let second = ExecutableRunner.run(["drafts"], environment: environment)
      for result in try await [first, second] {
        #expect(result.status == 0, "round \(round): \(result.stderr)")
      }
    }
  }

  /// The kira-onboard-net process whose arguments hold `marker`.
  static func helperProcess(marker: String) -> Int32? {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for pid in entries.compactMap(Int32.init) {
      guard let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { continue }
      let text = String(decoding: command, as: UTF8.self)
      if text.contains("kira-onboard-net"), text.contains(marker) { return pid }
    }
    return nil
  }
}

extension Data {
  /// True when the UTF-8 text occurs in these bytes.
  fileprivate func containsText(_ text: String) -> Bool { range(of: Data(text.utf8)) != nil }
}

/// A flag one task sets and another polls.
private final class Finished: @unchecked Sendable {
  private let lock = NSLock()
  private var marked = false
  var isMarked: Bool { lock.withLock { marked } }
  func mark() { lock.withLock { marked = true } }
}
