import Crypto
import Foundation
import KiraModels

/// The sandbox itself, independent of any listener: takes a request, answers
/// like Kira would (or like a fault says), and records what it saw.
///
/// Also the control surface for tests and demos: inject faults, expire
/// tokens, read the request log and the users.
public final class SandboxEngine: Sendable {
  /// A stored answer for an idempotency key.
  struct StoredAnswer: Sendable {
    var fingerprint: String
    var status: Int
    var body: Data
    var userID: String?
  }

  struct State: Sendable {
    var tokens: [String: Date] = [:]
    var users: [String: UserRecord] = [:]
    var userOrder: [String] = []
    var createAnswers: [String: StoredAnswer] = [:]
    var verificationAnswers: [String: StoredAnswer] = [:]
    var faults: [FaultRule] = []
    var latency: TimeInterval = 0
    var log: [SandboxRequestRecord] = []
    var nextSequence = 1
    var busyAttempts: [String: Int] = [:]
    var slowAnswered: Set<String> = []
    /// Where user events go (`POST /webhooks/register`), if registered.
    var webhookURL: URL?
    /// The last status each user's events were sent for.
    var notifiedStatus: [String: String] = [:]
  }

  /// The configuration it was built with.
  public let configuration: SandboxConfiguration
  let state: Locked<State>
  /// The rate limit, when the configuration sets one.
  let rateLimiter: SandboxRateLimiter?

  /// An engine with no users, the configured faults and latency.
  public init(configuration: SandboxConfiguration) {
    self.configuration = configuration
    var initial = State()
    initial.faults = configuration.faults
    initial.latency = configuration.latency
    self.state = Locked(initial)
    self.rateLimiter = configuration.rateLimit.map { SandboxRateLimiter(limit: $0) }
  }

  var timings: UserLifecycle.Timings {
    UserLifecycle.Timings(
      verifyingAfter: configuration.verifyingAfter, decisionAfter: configuration.decisionAfter,
      autoRejectAfter: configuration.autoRejectAfter)
  }

  func now() -> Date { configuration.now() }

  // MARK: - Handling

  /// The outcome of routing one API request.
  struct Outcome: Sendable {
    var reply: SandboxHTTPReply
    var userID: String? = nil
    /// "replay", or the demo scenario ("+busy") that shaped the answer.
    var note: String? = nil
    /// Hold the answer this long after processing (the `+slow` scenario).
    var holdFor: TimeInterval = 0

    init(_ reply: SandboxHTTPReply, userID: String? = nil, note: String? = nil, holdFor: TimeInterval = 0) {
      self.reply = reply
      self.userID = userID
      self.note = note
      self.holdFor = holdFor
    }
  }

  /// Answers one request.
  public func handle(_ request: SandboxHTTPRequest) async -> SandboxHTTPReply {
    if request.path == "/_sandbox" || request.path.hasPrefix("/_sandbox/") {
      return control(request)
    }
    let sequence = state.withLock { state -> Int in
      defer { state.nextSequence += 1 }
      return state.nextSequence
    }
    var record = SandboxRequestRecord(
      sequence: sequence, method: request.method, path: request.path, query: request.query, status: 0,
      idempotencyKey: request.headers["idempotency-key"], apiVersion: request.headers["x-api-version"],
      userAgent: request.headers["user-agent"], contentType: request.headers["content-type"],
      hadAPIKey: request.headers["x-api-key"] != nil,
      hadBearerToken: request.headers["authorization"]?.lowercased().hasPrefix("bearer ") == true)

    guard let apiPath = apiPath(of: request.path) else {
      let reply = SandboxHTTPReply.json(403, ["message": "Missing Authentication Token"])
      record.status = reply.status
      append(record)
      return reply
    }
    record.path = apiPath
    if let refusal = rateLimiter?.admit() {
      let reply = SandboxRateLimiter.reply(refusal)
      record.status = reply.status
      record.fault = "rate-limit"
      append(record)
      return reply
    }
    defer { rateLimiter?.release() }
    if ["POST", "PUT"].contains(request.method), apiPath != KiraAPI.Path.auth,
      let body = try? JSONValue.parse(request.body)
    {
      record.body = body
    }

    let (fault, latency) = takeFault(method: request.method, apiPath: apiPath)
    if latency > 0 { await pause(latency) }
    if let fault {
      record.fault = fault.kind.rawValue
      if let reply = Self.faultReply(fault.kind, retryAfter: configuration.retryAfterSeconds) {
        record.status = reply.status
        append(record)
        return reply
      }
      if fault.kind == .drop {
        append(record)
        return .drop
      }
    }

    var outcome = route(request, apiPath: apiPath)
    if let fault, fault.kind == .warnDocument, outcome.reply.status == 200,
      case .object(var object)? = try? JSONValue.parse(outcome.reply.body)
    {
      object["warnings"] = [
        [
          "field": "identifying_information.0.documents.0",
          "message": "Document upload failed (sandbox fault warn-document)",
        ]
      ]
      outcome.reply = .json(200, .object(object), headers: outcome.reply.headers)
    }
    record.userID = outcome.userID
    if let note = outcome.note { record.fault = record.fault ?? note }
    if outcome.holdFor > 0 { await pause(outcome.holdFor) }
    if let fault, fault.kind == .delay { await pause(fault.delay ?? 5) }
    if let fault, fault.kind == .dropAfter {
      append(record)
      return .drop
    }
    record.status = outcome.reply.status
    append(record)
    return outcome.reply
  }

  /// The API path (without the prefix), or nil when the path is outside it.
  func apiPath(of path: String) -> String? {
    let prefix = configuration.pathPrefix.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    let lead = prefix.isEmpty ? "/" : "/\(prefix)/"
    guard path.hasPrefix(lead) else { return nil }
    var rest = String(path.dropFirst(lead.count))
    while rest.hasSuffix("/") { rest.removeLast() }
    return rest
  }

  private func pause(_ seconds: TimeInterval) async {
    // Bounded before the conversion: NaN, negative or huge delays never trap.
    guard seconds.isFinite, seconds > 0 else { return }
    try? await Task.sleep(nanoseconds: UInt64(min(seconds, 3_600) * 1_000_000_000))
  }

  private func append(_ record: SandboxRequestRecord) {
    state.withLock { $0.log.append(record) }
    configuration.onRequest?(record)
  }

  /// Takes the first fault matching the request (decrementing its count) and the current latency.
  private func takeFault(method: String, apiPath: String) -> (FaultRule?, TimeInterval) {
    state.withLock { state in
      guard let index = state.faults.firstIndex(where: { $0.matches(method: method, apiPath: apiPath) })
      else {
        return (nil, state.latency)
      }
      let rule = state.faults[index]
      if rule.count <= 1 {
        state.faults.remove(at: index)
      } else {
        state.faults[index].count -= 1
      }
      return (rule, state.latency)
    }
  }

  /// The answer an HTTP-status fault gives (the bodies the gateway and app are known to send).
  static func faultReply(_ kind: FaultRule.Kind, retryAfter: Int) -> SandboxHTTPReply? {
    switch kind {
    case .status500: .json(500, ["status": "error", "message": "Internal server error"])
    case .status502: .json(502, ["message": "Internal server error"])
    case .status503: .json(503, ["message": "Service Unavailable"])
    case .status504: .json(504, ["message": "Endpoint request timed out"])
    case .status429:
      .json(
        429, ["code": "rate_limit_exceeded", "message": "Too many requests, slow down"],
        headers: ["Retry-After": String(retryAfter)])
    case .drop, .dropAfter, .delay, .warnDocument: nil
    }
  }

  // MARK: - Routing

  private func route(_ request: SandboxHTTPRequest, apiPath: String) -> Outcome {
    if request.bodyTooLarge {
      return Outcome(.json(413, ["message": "Request Too Long"]))
    }
    let segments = apiPath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    if segments == [KiraAPI.Path.auth] {
      return request.method == "POST"
        ? Outcome(authenticate(request)) : Outcome(.json(403, ["message": "Missing Authentication Token"]))
    }
    if segments == ["webhooks", "register"] {
      guard request.method == "POST" else {
        return Outcome(.json(403, ["message": "Missing Authentication Token"]))
      }
      if let refusal = checkCredentials(request) { return Outcome(refusal) }
      return Outcome(registerWebhook(request))
    }
    if segments == ["v1", "countries"] {
      guard request.method == "GET" else {
        return Outcome(.json(403, ["message": "Missing Authentication Token"]))
      }
      if let refusal = checkCredentials(request) { return Outcome(refusal) }
      return Outcome(.json(200, SandboxCountries.body))
    }
    guard segments.count >= 2, segments[0] == "v1", segments[1] == "users" else {
      return Outcome(.json(403, ["message": "Missing Authentication Token"]))
    }
    if let refusal = checkCredentials(request) { return Outcome(refusal) }
    switch (request.method, segments.count) {
    case ("POST", 2): return createUser(request)
    case ("GET", 2): return Outcome(listUsers(request))
    case ("GET", 3): return getUser(id: segments[2])
    case ("PUT", 3): return updateUser(id: segments[2], request: request)
    case ("POST", 4) where segments[3] == "verifications":
      return reissueVerification(id: segments[2], request: request)
    case ("PATCH", 3), ("DELETE", 3):
      return Outcome(
        .json(
          403,
          [
            "message": .string(
              "Invalid key=value pair (missing equal-sign) in Authorization header (hashed with SHA-256 and "
                + "encoded with Base64): 'sandbox'.")
          ]))
    default:
      return Outcome(.json(403, ["message": "Missing Authentication Token"]))
    }
  }

  // MARK: - Auth

  /// `POST /auth`.
  private func authenticate(_ request: SandboxHTTPRequest) -> SandboxHTTPReply {
    guard request.headers["x-api-key"] == configuration.apiKey else {
      return .json(403, ["message": "Forbidden"])
    }
    guard let body = try? JSONValue.parse(request.body), case .object(let object) = body else {
      return .json(
        422,
        [
          "message": "Invalid input data",
          "data": [["type": "json_invalid", "loc": ["body"], "msg": "JSON decode error"]],
        ])
    }
    var problems: [JSONValue] = []
    for key in ["client_id", "password"] where object[key]?.stringValue == nil {
      problems.append(["type": "missing", "loc": ["body", .string(key)], "msg": "Field required"])
    }
    if let clientID = object["client_id"]?.stringValue, UUID(uuidString: clientID) == nil {
      problems.append([
        "type": "uuid_parsing", "loc": ["body", "client_id"],
        "msg": "Input should be a valid UUID, invalid character: expected an optional prefix of `urn:uuid:`",
      ])
    }
    if !problems.isEmpty {
      return .json(422, ["message": "Invalid input data", "data": .array(problems)])
    }
    guard object["client_id"]?.stringValue?.lowercased() == configuration.clientID.lowercased(),
      object["password"]?.stringValue == configuration.password
    else {
      return .json(401, ["code": "unauthorized", "message": "Invalid client credentials"])
    }
    let token = "sbx." + Self.randomHex(bytes: 24)
    let lifetime = configuration.tokenLifetime
    let now = self.now()
    state.withLock { state in
      state.tokens = state.tokens.filter { $0.value > now }
      state.tokens[token] = now.addingTimeInterval(lifetime)
    }
    return .json(
      200,
      [
        "message": "Auth token",
        "data": ["access_token": .string(token), "expires_in": .number(lifetime), "token_type": "Bearer"],
      ])
  }

  /// nil when the api key and bearer token are good; else the gateway's refusal.
  private func checkCredentials(_ request: SandboxHTTPRequest) -> SandboxHTTPReply? {
    guard request.headers["x-api-key"] == configuration.apiKey else {
      return .json(403, ["message": "Forbidden"])
    }
    guard let authorization = request.headers["authorization"],
      authorization.lowercased().hasPrefix("bearer ")
    else {
      return .json(401, ["message": "Unauthorized"])
    }
    let token = String(authorization.dropFirst("bearer ".count)).trimmingCharacters(in: .whitespaces)
    let expiry = state.withLock { $0.tokens[token] }
    guard let expiry else { return .json(401, ["message": "Unauthorized"]) }
    guard expiry > now() else { return .json(401, ["code": "unauthorized", "message": "Token expired"]) }
    return nil
  }

  // MARK: - Helpers

  static func randomHex(bytes: Int) -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<bytes).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }
      .joined()
  }

  static func fingerprint(_ body: JSONValue) -> String {
    SHA256.hash(data: body.encoded()).map { String(format: "%02x", $0) }.joined()
  }
}
