import Foundation
import KiraClient
import KiraModels

/// What one `SubmissionCoordinator.submit` call did and what the operator
/// should do next.
public struct SubmissionReport: Sendable {
  /// Where the applicant stands after the call.
  public enum Outcome: Sendable, Hashable {
    /// Kira created the user (in this call, possibly by replaying an earlier body).
    case created(userID: String)
    /// Nothing was sent: an earlier attempt already created this user.
    case alreadyCreated(userID: String?)
    /// Kira definitely rejected the body: correct the fields and submit again
    /// (a new idempotency key will be used).
    case rejected(KiraError)
    /// Nothing was sent: this exact body was already rejected under this key.
    case unchangedAfterRejection(idempotencyKey: String)
    /// No answer: submit again later; the same body goes out under the same key.
    case outcomeUnknown(idempotencyKey: String, error: KiraError)
    /// Kira was unavailable after the client's retries: submit again later
    /// (same key, same body).
    case unavailable(idempotencyKey: String, error: KiraError)
    /// Kira refused the credentials.
    case authenticationFailed(KiraError)
    /// 409: the key was already used with another body. The users found under
    /// the applicant's e-mail are listed for support to check.
    case conflict(idempotencyKey: String, existingUserIDs: [String], error: KiraError)
    /// Nothing was sent: Kira already has users with the applicant's e-mail
    /// (a second desk, or an earlier attempt whose outcome stayed open past
    /// Kira's idempotency window: `staleKey`). Sending needs the operator's
    /// confirmation (`ExistingEmailPolicy.refuse(allowing:)`).
    case emailInUse(users: [KiraUser], staleKey: String?)
  }

  /// The outcome.
  public var outcome: Outcome
  /// The created user, when Kira returned one in this call.
  public var user: KiraUser?
  /// The journal rows written by this call, in order.
  public var attempts: [AttemptRecord]
  /// True when an earlier attempt's body (not the one passed in) was sent to
  /// settle an open outcome. When that created the user, the changes made
  /// since must be sent with `kira-onboard fix` (PUT), never as a new create.
  public var replayedEarlierBody: Bool
  /// True when the draft was wiped after a successful create.
  public var draftWiped: Bool
  /// True when another process was sending this applicant's create and this
  /// call waited for its outcome instead of sending a second one.
  public var waitedForAnotherProcess = false

  /// Creates a report.
  public init(
    outcome: Outcome, user: KiraUser? = nil, attempts: [AttemptRecord] = [],
    replayedEarlierBody: Bool = false, draftWiped: Bool = false
  ) {
    self.outcome = outcome
    self.user = user
    self.attempts = attempts
    self.replayedEarlierBody = replayedEarlierBody
    self.draftWiped = draftWiped
  }

  /// The number of create requests this call sent (journal rows written).
  public var requestsSent: Int { attempts.count }
}
