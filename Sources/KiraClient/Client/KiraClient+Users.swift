import Foundation
import KiraModels

extension KiraClient {
  /// `POST /v1/users`: creates a user from `body` under `idempotencyKey`.
  ///
  /// Every retry reuses the same key, so a request that reached Kira before a
  /// timeout is replayed, never duplicated. On `KiraError.Kind.outcomeUnknown`,
  /// call again with the SAME key and body.
  public func createUser(
    body: JSONValue, idempotencyKey: String, onRetry: (@Sendable (RetryEvent) -> Void)? = nil
  ) async throws -> KiraUser {
    guard !idempotencyKey.isEmpty else { throw KiraError.invalidRequest("An idempotency key is required") }
    let operation = Operation(
      method: "POST", path: KiraAPI.Path.users, body: body.encoded(), idempotencyKey: idempotencyKey,
      createsSomething: true)
    let response = try await perform(operation, onRetry: onRetry)
    return try decodeUser(response, operation: operation, key: idempotencyKey)
  }

  /// `GET /v1/users/{id}`.
  public func getUser(id: String, onRetry: (@Sendable (RetryEvent) -> Void)? = nil) async throws -> KiraUser {
    let operation = Operation(method: "GET", path: KiraAPI.Path.user(try Self.pathSegment(id)))
    let response = try await perform(operation, onRetry: onRetry)
    return try decodeUser(response, operation: operation, key: nil)
  }

  /// `GET /v1/users` with `limit` (1...100), `offset` and optional `email`/`status` filters.
  public func listUsers(
    limit: Int = 10, offset: Int = 0, email: String? = nil, status: String? = nil,
    verificationStatus: String? = nil, createdAfter: String? = nil,
    onRetry: (@Sendable (RetryEvent) -> Void)? = nil
  ) async throws -> UserList {
    guard (1...100).contains(limit) else {
      throw KiraError.invalidRequest(
        "limit must be between 1 and 100 (Kira answers 500 above 100), not \(limit)")
    }
    guard offset >= 0 else { throw KiraError.invalidRequest("offset must not be negative") }
    var query = [
      URLQueryItem(name: "limit", value: String(limit)), URLQueryItem(name: "offset", value: String(offset)),
    ]
    if let email { query.append(URLQueryItem(name: "email", value: email)) }
    if let status { query.append(URLQueryItem(name: "status", value: status)) }
    if let verificationStatus {
      query.append(URLQueryItem(name: "verification_status", value: verificationStatus))
    }
    if let createdAfter { query.append(URLQueryItem(name: "created_after", value: createdAfter)) }
    let operation = Operation(method: "GET", path: KiraAPI.Path.users, query: query)
    let response = try await perform(operation, onRetry: onRetry)
    let json = try KiraAnswerDecoder.json(response, operation: operation.name)
    guard let items = json["data"]?.arrayValue ?? json.arrayValue else {
      throw invalidResponse(response, operation: operation, "has no list of users (data)")
    }
    var users: [KiraUser] = []
    for item in items {
      guard let user = try? KiraUser(raw: item) else {
        throw invalidResponse(response, operation: operation, "has a user without an id")
      }
      users.append(user)
    }
    let page = json["pagination"]
    func number(_ key: String) throws(KiraError) -> Int? {
      try KiraAnswerDecoder.integer(
        page?[key], field: "pagination.\(key)", in: KiraAnswerDecoder.paginationRange,
        operation: operation.name)
    }
    let pagination = UserList.Pagination(
      total: try number("total") ?? users.count,
      limit: try number("limit") ?? limit,
      offset: try number("offset") ?? offset,
      hasMore: page?["has_more"]?.boolValue ?? false)
    return UserList(data: users, pagination: pagination)
  }

  /// `PUT /v1/users/{id}` with only the fields to change.
  public func updateUser(
    id: String, body: JSONValue, onRetry: (@Sendable (RetryEvent) -> Void)? = nil
  ) async throws -> UserUpdateResponse {
    let operation = Operation(
      method: "PUT", path: KiraAPI.Path.user(try Self.pathSegment(id)), body: body.encoded())
    let response = try await perform(operation, onRetry: onRetry)
    let json = try KiraAnswerDecoder.json(response, operation: operation.name)
    guard let update = try? UserUpdateResponse(raw: json) else {
      throw invalidResponse(response, operation: operation, "is not a user object")
    }
    return update
  }

  /// `POST /v1/users/{id}/verifications`: re-issues verification (e.g. a hosted link for a rejected user).
  public func reissueVerification(
    id: String, request: VerificationRequest = VerificationRequest(), idempotencyKey: String,
    onRetry: (@Sendable (RetryEvent) -> Void)? = nil
  ) async throws -> VerificationResponse {
    guard !idempotencyKey.isEmpty else { throw KiraError.invalidRequest("An idempotency key is required") }
    let operation = Operation(
      method: "POST", path: KiraAPI.Path.verifications(try Self.pathSegment(id)),
      body: try JSONEncoder().encode(request), idempotencyKey: idempotencyKey, createsSomething: true)
    let response = try await perform(operation, onRetry: onRetry)
    let json = try KiraAnswerDecoder.json(response, operation: operation.name)
    guard let decoded = VerificationResponse(raw: json) else {
      throw invalidResponse(response, operation: operation, "is not a verification object")
    }
    return decoded
  }

  // MARK: - Helpers

  /// A user id made safe as one path segment; refuses ids that could change the path.
  static func pathSegment(_ id: String) throws -> String {
    let trimmed = id.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty, trimmed != ".", trimmed != "..",
      !trimmed.contains(where: {
        "/?#%\\".contains($0) || $0.isWhitespace || $0.asciiValue.map { $0 < 32 } == true
      })
    else {
      throw KiraError.invalidRequest("\"\(UntrustedText.clean(id, limit: 80))\" is not a valid user id")
    }
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove("/")
    return trimmed.addingPercentEncoding(withAllowedCharacters: allowed) ?? trimmed
  }

  private func decodeUser(_ response: HTTPResponse, operation: Operation, key: String?) throws -> KiraUser {
    let json = try KiraAnswerDecoder.json(response, operation: operation.name)
    guard let user = try? KiraUser(raw: json) else {
      throw invalidResponse(response, operation: operation, "is not a user object (no id or user_id)")
    }
    return user
  }

  func invalidResponse(_ response: HTTPResponse, operation: Operation, _ problem: String) -> KiraError {
    KiraError(
      kind: .invalidResponse, httpStatus: response.status,
      message: "Kira answered HTTP \(response.status) to \(operation.name) but the body \(problem)",
      idempotencyKey: operation.idempotencyKey, operation: operation.name)
  }
}
