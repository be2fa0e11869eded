import Foundation
import KiraModels

/// How one row of a batch ended.
public enum BatchRowStatus: String, Sendable, Hashable, Codable, CaseIterable {
  /// Kira created the user in this run.
  case created
  /// An earlier run created it; nothing was sent.
  case alreadyCreated = "already_created"
  /// The row failed local validation; nothing was sent.
  case invalid
  /// The row was invalid and `--skip-invalid` left it out.
  case skipped
  /// Kira rejected the body (or rejected this same body before).
  case rejected
  /// Kira was unavailable after the retries; nothing was created.
  case unavailable
  /// No definite answer: running the import again replays it under its key.
  case unknown
  /// 409: the key was used with another body.
  case conflict
  /// Not sent: the batch stopped first (credentials refused, interrupted).
  case notSent = "not_sent"

  /// True when the applicant has a user in Kira.
  public var hasUser: Bool { self == .created || self == .alreadyCreated }
}

/// One row's outcome, as the summary and the results file show it.
public struct BatchRowResult: Sendable, Hashable, Codable {
  /// The applicant's number in the file (1-based).
  public var row: Int
  /// How it ended.
  public var status: BatchRowStatus
  /// The user's id, when there is one.
  public var userID: String?
  /// One line saying what went wrong (no applicant values), or nil.
  public var error: String?
  /// The idempotency key the row was sent under, when it was sent.
  public var idempotencyKey: String?

  /// Creates a result.
  public init(
    row: Int, status: BatchRowStatus, userID: String? = nil, error: String? = nil,
    idempotencyKey: String? = nil
  ) {
    self.row = row
    self.status = status
    self.userID = userID.map { UntrustedText.clean($0, limit: 100) }
    self.error = error.map { UntrustedText.clean($0) }
    self.idempotencyKey = idempotencyKey
  }

  enum CodingKeys: String, CodingKey {
    case row, status
    case userID = "user_id"
    case error
    case idempotencyKey = "idempotency_key"
  }
}
