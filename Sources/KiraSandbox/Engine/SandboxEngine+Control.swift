import Foundation
import KiraModels

/// The sandbox-only control surface, in process and over HTTP (`/_sandbox/...`).
/// Kira has nothing like it.
extension SandboxEngine {
  // MARK: - In-process control

  /// Queues faults for the next matching API requests.
  public func inject(_ rules: [FaultRule]) {
    state.withLock { $0.faults.append(contentsOf: rules) }
  }

  /// Queues one fault.
  public func inject(_ rule: FaultRule) {
    inject([rule])
  }

  /// Removes every queued fault and the added latency.
  public func clearFaults() {
    state.withLock {
      $0.faults.removeAll()
      $0.latency = 0
    }
  }

  /// The faults still queued.
  public var pendingFaults: [FaultRule] {
    state.withLock { $0.faults }
  }

  /// Sets the delay added to every API request.
  public func setLatency(_ seconds: TimeInterval) {
    state.withLock { $0.latency = max(0, seconds) }
  }

  /// Makes every issued token expired now; returns how many there were.
  @discardableResult
  public func expireTokens() -> Int {
    let past = now().addingTimeInterval(-1)
    return state.withLock { state in
      for key in state.tokens.keys { state.tokens[key] = past }
      return state.tokens.count
    }
  }

  /// Every API request seen so far, in arrival order.
  public var requestLog: [SandboxRequestRecord] {
    state.withLock { $0.log }.sorted { $0.sequence < $1.sequence }
  }

  /// Forgets the request log.
  public func clearRequestLog() {
    state.withLock { $0.log.removeAll() }
  }

  /// Every user, as `GET /v1/users/{id}` would show it now.
  public var users: [KiraUser] {
    let now = self.now()
    let timings = self.timings
    let records = state.withLock { state in state.userOrder.compactMap { state.users[$0] } }
    return records.compactMap {
      try? KiraUser(
        raw: $0.rendered(
          state: $0.lifecycle.state(at: now, timings: timings), includeMissingFields: true,
          verificationTriggered: nil))
    }
  }

  /// How many users exist.
  public var userCount: Int {
    state.withLock { $0.users.count }
  }

  // MARK: - HTTP control

  /// `/_sandbox/...`: requests, users, faults, tokens, and the fake hosted verification page.
  func control(_ request: SandboxHTTPRequest) -> SandboxHTTPReply {
    let segments = Array(request.path.split(separator: "/").map(String.init).dropFirst())
    if segments.count == 2, segments[0] == "verify" {
      if request.method == "GET" {
        return .text(
          200,
          "Kira SANDBOX hosted verification page for user \(segments[1]).\n"
            + "Nothing real happens here. POST to this URL to finish the flow (the user moves to VERIFYING).\n"
        )
      }
      if request.method == "POST" { return completeHostedVerification(id: segments[1]) }
    }
    switch (request.method, segments) {
    case ("GET", ["requests"]):
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys]
      let data = (try? encoder.encode(requestLog)) ?? Data("[]".utf8)
      return SandboxHTTPReply(
        status: 200, headers: ["Content-Type": "application/json"], body: data, dropConnection: false)
    case ("DELETE", ["requests"]):
      clearRequestLog()
      return .json(200, ["cleared": true])
    case ("GET", ["users"]):
      return .json(200, ["data": .array(users.map(\.raw))])
    case ("GET", ["faults"]):
      return faultsReply()
    case ("POST", ["faults"]):
      return addFaults(request)
    case ("DELETE", ["faults"]):
      clearFaults()
      return faultsReply()
    case ("GET", ["rate-limit"]):
      return rateLimitReply()
    case ("POST", ["tokens", "expire"]):
      return .json(200, ["expired": .number(Double(expireTokens()))])
    default:
      return .json(404, ["message": "Not a sandbox control endpoint"])
    }
  }

  /// What the rate limit saw (`{"enabled": false}` without one).
  public var rateLimitStats: SandboxRateLimitStats? { rateLimiter?.stats }

  private func rateLimitReply() -> SandboxHTTPReply {
    guard let stats = rateLimitStats,
      let encoded = try? JSONValue.parse(JSONEncoder().encode(stats))
    else { return .json(200, ["enabled": false]) }
    return .json(200, encoded)
  }

  private func faultsReply() -> SandboxHTTPReply {
    let (faults, latency) = state.withLock { ($0.faults, $0.latency) }
    let encoded = (try? JSONValue.parse(JSONEncoder().encode(faults))) ?? .array([])
    return .json(200, ["faults": encoded, "latency_ms": .number((latency * 1000).rounded())])
  }

  /// Body: `{"faults": ["503x2@v1/users", {"kind": "429", "count": 1}], "latency": "200ms"}`.
  private func addFaults(_ request: SandboxHTTPRequest) -> SandboxHTTPReply {
    guard let body = try? JSONValue.parse(request.body), case .object(let object) = body else {
      return .json(400, ["code": "validation_error", "message": "Body must be a JSON object"])
    }
    var rules: [FaultRule] = []
    for item in object["faults"]?.arrayValue ?? [] {
      do {
        if let text = item.stringValue {
          rules.append(try FaultRule(parsing: text))
        } else {
          rules.append(try JSONDecoder().decode(FaultRule.self, from: item.encoded()))
        }
      } catch {
        return .json(400, ["code": "validation_error", "message": .string("Unreadable fault: \(error)")])
      }
    }
    if let latency = object["latency"] {
      guard let seconds = latency.numberValue ?? latency.stringValue.flatMap(SandboxDuration.seconds) else {
        return .json(400, ["code": "validation_error", "message": "Unreadable latency (use e.g. \"200ms\")"])
      }
      setLatency(seconds)
    }
    if let milliseconds = object["latency_ms"]?.numberValue { setLatency(milliseconds / 1000) }
    inject(rules)
    if object["expire_tokens"]?.boolValue == true { expireTokens() }
    return faultsReply()
  }

  private func completeHostedVerification(id: String) -> SandboxHTTPReply {
    let now = self.now()
    return state.withLock { state in
      guard var record = state.users[id.lowercased()] else { return Self.notFoundReply(id) }
      record.lifecycle = UserLifecycle(
        track: record.scenario == .reject ? .reject : record.scenario == .review ? .review : .verify,
        startedAt: now, startsVerifying: true)
      record.updatedAt = now
      state.users[record.id] = record
      return .json(200, ["user_id": .string(record.id), "status": "VERIFYING"])
    }
  }
}
