import Foundation
import KiraClient
import KiraModels
import Logging

/// A ready client and what it talks to. Requests go through the network
/// helper process; when no credentials exist, that helper also runs an
/// embedded sandbox, and `close()` stops both.
struct KiraSession: Sendable {
  /// The client.
  let client: KiraClient
  /// "SANDBOX" (embedded, demo), "sandbox" (Kira's), "production", or the custom URL.
  let environmentName: String
  /// The helper that sends the requests (and runs the embedded sandbox, if any).
  let transport: NetworkHelperTransport
  /// True when requests go to the embedded sandbox.
  let isEmbeddedSandbox: Bool
  /// Where the credentials came from ("environment", a file path, or "demo").
  let credentialsOrigin: String

  /// The environment as the journal records it, which also scopes the
  /// history that resubmission decisions read: the base URL for Kira, and a
  /// name of its own for each embedded sandbox, whose users vanish with it.
  let journalEnvironment: String

  /// Stops the helper (and the embedded sandbox, if any).
  func close() async {
    transport.close()
  }
}

/// Where a session goes and with which credentials, decided without starting
/// anything (so the wizard can refuse missing credentials before curses
/// takes the screen, without a network helper).
struct KiraTarget {
  /// The API base URL (for the embedded sandbox: replaced by its URL once it runs).
  var endpoint: KiraEndpoint
  /// The credentials to sign in with (the demo ones for a sandbox without credentials).
  var credentials: KiraCredentials
  /// Where the credentials came from ("environment", a file path, or "demo").
  var origin: String
  /// True when an embedded sandbox must be started for this session.
  var startsEmbeddedSandbox: Bool
  /// What to tell people about demo credentials on a loopback URL, if anything.
  var demoNotice: String?
  /// The credentials file looked at (named in messages).
  var credentialsFile: String
  /// The base URL as chosen (`--base-url`, `KIRA_BASE_URL`, the file's
  /// `base_url`), nil for Kira's own sandbox or production.
  var chosenURL: String? = nil
}

/// Resolves the target the way `makeKiraSession` documents.
///
/// - Throws: `CredentialsError` (missing, incomplete, unsafe file) or a bad URL.
func resolveKiraTarget(options: ConnectionSettings, environment: [String: String]) throws -> KiraTarget {
  let source = CredentialsSource(environment: environment)
  let loaded = try source.load()
  let chosenURL: String? =
    options.baseURL ?? environment["KIRA_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? loaded?.baseURL

  let endpoint: KiraEndpoint
  if options.production {
    endpoint = .production
  } else if let chosenURL {
    endpoint = try KiraEndpoint(url: chosenURL)
  } else {
    endpoint = .sandbox
  }
  let named = options.production ? nil : chosenURL
  if let loaded {
    return KiraTarget(
      endpoint: endpoint, credentials: loaded.credentials, origin: loaded.origin,
      startsEmbeddedSandbox: false,
      demoNotice: nil, credentialsFile: source.fileURL.path, chosenURL: named)
  }
  let demo = KiraCredentials(
    apiKey: SandboxDemoCredentials.apiKey, clientID: SandboxDemoCredentials.clientID,
    password: SandboxDemoCredentials.password)
  var target = KiraTarget(
    endpoint: endpoint, credentials: demo, origin: "demo", startsEmbeddedSandbox: false, demoNotice: nil,
    credentialsFile: source.fileURL.path, chosenURL: named)
  if !options.production && chosenURL == nil {
    target.startsEmbeddedSandbox = true
  } else if endpoint.kind == .custom, let host = endpoint.baseURL.host, KiraEndpoint.isLoopback(host: host) {
    target.demoNotice =
      "kira-onboard: no Kira credentials; using the sandbox demo credentials for \(endpoint)"
  } else {
    throw CredentialsError.missing(target: endpoint.description, file: source.fileURL.path)
  }
  return target
}

/// The one way commands (and the wizard) get a client:
/// - credentials from the environment or the owner-only config file, and the
///   base URL from `--production` / `--base-url` / `KIRA_BASE_URL` / the file /
///   Kira's sandbox, in that order;
/// - no credentials and no chosen URL: an embedded sandbox on 127.0.0.1 (a
///   free port unless `sandboxPort` pins one), run by the network helper,
///   with demo credentials, announced through `notice`;
/// - no credentials but a loopback URL (a `kira-onboard sandbox` elsewhere):
///   the demo credentials;
/// - no credentials for any other URL: `CredentialsError.missing`.
func makeKiraSession(
  options: ConnectionSettings, environment: [String: String] = ProcessInfo.processInfo.environment,
  sandboxPort: Int = 0,
  notice: @Sendable (String) -> Void = { ErrorPresenter.writeToStandardError($0) },
  onRetry: (@Sendable (RetryEvent) -> Void)? = nil
) async throws -> KiraSession {
  var target = try resolveKiraTarget(options: options, environment: environment)
  var transport: NetworkHelperTransport?
  var environmentName = target.endpoint.description
  if target.startsEmbeddedSandbox {
    let helper = NetworkHelper.transport(
      options: options, environment: environment, embeddedSandboxPort: sandboxPort)
    guard let url = try await helper.start() else {
      throw TransportError(.helperUnavailable, detail: "the network helper started no sandbox")
    }
    target.endpoint = try KiraEndpoint(url: url.absoluteString)
    transport = helper
    environmentName = "SANDBOX"
    notice(
      "kira-onboard: no Kira credentials (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD or "
        + "\(target.credentialsFile)); using the embedded sandbox at \(url.absoluteString) "
        + "with demo credentials: nothing reaches Kira")
  } else if let demoNotice = target.demoNotice {
    notice(demoNotice)
  }

  let configuration = KiraClientConfiguration(
    endpoint: target.endpoint, credentials: target.credentials, apiVersion: options.apiVersion,
    userAgent: ToolInfo.userAgent, retryPolicy: options.retryPolicy)
  let isEmbeddedSandbox = transport != nil
  let relay =
    transport
    ?? NetworkHelper.transport(options: options, environment: environment, target: target.endpoint.baseURL)
  let client = KiraClient(
    configuration: configuration, transport: relay,
    logger: makeLogger(options: options, environment: environment),
    onRetry: onRetry)
  let journalEnvironment =
    isEmbeddedSandbox
    ? "SANDBOX (embedded \(UUID().uuidString.prefix(8).lowercased()))" : target.endpoint.canonicalEnvironment
  return KiraSession(
    client: client, environmentName: environmentName, transport: relay, isEmbeddedSandbox: isEmbeddedSandbox,
    credentialsOrigin: target.origin, journalEnvironment: journalEnvironment)
}

/// The redacted file logger (`--log-file`, `KIRA_ONBOARD_LOG`, or the XDG state file), or no logging.
func makeLogger(options: ConnectionSettings, environment: [String: String]) -> Logger {
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
