import Foundation
import KiraClient
import KiraModels
import Logging

/// A ready client and what it talks to. Requests go through the transport
/// the session was made with (the executable's network helper, or a test's
/// in-process one); when no credentials exist, that helper also runs an
/// embedded sandbox, and `close()` stops both.
public struct KiraSession: Sendable {
  /// The client.
  public let client: KiraClient
  /// "SANDBOX" (embedded, demo), "sandbox" (Kira's), "production", or the custom URL.
  public let environmentName: String
  /// What sends the requests (and runs the embedded sandbox, if any).
  public let transport: any HTTPTransport
  /// True when requests go to the embedded sandbox.
  public let isEmbeddedSandbox: Bool
  /// Where the credentials came from ("environment", a file path, or "demo").
  public let credentialsOrigin: String

  /// The environment as the journal records it, which also scopes the
  /// history that resubmission decisions read: the base URL for Kira, and a
  /// name of its own for each embedded sandbox, whose users vanish with it.
  public let journalEnvironment: String

  private let closeTransport: @Sendable () -> Void

  /// A session over `client`, closed with `close`.
  public init(
    client: KiraClient, environmentName: String, transport: any HTTPTransport, isEmbeddedSandbox: Bool,
    credentialsOrigin: String, journalEnvironment: String, close: @escaping @Sendable () -> Void = {}
  ) {
    self.client = client
    self.environmentName = environmentName
    self.transport = transport
    self.isEmbeddedSandbox = isEmbeddedSandbox
    self.credentialsOrigin = credentialsOrigin
    self.journalEnvironment = journalEnvironment
    self.closeTransport = close
  }

  /// Stops the helper (and the embedded sandbox, if any).
  public func close() async {
    closeTransport()
  }

  /// `close()` where nothing can be awaited (a `defer`).
  public func closeNow() {
    closeTransport()
  }

  /// The same session with its client sending through `transport` (the
  /// batch's pacing around this session's own); closing either closes the
  /// transport this session was made with.
  public func sending(through transport: any HTTPTransport, logger: Logger) -> KiraSession {
    KiraSession(
      client: KiraClient(configuration: client.configuration, transport: transport, logger: logger),
      environmentName: environmentName, transport: self.transport, isEmbeddedSandbox: isEmbeddedSandbox,
      credentialsOrigin: credentialsOrigin, journalEnvironment: journalEnvironment, close: closeTransport)
  }
}

/// The one way commands (and the wizard) get a client: the target as
/// `resolveKiraTarget` decides it, requests through `transport`.
///
/// - no credentials and no chosen URL: the embedded sandbox that
///   `transport.startEmbeddedSandbox` starts, with demo credentials,
///   announced through `notice`;
/// - no credentials but a loopback URL: the demo credentials, announced too;
/// - no credentials for any other URL: `CredentialsError.missing`.
///
/// - Parameters:
///   - logger: the client's log (default: the redacted file log the settings and environment choose).
public func makeKiraSession(
  settings: ConnectionSettings, environment: [String: String], transport: SessionTransports,
  logger: Logger? = nil, notice: @Sendable (String) -> Void = { _ in },
  onRetry: (@Sendable (RetryEvent) -> Void)? = nil
) async throws -> KiraSession {
  var target = try resolveKiraTarget(settings: settings, environment: environment)
  var embedded: SessionTransport?
  var environmentName = target.endpoint.description
  if target.startsEmbeddedSandbox {
    guard let start = transport.startEmbeddedSandbox else {
      throw TransportError(.helperUnavailable, detail: "this session cannot run an embedded sandbox")
    }
    let sandbox = try await start()
    target.endpoint = try KiraEndpoint(url: sandbox.baseURL.absoluteString)
    embedded = sandbox.transport
    environmentName = "SANDBOX"
    notice(
      "kira-onboard: no Kira credentials (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD or "
        + "\(target.credentialsFile)); using the embedded sandbox at \(sandbox.baseURL.absoluteString) "
        + "with demo credentials: nothing reaches Kira")
  } else if let demoNotice = target.demoNotice {
    notice(demoNotice)
  }

  let configuration = KiraClientConfiguration(
    endpoint: target.endpoint, credentials: target.credentials, apiVersion: settings.apiVersion,
    userAgent: ToolInfo.userAgent, retryPolicy: settings.retryPolicy)
  let isEmbeddedSandbox = embedded != nil
  let relay = embedded ?? transport.connect(target.endpoint.baseURL)
  let client = KiraClient(
    configuration: configuration, transport: relay.transport,
    logger: logger ?? makeLogger(settings: settings, environment: environment),
    onRetry: onRetry)
  let journalEnvironment =
    isEmbeddedSandbox
    ? "SANDBOX (embedded \(UUID().uuidString.prefix(8).lowercased()))" : target.endpoint.canonicalEnvironment
  return KiraSession(
    client: client, environmentName: environmentName, transport: relay.transport,
    isEmbeddedSandbox: isEmbeddedSandbox, credentialsOrigin: target.origin,
    journalEnvironment: journalEnvironment,
    close: relay.close)
}
