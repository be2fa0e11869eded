import CursesTerminal
import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraOnboarding
import KiraStore
import Wizard

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kira-onboard fix USER_ID` at a terminal: the wizard opens on the user's
/// status and missing fields, then on just the fields to fix; saving sends
/// `PUT /v1/users/{id}` with only the changed fields and shows the reloaded
/// user; a REJECTED user can get a new verification link (both through the
/// backend's `FixUpService`). The final state is printed once the screen is
/// given back.
enum InteractiveFix {
  /// True when both stdin and stdout are terminals (otherwise `fix` prints).
  static var terminalIsInteractive: Bool {
    isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
  }

  /// Loads the user, runs the fix-up wizard, prints the state it ended in.
  static func run(
    session: KiraSession, userID: String, extraFields: [String] = [], minimumAge: Int
  ) async throws {
    let service = FixUpService(client: session.client)
    let user = try await service.load(userID: userID)
    // Fields named with --field (what Kira rejected) are asked along with the missing ones.
    let target = FixTarget(user: user, rejectedPaths: extraFields)
    let environment = WizardEnvironment(
      name: session.environmentName, isEmbeddedSandbox: session.isEmbeddedSandbox,
      isProduction: session.environmentName == "production")
    let backend = JournaledWizardBackend(
      session: session, store: nil, operatorName: StoreSettings.loginName(), keepDrafts: false)
    let final = try await MainActor.run {
      try runWizard(target: target, environment: environment, minimumAge: minimumAge, backend: backend)
    }
    let reloaded = (try? await service.load(userID: userID)) ?? user
    UserReport.stateLines(of: reloaded, plan: FixUpPlan(user: reloaded)).forEach { print($0) }
    if let updated = final.fixUp?.lastUpdatedFields {
      print(
        CLIText.kiraUpdated(
          fields: updated.map { UserReport.clean($0) }.joined(separator: ", "), reverification: nil,
          triggered: nil
        ).text)
    }
    if let link = final.fixUp?.reissuedLink {
      print("verification link: \(UserReport.clean(link))")
    }
  }

  /// Takes the screen, runs the key loop on the main thread, gives it back.
  @MainActor
  static func runWizard(
    target: FixTarget, environment: WizardEnvironment, minimumAge: Int, backend: JournaledWizardBackend
  ) throws -> WizardState {
    var policy = ValidationPolicy.standard(today: Date())
    policy.minimumAge = minimumAge
    let terminal = try CursesTerminal()
    var state = WizardState(
      fixing: target, policy: policy, environment: environment, now: Date(),
      columns: terminal.size.columns, rows: terminal.size.rows)
    // The operator's language: KIRA_ONBOARD_LANG, else the locale.
    state.language = OperatorLanguage.resolve(environment: ProcessInfo.processInfo.environment)
    let runtime = WizardRuntime(
      terminal: terminal, state: state,
      services: WizardRuntime.Services(connect: { backend }, connectAtStart: true))
    return runtime.run()
  }
}
