import Foundation
import KiraClient
import KiraModels
import KiraNetwork
import KiraSandbox
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The network helper (`kira-onboard-net serve`) as kira-onboard uses it: the
/// built binary, started by `NetworkHelperTransport`, over real pipes and
/// loopback HTTP.
@Suite("The network helper process", .serialized)
struct NetworkHelperTests {
  static var helperPath: String {
    ExecutableRunner.productsDirectory.appendingPathComponent("kira-onboard-net").path
  }

  static func transport(_ arguments: [String], sandbox: Bool = false) -> NetworkHelperTransport {
    NetworkHelperTransport(
      launch: NetworkHelperTransport.Launch(
        executable: helperPath,
        arguments: ["serve", "--connect-timeout", "120", "--request-timeout", "120"] + arguments,
        runsEmbeddedSandbox: sandbox))
  }

  static func tokenRequest(_ base: URL) -> HTTPRequest {
    let body = try! JSONSerialization.data(withJSONObject: [
      "client_id": SandboxDemoCredentials.clientID, "password": SandboxDemoCredentials.password,
    ])
    return HTTPRequest(
      method: "POST", url: base.appendingPathComponent(KiraAPI.Path.auth),
      headers: ["x-api-key": SandboxDemoCredentials.apiKey, "Content-Type": "application/json"], body: body)
  }

  @Test("the embedded sandbox runs in the helper; requests and answers travel through it")
  func embeddedSandbox() async throws {
    let transport = Self.transport(["--embedded-sandbox"], sandbox: true)
    defer { transport.close() }
    let base = try #require(try await transport.start())
    #expect(base.host == "127.0.0.1")
    let log = try await transport.send(
      HTTPRequest(
        method: "GET", url: base.deletingLastPathComponent().appendingPathComponent("_sandbox/requests")))
    #expect(log.status == 200)
    // The client signs in and reads through the helper like it does against Kira.
    let client = KiraClient(
      configuration: KiraClientConfiguration(
        endpoint: try KiraEndpoint(url: base.absoluteString),
        credentials: KiraCredentials(
          apiKey: SandboxDemoCredentials.apiKey, clientID: SandboxDemoCredentials.clientID,
          password: SandboxDemoCredentials.password),
        userAgent: "kira-onboard/test"),
      transport: transport)
    try await client.authenticate()
    #expect(try await client.listUsers(email: "nobody@example.com").data.isEmpty)
  }

  @Test("many requests at once are answered, each to its own caller")
  func concurrentRequests() async throws {
    let server = buildSandbox()
    let base = try await server.start()
    defer { Task { await server.stop() } }
    let transport = Self.transport([])
    defer { transport.close() }
    let statuses = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
      for index in 0..<12 {
        group.addTask {
          let url = base.appendingPathComponent("v1/users/\(index == 0 ? "missing" : "nope-\(index)")")
          let answer = try await transport.send(
            HTTPRequest(method: "GET", url: url, headers: ["x-api-key": SandboxDemoCredentials.apiKey]))
          return (index, answer.status)
        }
      }
      var collected: [Int: Int] = [:]
      for try await (index, status) in group { collected[index] = status }
      return collected
    }
    #expect(statuses.count == 12)
    #expect(statuses.values.allSatisfy { (400..<500).contains($0) }, "\(statuses)")
    let paths = server.requestLog.map(\.path)
    #expect((1..<12).allSatisfy { index in paths.contains { $0.hasSuffix("nope-\(index)") } })
  }

  @Test("nothing listening is a transport error that says the request never left")
  func refused() async throws {
    let port = try TmuxWizard.freeLoopbackPort()
    let transport = Self.transport([])
    defer { transport.close() }
    let error = await #expect(throws: TransportError.self) {
      try await transport.send(
        HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:\(port)/v1/users")!))
    }
    #expect(error?.reason == .connectionRefused)
    #expect(error?.reason.mayHaveReachedServer == false)
  }

  @Test("a missing helper is a clear 'never sent' error naming the file")
  func missingHelper() async throws {
    let transport = NetworkHelperTransport(
      launch: NetworkHelperTransport.Launch(executable: "/nonexistent/kira-onboard-net", arguments: ["serve"])
    )
    let error = await #expect(throws: TransportError.self) {
      try await transport.send(HTTPRequest(method: "GET", url: URL(string: "http://127.0.0.1:9/")!))
    }
    #expect(error?.reason == .helperUnavailable)
    #expect(error?.detail.contains("/nonexistent/kira-onboard-net") == true)
  }

  @Test("a sandbox that cannot start is reported, with the helper's reason")
  func sandboxCannotStart() async throws {
    let server = buildSandbox()
    _ = try await server.start()
    defer { Task { await server.stop() } }
    let taken = try #require(server.port)
    let transport = Self.transport(["--embedded-sandbox", "--sandbox-port", "\(taken)"], sandbox: true)
    let error = await #expect(throws: TransportError.self) { try await transport.start() }
    #expect(error?.reason == .helperUnavailable)
    #expect(error?.detail.contains("sandbox could not start") == true, "\(String(describing: error))")
  }

  @Test(
    "a helper that dies mid-request fails that request as 'maybe sent', and the next one starts a new helper")
  func helperDies() async throws {
    let silent = try SilentServer()
    let fast = buildSandbox()
    let fastBase = try await fast.start()
    defer { Task { await fast.stop() } }
    let transport = Self.transport([])
    defer { transport.close() }
    try await transport.start()
    let helper = try #require(await transport.helperProcessID)
    #expect(Self.isRunningHelper(helper))
    let pending = Task {
      try await transport.send(
        HTTPRequest(method: "GET", url: silent.baseURL.appendingPathComponent("v1/users")))
    }
    // Wait until the request reached the server (which never answers), then kill the helper.
    try await Self.waitUntil("the request arrived") { silent.receivedRequest }
    kill(helper, SIGKILL)
    let result = await pending.result
    guard case .failure(let error as TransportError) = result else {
      Issue.record("expected a transport error, got \(result)")
      return
    }
    #expect(error.reason == .connectionLost)
    #expect(error.reason.mayHaveReachedServer)
    try await Self.waitUntil("the dead helper is noticed") { await transport.helperProcessID == nil }
    let answer = try await transport.send(
      HTTPRequest(
        method: "GET", url: fastBase.deletingLastPathComponent().appendingPathComponent("_sandbox/requests")))
    #expect(answer.status == 200)
    let second = try #require(await transport.helperProcessID)
    #expect(second != helper)
  }

  @Test("close() ends the helper and its embedded sandbox")
  func closeEndsHelper() async throws {
    let transport = Self.transport(["--embedded-sandbox"], sandbox: true)
    let base = try #require(try await transport.start())
    let helper = try #require(await transport.helperProcessID)
    #expect(Self.isRunningHelper(helper))
    transport.close()
    try await Self.waitUntil("the helper exited") { !Self.isRunningHelper(helper) }
    let probe = URLSessionTransport(connectTimeout: 5, requestTimeout: 10)
    let error = await #expect(throws: TransportError.self) {
      try await probe.send(Self.tokenRequest(base))
    }
    #expect(error?.reason == .connectionRefused)
  }

  // MARK: - Helpers

  /// True while `pid` is a live (not yet exited) kira-onboard-net process.
  static func isRunningHelper(_ pid: Int32) -> Bool {
    let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
    let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
    return command.contains("kira-onboard-net") && !state.contains(") Z ")
  }

  /// Polls `condition` every 20 ms until it holds, for at most 60 s.
  static func waitUntil(_ what: String, _ condition: () async -> Bool) async throws {
    let deadline = Date().addingTimeInterval(60)
    while await !condition() {
      guard Date() < deadline else { throw WaitTimeout(description: "timed out waiting: \(what)") }
      try await Task.sleep(for: .milliseconds(20))
    }
  }

  struct WaitTimeout: Error, CustomStringConvertible {
    var description: String
  }
}

/// A loopback server that accepts one connection, reads the request and
/// never answers: a request to it is certainly in flight.
final class SilentServer: @unchecked Sendable {
  let baseURL: URL
  private let listener: Int32
  private let lock = NSLock()
  private var received = false
  private var connection: Int32 = -1

  /// True once a whole request head arrived.
  var receivedRequest: Bool { lock.withLock { received } }
  /// True once a connection was accepted.
  var accepted: Bool { lock.withLock { connection >= 0 } }

  init() throws {
    let (descriptor, url) = try LoopbackListener.open(backlog: 4)
    listener = descriptor
    baseURL = url
    let listener = listener
    Thread.detachNewThread { [self] in
      let accepted = accept(descriptor, nil, nil)
      guard accepted >= 0 else { return }
      lock.withLock { connection = accepted }
      var head = Data()
      var buffer = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = read(accepted, &buffer, buffer.count)
        guard count > 0 else { return }
        head.append(contentsOf: buffer[0..<count])
        if head.range(of: Data("\r\n\r\n".utf8)) != nil {
          lock.withLock { received = true }
        }
      }
    }
  }

  deinit {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
    let open = lock.withLock { connection }
    if open >= 0 { close(open) }
  }
}
