import Foundation
import KiraOnboarding
import Testing

/// The wizard's launch plan: what it decides before the first frame.
@Suite("Wizard launch plan")
struct WizardLaunchPlanTests {
  @Test(
    "demo sample files go to kira-onboard-demo in $TMPDIR, else /tmp",
    arguments: [
      ([:], "/tmp/kira-onboard-demo"), (["TMPDIR": ""], "/tmp/kira-onboard-demo"),
      (["TMPDIR": "/var/tmp/"], "/var/tmp/kira-onboard-demo"), (["TMPDIR": "/"], "/kira-onboard-demo"),
      (["TMPDIR": "/home/ana/tmp"], "/home/ana/tmp/kira-onboard-demo"),
    ])
  func demoFolder(environment: [String: String], expected: String) {
    #expect(WizardLaunchPlan.demoFilesDirectory(environment: environment) == expected)
  }

  @Test("without credentials the plan is the embedded sandbox, credentials hidden from its session")
  func embeddedSandboxWithoutCredentials() throws {
    let environment = [
      "HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config", "TMPDIR": "/var/tmp",
    ]
    let plan = try WizardLaunchPlan.make(
      demo: false, settings: ConnectionSettings(), environment: environment)
    #expect(plan.isEmbeddedSandbox)
    #expect(plan.environment.demoFilesDirectory == "/var/tmp/kira-onboard-demo")
    #expect(plan.sessionEnvironment["XDG_CONFIG_HOME"] == "/nonexistent/kira-onboard-demo")
    #expect(plan.journalEnvironment == nil)
  }

  @Test(
    "the header names where the requests go, from the same resolution as the session: flag, variable, file",
    arguments: [
      ([], [:], "https://kira.file.example"),
      ([], ["KIRA_BASE_URL": "https://kira.variable.example"], "https://kira.variable.example"),
      (["--base-url"], ["KIRA_BASE_URL": "https://kira.variable.example"], "https://kira.flag.example"),
    ])
  func headerNamesTheTarget(flags: [String], variables: [String: String], expected: String) throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kira-plan-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: config) }
    let folder = config.appendingPathComponent("kira-onboard")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent("credentials.json")
    try Data(
      #"{"api_key": "k", "client_id": "c", "password": "p", "base_url": "https://kira.file.example"}"#.utf8
    ).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
    var environment = ["HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": config.path]
    environment.merge(variables) { $1 }
    var options = ConnectionSettings()
    if flags.contains("--base-url") { options.baseURL = "https://kira.flag.example" }
    let plan = try WizardLaunchPlan.make(demo: false, settings: options, environment: environment)
    let target = try resolveKiraTarget(settings: options, environment: environment)
    #expect(!plan.isEmbeddedSandbox)
    #expect(plan.environment.name == expected)
    #expect(target.endpoint.baseURL.absoluteString.hasPrefix(expected))
    #expect(plan.journalEnvironment == target.endpoint.description)
  }
}
