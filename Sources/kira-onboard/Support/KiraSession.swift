import Foundation
import KiraClient
import KiraModels
import KiraSandbox
import Logging

/// A ready client and what it talks to. When no credentials exist, it talks
/// to an embedded sandbox running in this process; `close()` stops it.
struct KiraSession: Sendable {
  /// The client.
  let client: KiraClient
  /// "SANDBOX" (embedded, demo), "sandbox" (Kira's), "production", or the custom URL.
  let environmentName: String
  /// The embedded sandbox, when one was started.
  let sandbox: SandboxServer?
  /// Where the credentials came from ("environment", a file path, or "demo").
  let credentialsOrigin: String

  /// True when requests go to the embedded sandbox.
  var isEmbeddedSandbox: Bool { sandbox != nil }

  /// The environment as the journal records it, which also scopes the
  /// history that resubmission decisions read: the base URL for Kira, and a
  /// name of its own for each embedded sandbox, whose users vanish with it.
  let journalEnvironment: String

  /// Stops the embedded sandbox, if any.
  func close() async {
    await sandbox?.stop()
  }
}

/// The one way commands (and the wizard) get a client:
/// - credentials from the environment or the owner-only config file, and the
///   base URL from `--production` / `--base-url` / `KIRA_BASE_URL` / the file /
///   Kira's sandbox, in that order;
/// - no credentials and no chosen URL: an embedded sandbox on 127.0.0.1 (a
///   free port) with demo credentials, announced through `notice`;
/// - no credentials but a loopback URL (a `kira-onboard sandbox` elsewhere):
///   the demo credentials;
/// - no credentials for any other URL: `CredentialsError.missing`.
func makeKiraSession(
  options: ConnectionOptions, environment: [String: String] = ProcessInfo.processInfo.environment,
  sandboxConfiguration: SandboxConfiguration = SandboxConfiguration(),
  notice: @Sendable (String) -> Void = { ErrorPresenter.writeToStandardError($0) },
  onRetry: (@Sendable (RetryEvent) -> Void)? = nil
) async throws -> KiraSession {
  let source = CredentialsSource(environment: environment)
  let loaded = try source.load()
  let chosenURL: String? =
    options.baseURL ?? environment["KIRA_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? loaded?.baseURL

  var endpoint: KiraEndpoint
  if options.production {
    endpoint = .production
  } else if let chosenURL {
    endpoint = try KiraEndpoint(url: chosenURL)
  } else {
    endpoint = .sandbox
  }

  var credentials = loaded?.credentials
  var origin = loaded?.origin ?? "demo"
  var sandbox: SandboxServer?
  var environmentName = endpoint.description
  if credentials == nil {
    let demo = KiraCredentials(
      apiKey: sandboxConfiguration.apiKey, clientID: sandboxConfiguration.clientID,
      password: sandboxConfiguration.password)
    if !options.production && chosenURL == nil {
      let server = buildSandbox(configuration: sandboxConfiguration)
      let url = try await server.start()
      endpoint = try KiraEndpoint(url: url.absoluteString)
      sandbox = server
      environmentName = "SANDBOX"
      notice(
        "kira-onboard: no Kira credentials (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD or "
          + "\(source.fileURL.path)); using the embedded sandbox at \(url.absoluteString) "
          + "with demo credentials: nothing reaches Kira")
    } else if endpoint.kind == .custom, let host = endpoint.baseURL.host, KiraEndpoint.isLoopback(host: host)
    {
      notice("kira-onboard: no Kira credentials; using the sandbox demo credentials for \(endpoint)")
    } else {
      throw CredentialsError.missing(target: endpoint.description, file: source.fileURL.path)
    }
    credentials = demo
    origin = "demo"
  }

  let configuration = KiraClientConfiguration(
    endpoint: endpoint, credentials: credentials!, apiVersion: options.apiVersion,
    userAgent: ToolInfo.userAgent, retryPolicy: options.retryPolicy)
  let transport = URLSessionTransport(
    connectTimeout: options.connectTimeout, requestTimeout: options.requestTimeout)
  let client = KiraClient(
    configuration: configuration, transport: transport,
    logger: makeLogger(options: options, environment: environment),
    onRetry: onRetry)
  let journalEnvironment =
    sandbox == nil
    ? endpoint.description : "SANDBOX (embedded \(UUID().uuidString.prefix(8).lowercased()))"
  return KiraSession(
    client: client, environmentName: environmentName, sandbox: sandbox, credentialsOrigin: origin,
    journalEnvironment: journalEnvironment)
}

/// The redacted file logger (`--log-file`, `KIRA_ONBOARD_LOG`, or the XDG state file), or no logging.
func makeLogger(options: ConnectionOptions, environment: [String: String]) -> Logger {
  let choice = options.logFile ?? environment["KIRA_ONBOARD_LOG"]
  let silent = Logger(label: "kira-onboard", factory: { _ in SwiftLogNoOpLogHandler() })
  if choice == "off" || choice == "" { return silent }
  let url =
    choice.map { URL(fileURLWithPath: PathExpansionForLogs.expand($0, environment: environment)) }
    ?? FileLogHandler.defaultURL(environment: environment)
  guard let sink = try? FileLogHandler.Sink(url: url) else { return silent }
  return Logger(label: "kira-onboard") { FileLogHandler(label: $0, sink: sink) }
}

/// `~` in a log path.
enum PathExpansionForLogs {
  static func expand(_ path: String, environment: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
  }
}
