import KiraClient
import KiraModels
import KiraStore
import Wizard

extension JournaledWizardBackend: UserStatusBackend {
  /// `GET /v1/users/{id}` through the session's client (the network helper).
  /// Kira's reasons from the webhook events this desk received are added:
  /// the Result screen shows why a user was rejected.
  public func userStatus(id: String) async -> Result<UserStatusSnapshot, StatusCheckFailure> {
    let result = await KiraClientBackend.userStatus(id: id, client: session.client)
    guard case .success(var snapshot) = result, let store else { return result }
    let events = (try? store.webhookEvents.events(userID: id)) ?? []
    snapshot.reasons = Array(
      events.flatMap(\.reasons).map { UntrustedText.clean($0, limit: 300) }.suffix(10))
    return .success(snapshot)
  }
}
