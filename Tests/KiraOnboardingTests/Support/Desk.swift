import Foundation
import KiraClient
import KiraModels
import KiraOnboarding
import KiraSandbox
import KiraStore

/// One support desk in process: a sandbox engine behind an `EngineTransport`,
/// a session made by the library's factory (demo credentials on the
/// engine's loopback URL, one attempt per call so each fault is one
/// answer), a temporary store and the journaled backend over both.
struct Desk: Sendable {
  let transport: EngineTransport
  let temporary: TemporaryStore
  let session: KiraSession
  let backend: JournaledWizardBackend

  var engine: SandboxEngine { transport.engine }
  var store: LocalStore { temporary.store }

  static func make(
    clock: TestClock? = nil, configure: (inout SandboxConfiguration) -> Void = { _ in }
  ) async throws -> Desk {
    let transport = EngineTransport { configuration in
      if let clock { configuration.now = { clock.now } }
      configure(&configuration)
    }
    let environment = [
      "HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config",
      "KIRA_ONBOARD_LOG": "off",
    ]
    let session = try await makeKiraSession(
      settings: ConnectionSettings(baseURL: EngineTransport.baseURL.absoluteString, maxAttempts: 1),
      environment: environment, transport: .always(transport))
    let temporary = try TemporaryStore()
    return Desk(
      transport: transport, temporary: temporary, session: session,
      backend: JournaledWizardBackend(
        session: session, store: temporary.store, operatorName: "desk-7", keepDrafts: false))
  }

  /// `POST /v1/users` requests that reached the transport.
  var creates: [HTTPRequest] { transport.requests("POST", pathEndingWith: "/v1/users") }

  /// Creates a user straight through the client (not journaled), for fix-up tests.
  func createDirectly(_ body: JSONValue) async throws -> KiraUser {
    try await session.client.createUser(body: body, idempotencyKey: UUID().uuidString.lowercased())
  }
}
