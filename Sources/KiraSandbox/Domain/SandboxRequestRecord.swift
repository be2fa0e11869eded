import Foundation
import KiraModels

/// One API request as the sandbox saw it, for tests to prove what went over
/// the wire. Never holds a secret: the `/auth` body is not kept, and only
/// whether an api key / bearer token was present is recorded.
public struct SandboxRequestRecord: Sendable, Hashable, Codable {
  /// 1, 2, 3... in arrival order.
  public var sequence: Int
  /// `GET`, `POST`, `PUT`...
  public var method: String
  /// The API path without the prefix, e.g. `v1/users` or `auth` (the full path if outside the prefix).
  public var path: String
  /// The query string, if any.
  public var query: String?
  /// The answer's status; 0 when the connection was dropped without an answer.
  public var status: Int
  /// The `Idempotency-Key` header, if sent.
  public var idempotencyKey: String?
  /// The `X-Api-Version` header, if sent.
  public var apiVersion: String?
  /// The `User-Agent` header, if sent.
  public var userAgent: String?
  /// The `Content-Type` header, if sent.
  public var contentType: String?
  /// Whether an `x-api-key` header was present.
  public var hadAPIKey: Bool
  /// Whether an `Authorization: Bearer` header was present.
  public var hadBearerToken: Bool
  /// The JSON body of POST/PUT API calls (never for `/auth`). In memory only.
  public var body: JSONValue?
  /// The injected fault or demo scenario that shaped the answer, if any.
  public var fault: String?
  /// The user the request created or touched, if any.
  public var userID: String?

  /// Creates a record.
  public init(
    sequence: Int, method: String, path: String, query: String? = nil, status: Int,
    idempotencyKey: String? = nil, apiVersion: String? = nil, userAgent: String? = nil,
    contentType: String? = nil, hadAPIKey: Bool = false, hadBearerToken: Bool = false,
    body: JSONValue? = nil, fault: String? = nil, userID: String? = nil
  ) {
    self.sequence = sequence
    self.method = method
    self.path = path
    self.query = query
    self.status = status
    self.idempotencyKey = idempotencyKey
    self.apiVersion = apiVersion
    self.userAgent = userAgent
    self.contentType = contentType
    self.hadAPIKey = hadAPIKey
    self.hadBearerToken = hadBearerToken
    self.body = body
    self.fault = fault
    self.userID = userID
  }

  enum CodingKeys: String, CodingKey {
    case sequence, method, path, query, status
    case idempotencyKey = "idempotency_key"
    case apiVersion = "api_version"
    case userAgent = "user_agent"
    case contentType = "content_type"
    case hadAPIKey = "had_api_key"
    case hadBearerToken = "had_bearer_token"
    case body, fault
    case userID = "user_id"
  }
}
