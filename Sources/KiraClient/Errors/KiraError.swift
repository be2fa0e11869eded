import Foundation
import KiraModels

/// The one error the client throws: every HTTP error shape, transport
/// failure and local precondition ends up here, typed.
public struct KiraError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong, in terms a caller can branch on.
  public enum Kind: Sendable, Hashable {
    /// 400/422: the request body broke Kira's rules; see `fieldErrors`.
    case validation
    /// 401 (after one re-authentication), or `/auth` refused the credentials.
    case authentication
    /// 403: not allowed (missing/invalid api key at the gateway, editing a verified user).
    case forbidden
    /// 404.
    case notFound
    /// 409: the idempotency key was used with another body, or a unique field clashes.
    case conflict
    /// 429 after the retry budget ran out.
    case rateLimited
    /// 5xx after the retry budget ran out (or a 500, never retried).
    case server
    /// Any other 4xx (405, 413, ...).
    case clientError
    /// No HTTP answer, and the request certainly did not change anything on Kira's side.
    case transport(TransportError.Reason)
    /// The request may have reached Kira (timeout after sending, dropped connection)
    /// but no answer says what happened: retry with the SAME idempotency key.
    case outcomeUnknown(TransportError.Reason)
    /// A success status with a body that is not what the API documents.
    case invalidResponse
    /// Nothing was sent: a local precondition failed (bad base URL, limit > 100, bad id).
    case invalidRequest
  }

  /// The kind.
  public var kind: Kind
  /// The HTTP status, when there was an HTTP answer.
  public var httpStatus: Int?
  /// Kira's machine code (`not_found`, `idempotency_key_reused`, `VALIDATION_ERROR`), cleaned.
  public var code: String?
  /// One line for people, cleaned of control and escape characters.
  public var message: String
  /// Per-field problems (`details[]`, FastAPI `data[]`), paths dotted.
  public var fieldErrors: [FieldErrorDetail]
  /// Seconds Kira asked us to wait (`Retry-After`).
  public var retryAfter: TimeInterval?
  /// How many HTTP attempts were made (0 when nothing was sent).
  public var attempts: Int
  /// The idempotency key of the request, when it had one (print it on "outcome unknown").
  public var idempotencyKey: String?
  /// `POST v1/users`, for messages and logs.
  public var operation: String?

  /// Creates an error.
  public init(
    kind: Kind, httpStatus: Int? = nil, code: String? = nil, message: String,
    fieldErrors: [FieldErrorDetail] = [], retryAfter: TimeInterval? = nil, attempts: Int = 0,
    idempotencyKey: String? = nil, operation: String? = nil
  ) {
    self.kind = kind
    self.httpStatus = httpStatus
    self.code = code
    self.message = message
    self.fieldErrors = fieldErrors
    self.retryAfter = retryAfter
    self.attempts = attempts
    self.idempotencyKey = idempotencyKey
    self.operation = operation
  }

  /// A local precondition failure (nothing was sent).
  public static func invalidRequest(_ message: String) -> KiraError {
    KiraError(kind: .invalidRequest, message: message)
  }

  /// Whether sending the same request again (same idempotency key) can help:
  /// connection failures, timeouts, 429, 502, 503, 504, unknown outcomes.
  public var isRetryable: Bool {
    switch kind {
    case .transport(let reason), .outcomeUnknown(let reason): reason.isRetryable
    case .rateLimited: true
    case .server: [502, 503, 504].contains(httpStatus ?? 0)
    default: false
    }
  }

  /// True when Kira certainly did not create or change anything (it refused the
  /// request, or the request never left): a changed body may then go out under
  /// a new idempotency key. False for unknown outcomes, 5xx and key reuse.
  public var isDefiniteRejection: Bool {
    switch kind {
    case .validation, .clientError, .notFound, .forbidden, .authentication, .rateLimited, .invalidRequest,
      .transport:
      true
    case .conflict: !isIdempotencyKeyReuse
    case .server, .outcomeUnknown, .invalidResponse: false
    }
  }

  /// True for a 409 that says the idempotency key was already used with another body.
  public var isIdempotencyKeyReuse: Bool {
    guard kind == .conflict else { return false }
    let lowered = code?.lowercased() ?? ""
    return lowered.contains("idempotency") || message.lowercased().contains("idempotency")
  }

  /// "HTTP 400 validation_error: Invalid request data (2 field errors)".
  public var description: String {
    var parts: [String] = []
    if let operation { parts.append(operation) }
    if let httpStatus { parts.append("HTTP \(httpStatus)") }
    if let code { parts.append(code) }
    var text = parts.joined(separator: " ")
    text += text.isEmpty ? message : ": \(message)"
    if !fieldErrors.isEmpty {
      text += " (\(fieldErrors.count) field error\(fieldErrors.count == 1 ? "" : "s"))"
    }
    return text
  }
}
