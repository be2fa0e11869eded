import Foundation
import KiraClient

extension AttemptResult {
  /// The journal result for a create that failed with `error`.
  ///
  /// | error | outcome |
  /// |---|---|
  /// | 400/422 validation, other 4xx, 409 other than key reuse | `rejected` |
  /// | 409 idempotency key reused | `conflict` |
  /// | 401/403 | `auth` |
  /// | 429, 5xx, connection refused (after the client's retries) | `unavailable` |
  /// | timeout after sending, dropped connection, unreadable 2xx | `unknown` |
  public init(error: KiraError) {
    let outcome: AttemptOutcome
    var code = error.code
    switch error.kind {
    case .validation, .clientError, .notFound, .invalidRequest:
      outcome = .rejected
    case .conflict:
      outcome = error.isIdempotencyKeyReuse ? .conflict : .rejected
    case .authentication, .forbidden:
      outcome = .auth
    case .rateLimited, .server:
      outcome = .unavailable
    case .transport(let reason):
      outcome = .unavailable
      code = code ?? reason.rawValue
    case .outcomeUnknown(let reason):
      outcome = .unknown
      code = code ?? reason.rawValue
    case .invalidResponse:
      outcome = .unknown
      code = code ?? "invalid_response"
    }
    self.init(
      outcome: outcome, httpStatus: error.httpStatus, errorCode: code,
      fieldErrors: error.fieldErrors.map { AttemptRecord.FieldError(path: $0.path, code: $0.code) })
  }
}
