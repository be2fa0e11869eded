import KiraClient
import KiraModels

/// A backend that can read a user's progress (`GET /v1/users/{id}`) for the
/// status follow-up; `as?` finds it on the connected backend.
public protocol UserStatusBackend: Sendable {
  /// The user's status, verification status and `missing_fields`, cleaned
  /// and bounded, or why there is none.
  func userStatus(id: String) async -> Result<UserStatusSnapshot, StatusCheckFailure>
}

extension UserStatusSnapshot {
  /// The snapshot of a user Kira returned.
  public init(user: KiraUser) {
    self.init(
      status: user.status, verificationStatus: user.verificationStatus,
      verificationTriggered: user.verificationTriggered, missingFields: user.missingFields)
  }
}

extension KiraClientBackend: UserStatusBackend {
  /// `GET /v1/users/{id}` through the client (and its transport: the network helper in the wizard).
  public func userStatus(id: String) async -> Result<UserStatusSnapshot, StatusCheckFailure> {
    await Self.userStatus(id: id, client: client)
  }

  /// `GET /v1/users/{id}` with `client`, for backends built outside this module.
  public static func userStatus(id: String, client: KiraClient) async -> Result<
    UserStatusSnapshot, StatusCheckFailure
  > {
    do {
      return .success(UserStatusSnapshot(user: try await client.getUser(id: id)))
    } catch let error as KiraError {
      return .failure(StatusCheckFailure(UntrustedText.clean(error.message, limit: 160)))
    } catch {
      return .failure(StatusCheckFailure(UntrustedText.clean(String(describing: error), limit: 160)))
    }
  }
}
