import Testing

@testable import kira_onboard

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
    let plan = try WizardLaunchPlan.make(demo: false, options: ConnectionSettings(), environment: environment)
    #expect(plan.isEmbeddedSandbox)
    #expect(plan.environment.demoFilesDirectory == "/var/tmp/kira-onboard-demo")
    #expect(plan.sessionEnvironment["XDG_CONFIG_HOME"] == "/nonexistent/kira-onboard-demo")
    #expect(plan.journalEnvironment == nil)
  }
}
