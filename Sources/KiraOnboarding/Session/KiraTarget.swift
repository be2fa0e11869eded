import KiraClient
import KiraModels

/// Where a session goes and with which credentials, decided without starting
/// anything (so the wizard can refuse missing credentials before curses
/// takes the screen, without a network helper).
public struct KiraTarget: Sendable {
  /// The API base URL (for the embedded sandbox: replaced by its URL once it runs).
  public var endpoint: KiraEndpoint
  /// The credentials to sign in with (the demo ones for a sandbox without credentials).
  public var credentials: KiraCredentials
  /// Where the credentials came from ("environment", a file path, or "demo").
  public var origin: String
  /// True when an embedded sandbox must be started for this session.
  public var startsEmbeddedSandbox: Bool
  /// What to tell people about demo credentials on a loopback URL, if anything.
  public var demoNotice: String?
  /// The credentials file looked at (named in messages).
  public var credentialsFile: String
  /// The base URL as chosen (`--base-url`, `KIRA_BASE_URL`, the file's
  /// `base_url`), nil for Kira's own sandbox or production.
  public var chosenURL: String? = nil
}

/// The one place a session's target is decided:
/// - the base URL from `--production`, else `--base-url`, else `KIRA_BASE_URL`,
///   else the credentials file's `base_url`, else Kira's sandbox;
/// - credentials from the environment or the owner-only credentials file;
/// - no credentials and no chosen URL: an embedded sandbox (started by the
///   caller's transports) with the demo credentials;
/// - no credentials but a loopback URL (a `kira-onboard sandbox` elsewhere):
///   the demo credentials, with a notice;
/// - no credentials for any other URL: `CredentialsError.missing`.
///
/// - Throws: `SettingsError` (settings out of their rules, `--production`
///   with `--base-url`), `CredentialsError` (missing, incomplete, unsafe
///   file) or `KiraError` (a chosen URL that is not a usable base URL).
public func resolveKiraTarget(settings: ConnectionSettings, environment: [String: String]) throws
  -> KiraTarget
{
  try settings.validate()
  let source = CredentialsSource(environment: environment)
  let loaded = try source.load()
  let chosenURL: String? =
    settings.baseURL ?? environment["KIRA_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 } ?? loaded?.baseURL

  let endpoint: KiraEndpoint
  if settings.production {
    endpoint = .production
  } else if let chosenURL {
    endpoint = try KiraEndpoint(url: chosenURL)
  } else {
    endpoint = .sandbox
  }
  let named = settings.production ? nil : chosenURL
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
  if !settings.production && chosenURL == nil {
    target.startsEmbeddedSandbox = true
  } else if endpoint.kind == .custom, let host = endpoint.baseURL.host, KiraEndpoint.isLoopback(host: host) {
    target.demoNotice =
      "kira-onboard: no Kira credentials; using the sandbox demo credentials for \(endpoint)"
  } else {
    throw CredentialsError.missing(target: endpoint.description, file: source.fileURL.path)
  }
  return target
}
