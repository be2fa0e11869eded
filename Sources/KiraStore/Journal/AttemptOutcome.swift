import Foundation

/// How one submission attempt ended, as far as this tool knows.
public enum AttemptOutcome: String, Sendable, Hashable, Codable, CaseIterable {
  /// Kira created the user (201, or a replay of it).
  case created
  /// Kira definitely refused the body (400-class validation): nothing was created.
  case rejected
  /// No answer: timeout, dropped connection, or the tool stopped mid-request.
  /// The request may have reached Kira; retry only with the same key and body.
  case unknown
  /// 409: the idempotency key was already used with another body.
  case conflict
  /// 401/403: credentials refused before the request was handled.
  case auth
  /// Kira was unavailable (5xx, 429) after the client's own retries.
  case unavailable

  /// True when the idempotency key is settled and never to be sent again:
  /// a user exists, or Kira definitely rejected this body.
  public var settlesKey: Bool { self == .created || self == .rejected }

  /// True when the request may have been acted on without us learning the
  /// result, so its key stays open until a replay settles it. An `auth`
  /// refusal happens before Kira handles the request: it opens nothing.
  public var mayHaveReachedKira: Bool {
    switch self {
    case .unknown, .unavailable, .conflict: true
    case .created, .rejected, .auth: false
    }
  }
}
