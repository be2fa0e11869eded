import Foundation

/// How an attempt ended, to be written into its journal row.
public struct AttemptResult: Sendable, Hashable {
  /// The outcome.
  public var outcome: AttemptOutcome
  /// HTTP status, when an answer came back.
  public var httpStatus: Int?
  /// Kira's error code.
  public var errorCode: String?
  /// Kira's field errors (path and code only).
  public var fieldErrors: [AttemptRecord.FieldError]
  /// The created user's id.
  public var userID: String?

  /// Creates a result.
  public init(
    outcome: AttemptOutcome, httpStatus: Int? = nil, errorCode: String? = nil,
    fieldErrors: [AttemptRecord.FieldError] = [], userID: String? = nil
  ) {
    self.outcome = outcome
    self.httpStatus = httpStatus
    self.errorCode = errorCode
    self.fieldErrors = fieldErrors
    self.userID = userID
  }
}
