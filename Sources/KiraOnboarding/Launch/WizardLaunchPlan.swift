import Foundation
import KiraClient
import Wizard

/// Where the wizard will send its data, decided before the first frame
/// without any network or sandbox start-up (those happen behind the first
/// frame, in `makeJournaledConnector`).
public struct WizardLaunchPlan: Sendable {
  /// True for the embedded sandbox (demo mode).
  public var isEmbeddedSandbox: Bool
  /// Header name and demo settings for the wizard.
  public var environment: WizardEnvironment
  /// The environment the session is made from (credentials hidden in demo mode).
  public var sessionEnvironment: [String: String]
  /// The embedded sandbox's port (0: a free one; pinned by `KIRA_ONBOARD_SANDBOX_PORT`).
  public var sandboxPort: Int
  /// The environment the journal records for this launch (the coordinator
  /// writes the same), or nil for an embedded sandbox.
  public var journalEnvironment: String?

  /// The variable that pins the embedded sandbox's port (for tests that read its request log).
  public static let sandboxPortVariable = "KIRA_ONBOARD_SANDBOX_PORT"

  /// Where the demo keys write their sample document images: `kira-onboard-demo`
  /// in `$TMPDIR`, else in /tmp (as `NSTemporaryDirectory` would say, without
  /// the file-system checks it makes at every start).
  public static func demoFilesDirectory(environment: [String: String]) -> String {
    var folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    return folder == "/" ? "/kira-onboard-demo" : folder + "/kira-onboard-demo"
  }

  /// Resolves the target once, the way `makeKiraSession` does, so missing
  /// credentials are refused before curses takes the screen.
  public static func make(demo: Bool, settings: ConnectionSettings, environment: [String: String]) throws
    -> WizardLaunchPlan
  {
    var sandboxPort = 0
    if let pinned = environment[sandboxPortVariable], !pinned.isEmpty {
      guard let port = Int(pinned), (1...65535).contains(port) else {
        throw WizardLaunchError.badSandboxPort(pinned)
      }
      sandboxPort = port
    }
    let demoFolder = demoFilesDirectory(environment: environment)
    let target = demo ? nil : try resolveKiraTarget(settings: settings, environment: environment)
    if demo || target?.startsEmbeddedSandbox == true {
      var hidden = environment
      for name in CredentialsSource.variables + ["KIRA_BASE_URL"] { hidden[name] = nil }
      hidden["XDG_CONFIG_HOME"] = "/nonexistent/kira-onboard-demo"
      return WizardLaunchPlan(
        isEmbeddedSandbox: true, environment: .embeddedSandbox(demoFilesDirectory: demoFolder),
        sessionEnvironment: hidden, sandboxPort: sandboxPort, journalEnvironment: nil)
    }
    // The header names the place the requests go, resolved once, by the
    // same code as the session (the credentials file's base_url included).
    let name = settings.production ? "production" : target?.chosenURL ?? "sandbox"
    return WizardLaunchPlan(
      isEmbeddedSandbox: false,
      environment: WizardEnvironment(name: name, isEmbeddedSandbox: false, isProduction: settings.production),
      sessionEnvironment: environment, sandboxPort: sandboxPort,
      journalEnvironment: target?.endpoint.description)
  }
}

/// A bad launch setting for the wizard.
public enum WizardLaunchError: PresentableError {
  case badSandboxPort(String)

  public var userMessage: String {
    switch self {
    case .badSandboxPort(let value):
      "\(WizardLaunchPlan.sandboxPortVariable) must be a port number 1-65535, not \"\(value)\""
    }
  }

  public var exitStatus: Int32 { ExitStatus.usage }
}
