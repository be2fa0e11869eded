import Foundation

/// One row of the submission journal. It holds no applicant values: field
/// paths, codes, hashes and ids only, so it can be shown to anyone on the
/// support desk.
public struct AttemptRecord: Sendable, Hashable, Codable {
  /// A field error Kira reported: its path and code, never the message (which
  /// may quote the value).
  public struct FieldError: Sendable, Hashable, Codable {
    /// Dotted API path.
    public var path: String
    /// Kira's code (`invalid_string`, `too_small`, ...).
    public var code: String

    /// Creates a field error.
    public init(path: String, code: String) {
      self.path = path
      self.code = code
    }
  }

  /// Row id, increasing.
  public var id: Int64
  /// When the request was about to be sent.
  public var startedAt: Date
  /// When the answer (or the failure) came back; `nil` while in flight or
  /// when the tool died mid-request.
  public var finishedAt: Date?
  /// Who submitted.
  public var operatorName: String
  /// "sandbox", "production", "SANDBOX (embedded)", or a custom base URL.
  public var environment: String
  /// The `Idempotency-Key` sent.
  public var idempotencyKey: String
  /// SHA-256 (hex) of the canonical body (sorted keys, UTF-8).
  public var bodySHA256: String
  /// HTTP status, when an answer came back.
  public var httpStatus: Int?
  /// Kira's error code, when there was one.
  public var errorCode: String?
  /// Kira's field errors (paths and codes).
  public var fieldErrors: [FieldError]
  /// The created user's id.
  public var userID: String?
  /// How it ended.
  public var outcome: AttemptOutcome
  /// The draft the body came from, if any.
  public var draftID: DraftID?
  /// Keyed fingerprint of the applicant's e-mail (HMAC under a key derived
  /// from the store key): groups attempts for one person without storing it.
  public var applicant: String?

  /// Creates a record.
  public init(
    id: Int64, startedAt: Date, finishedAt: Date?, operatorName: String, environment: String,
    idempotencyKey: String, bodySHA256: String, httpStatus: Int?, errorCode: String?,
    fieldErrors: [FieldError], userID: String?, outcome: AttemptOutcome, draftID: DraftID?,
    applicant: String?
  ) {
    self.id = id
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.operatorName = operatorName
    self.environment = environment
    self.idempotencyKey = idempotencyKey
    self.bodySHA256 = bodySHA256
    self.httpStatus = httpStatus
    self.errorCode = errorCode
    self.fieldErrors = fieldErrors
    self.userID = userID
    self.outcome = outcome
    self.draftID = draftID
    self.applicant = applicant
  }

  /// True when the request left without an answer being recorded.
  public var isInFlight: Bool { finishedAt == nil }
}
