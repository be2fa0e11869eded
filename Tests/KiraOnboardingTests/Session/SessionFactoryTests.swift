import Foundation
import KiraClient
import KiraModels
import KiraOnboarding
import KiraSandbox
import Testing

/// `makeKiraSession` over a transport the caller gives: here an in-process one.
@Suite("Session factory")
struct SessionFactoryTests {
  /// Records the base URLs sessions asked a transport for, and closes.
  final class Transports: @unchecked Sendable {
    let engine = EngineTransport()
    private let lock = NSLock()
    private var connected: [URL] = []
    private var closes = 0

    var urls: [URL] { lock.withLock { connected } }
    var closeCount: Int { lock.withLock { closes } }

    func factory(embedded: Bool) -> SessionTransports {
      SessionTransports(
        connect: { url in
          self.lock.withLock { self.connected.append(url) }
          return SessionTransport(self.engine, close: { self.lock.withLock { self.closes += 1 } })
        },
        startEmbeddedSandbox: embedded ? { @Sendable in self.embeddedSandbox() } : nil)
    }

    private func embeddedSandbox() -> EmbeddedSandbox {
      EmbeddedSandbox(
        baseURL: EngineTransport.baseURL,
        transport: SessionTransport(engine, close: { self.lock.withLock { self.closes += 1 } }))
    }
  }

  static let quiet = ConnectionSettings(maxAttempts: 1, logFile: "off")

  @Test("a session goes to the file's base_url with the file's credentials, through the given transport")
  func fileBaseURL() async throws {
    // The sandbox accepts the demo credentials: the file holds them, with the engine's URL.
    let home = try CredentialsHome(
      json: """
        {"api_key": "\(SandboxDemoCredentials.apiKey)", "client_id": "\(SandboxDemoCredentials.clientID)", \
        "password": "\(SandboxDemoCredentials.password)", "base_url": "\(EngineTransport.baseURL.absoluteString)"}
        """)
    let transports = Transports()
    let session = try await makeKiraSession(
      settings: Self.quiet, environment: home.environment, transport: transports.factory(embedded: false))
    #expect(transports.urls == [EngineTransport.baseURL])
    #expect(!session.isEmbeddedSandbox)
    #expect(session.credentialsOrigin == home.file)
    #expect(session.environmentName == EngineTransport.baseURL.absoluteString)
    #expect(
      session.journalEnvironment
        == (try KiraEndpoint(url: EngineTransport.baseURL.absoluteString)).canonicalEnvironment)

    try await session.client.authenticate()
    let sent = transports.engine.requests
    #expect(sent.count == 1)
    #expect(sent.first?.url.absoluteString.hasPrefix(EngineTransport.baseURL.absoluteString) == true)
    #expect(sent.first?.header("user-agent") == ToolInfo.userAgent)
    #expect(transports.engine.engine.requestLog.map(\.path) == ["auth"])

    await session.close()
    #expect(transports.closeCount == 1)
  }

  @Test(
    "without credentials or a URL the embedded sandbox starts, is announced, and has a journal name of its own"
  )
  func embeddedSandbox() async throws {
    let environment = [
      "HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config",
      "KIRA_ONBOARD_LOG": "off",
    ]
    let transports = Transports()
    let notices = Collected()
    let first = try await makeKiraSession(
      settings: Self.quiet, environment: environment, transport: transports.factory(embedded: true),
      notice: { notices.append($0) })
    let second = try await makeKiraSession(
      settings: Self.quiet, environment: environment, transport: transports.factory(embedded: true))
    #expect(first.isEmbeddedSandbox)
    #expect(first.environmentName == "SANDBOX")
    #expect(first.credentialsOrigin == "demo")
    #expect(first.journalEnvironment.hasPrefix("SANDBOX (embedded "))
    #expect(first.journalEnvironment != second.journalEnvironment)
    #expect(transports.urls.isEmpty, "the embedded sandbox's own transport is used")
    #expect(notices.values.count == 1)
    #expect(
      notices.values.first?.contains("embedded sandbox at \(EngineTransport.baseURL.absoluteString)") == true)

    let user = try await first.client.createUser(
      body: Applicants.maria(email: Applicants.email()), idempotencyKey: UUID().uuidString.lowercased())
    #expect(transports.engine.engine.users.map(\.id) == [user.id])
  }

  @Test("a caller without an embedded sandbox cannot start a credential-less session")
  func noEmbeddedSandbox() async throws {
    let environment = ["HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config"]
    await #expect(throws: TransportError.self) {
      try await makeKiraSession(
        settings: Self.quiet, environment: environment, transport: Transports().factory(embedded: false))
    }
  }

  @Test("a loopback URL without credentials uses the demo credentials and says so")
  func loopbackDemoCredentials() async throws {
    let environment = ["HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config"]
    var settings = Self.quiet
    settings.baseURL = EngineTransport.baseURL.absoluteString
    let notices = Collected()
    let transports = Transports()
    let session = try await makeKiraSession(
      settings: settings, environment: environment, transport: transports.factory(embedded: true),
      notice: { notices.append($0) })
    #expect(!session.isEmbeddedSandbox)
    #expect(session.credentialsOrigin == "demo")
    #expect(
      notices.values == [
        "kira-onboard: no Kira credentials; using the sandbox demo credentials for \(EngineTransport.baseURL.absoluteString)"
      ])
    try await session.client.authenticate()
    #expect(transports.engine.engine.requestLog.map(\.status) == [200])
  }
}

/// Values appended from any task.
final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var items: [String] = []

  func append(_ value: String) { lock.withLock { items.append(value) } }
  var values: [String] { lock.withLock { items } }
}
