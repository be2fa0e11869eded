import KYCForm
import KiraModels

/// What the wizard asks Kira beyond a create: the duplicate e-mail check of
/// Review and the fix-up of an existing user. The executable's backend
/// implements it; `as?` finds it on the connected backend.
public protocol WizardSupportBackend: Sendable {
  /// The users Kira has with this e-mail (`GET /v1/users?email=`).
  func findUsers(email: String) async throws -> [ExistingUser]
  /// Sends `PUT /v1/users/{id}` with only the fields that differ between
  /// `original` and `edited`, then reloads the user.
  func updateUser(id: String, original: FormValues, edited: FormValues) async -> FixUpdateResult
  /// Re-issues verification with an embedded link (`POST /v1/users/{id}/verifications`).
  func reissueVerification(id: String) async -> ReissueResult
}

/// A backend that looks the e-mail up before a create and can be told which
/// existing users the operator confirmed are someone else.
public protocol ExistingEmailAwareBackend: WizardBackend {
  /// Creates the user unless Kira has users with its e-mail other than `allowingExistingUsers`.
  func createUser(
    body: JSONValue, idempotencyKey: String, draftID: String?, allowingExistingUsers: [String],
    progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome
}

/// A backend that sends creates through the submission journal and needs
/// the draft they come from (to group attempts, record Kira's verdict on the
/// draft, and wipe it after a create).
public protocol DraftAwareBackend: WizardBackend {
  /// Creates the user from `body` under `idempotencyKey` for the draft `draftID`.
  func createUser(
    body: JSONValue, idempotencyKey: String, draftID: String?,
    progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome
}
