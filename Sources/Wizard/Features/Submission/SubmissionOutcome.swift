import Foundation
import KiraModels

/// A user Kira created, as the result screen shows it.
public struct CreatedUser: Sendable, Hashable {
  /// Kira's user id.
  public var id: String
  /// Upper-case lifecycle status (`CREATED`, `VERIFYING`, ...).
  public var status: String?
  /// Lower-case advisory status (`unverified`, ...).
  public var verificationStatus: String?
  /// `automatic` or `verification_link`.
  public var verificationMode: String?
  /// The link to send the applicant in link mode.
  public var verificationLink: String?
  /// Why Kira could not make a link, if it says.
  public var verificationLinkError: String?
  /// `verification_triggered` of the create's answer.
  public var verificationTriggered: Bool?
  /// `missing_fields` per product, when the answer had them.
  public var missingFields: [String: [String]]?

  /// Creates a created-user summary.
  public init(
    id: String, status: String? = nil, verificationStatus: String? = nil, verificationMode: String? = nil,
    verificationLink: String? = nil, verificationLinkError: String? = nil, verificationTriggered: Bool? = nil,
    missingFields: [String: [String]]? = nil
  ) {
    self.verificationTriggered = verificationTriggered
    self.missingFields = missingFields
    self.id = id
    self.status = status
    self.verificationStatus = verificationStatus
    self.verificationMode = verificationMode
    self.verificationLink = verificationLink
    self.verificationLinkError = verificationLinkError
  }
}

/// One field error as Kira reported it (`details[]`).
public struct KiraFieldError: Sendable, Hashable {
  /// Dotted API path (`identifying_information.0.number`).
  public var path: String
  /// Kira's code (`invalid_string`).
  public var code: String
  /// Kira's message (untrusted: cleaned before drawing).
  public var message: String

  /// Creates a field error.
  public init(path: String, code: String, message: String) {
    self.path = path
    self.code = code
    self.message = message
  }
}

/// Why a submission definitely did not create a user, other than a 400.
public struct SubmissionFailure: Sendable, Hashable {
  /// Broad reason, for the wording and what to offer.
  public enum Kind: Sendable, Hashable {
    /// Kira refused the credentials (401/403).
    case authentication
    /// Kira (or the network) stayed unavailable through every retry.
    case unavailable
    /// The idempotency key was already used with another body (409).
    case conflict
    /// Anything else.
    case other
  }

  /// The broad reason.
  public var kind: Kind
  /// HTTP status, when there was one.
  public var httpStatus: Int?
  /// What happened, for people (untrusted when it came from Kira).
  public var message: String

  /// Creates a failure.
  public init(kind: Kind, httpStatus: Int? = nil, message: String) {
    self.kind = kind
    self.httpStatus = httpStatus
    self.message = message
  }
}

/// How one submission ended, as the wizard needs it (the runtime's backend
/// turns the client's result and errors into this).
public enum SubmissionOutcome: Sendable, Hashable {
  /// Kira created the user.
  case created(CreatedUser)
  /// Kira answered that the data is wrong (a 400): nothing was created.
  case rejected(httpStatus: Int, code: String?, message: String, fieldErrors: [KiraFieldError])
  /// The request may have reached Kira (time-out after sending, dropped
  /// connection): retry with the same key and body to learn the truth.
  case outcomeUnknown(reason: String)
  /// Another definite failure.
  case failed(SubmissionFailure)
  /// Nothing was sent: this desk already created a user from these answers'
  /// e-mail (the journal says so); changes go through `fix`.
  case alreadyOnboarded(CreatedUser)
  /// Nothing was sent: Kira already has users with this e-mail (another desk,
  /// or an attempt whose outcome stayed open past Kira's 24 h idempotency
  /// window: `staleAttempt`). Creating needs the operator's confirmation.
  case emailInUse(users: [ExistingUser], staleAttempt: Bool)
}

/// What the client reports while it works.
public enum SubmissionProgress: Sendable, Hashable {
  /// Kira was busy or unreachable: attempt `attempt` of `maxAttempts` follows
  /// after `delaySeconds`.
  case retrying(attempt: Int, maxAttempts: Int, delaySeconds: Double, reason: String)
}

/// One logical create: the body, its idempotency key, and what came of it.
public struct SubmissionAttempt: Sendable, Hashable {
  /// The key sent with every try of this body.
  public var idempotencyKey: String
  /// The exact body sent.
  public var payload: JSONValue
  /// When the operator submitted (or retried).
  public var startedAt: Date
  /// How many times this body has been submitted from the wizard.
  public var submissions: Int
  /// The last retry notice and when it arrived.
  public var retryNotice: SubmissionProgress?
  /// When `retryNotice` arrived.
  public var retryNoticeAt: Date?
  /// nil while in flight.
  public var outcome: SubmissionOutcome?

  /// Creates an in-flight attempt.
  public init(idempotencyKey: String, payload: JSONValue, startedAt: Date) {
    self.idempotencyKey = idempotencyKey
    self.payload = payload
    self.startedAt = startedAt
    self.submissions = 1
  }
}
