import KiraStore
import Wizard

/// Connects the wizard to Kira (or the embedded sandbox) behind the first
/// frame, with creates going through the journal and the support calls
/// (e-mail check, fix-up) available. The session is made from the plan's
/// environment (credentials hidden in demo mode) over `transports`.
public func makeJournaledConnector(
  plan: WizardLaunchPlan, settings: ConnectionSettings, transports: SessionTransports,
  store: @escaping @Sendable () -> LocalStore?, operatorName: String, keepDrafts: Bool
) -> @Sendable () async throws -> any WizardBackend {
  let environment = plan.sessionEnvironment
  return {
    let session = try await makeKiraSession(
      settings: settings, environment: environment, transport: transports)
    return JournaledWizardBackend(
      session: session, store: store(), operatorName: operatorName, keepDrafts: keepDrafts)
  }
}
