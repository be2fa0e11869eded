import Foundation

/// What may be sent next for one applicant, given the journal.
public enum SubmissionDecision: Sendable, Hashable {
  /// No open attempt: send this body under a fresh idempotency key.
  case sendNew
  /// An earlier attempt's outcome is still open (unknown, unavailable, auth,
  /// conflict): send that attempt's body again under its key, so Kira's replay
  /// tells the truth. Nothing else may go out first.
  case replay(idempotencyKey: String, bodySHA256: String)
  /// A user was already created for this applicant: never send again.
  case refuseCreated(userID: String?, idempotencyKey: String)
  /// Kira definitely rejected exactly this body before: change it first.
  case refuseUnchanged(idempotencyKey: String)
}
