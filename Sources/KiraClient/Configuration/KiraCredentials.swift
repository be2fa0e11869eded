import Foundation

/// The three credentials Kira issues per tenant. Never printed: the
/// description shows only that they are set.
public struct KiraCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
  /// `x-api-key`, sent on every request.
  public var apiKey: String
  /// `client_id` for `POST /auth` (a UUID).
  public var clientID: String
  /// `password` for `POST /auth`.
  public var password: String

  /// Creates credentials.
  public init(apiKey: String, clientID: String, password: String) {
    self.apiKey = apiKey
    self.clientID = clientID
    self.password = password
  }

  /// Redacted.
  public var description: String { "KiraCredentials(api key, client id, password: redacted)" }
  /// Redacted.
  public var debugDescription: String { description }
}
