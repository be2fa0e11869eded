import Foundation
import KiraClient
import KiraModels
import KiraNetwork
import KiraSandbox
import Testing

@Suite("Client against the real sandbox over loopback HTTP")
struct ClientOverLoopbackTests {
  private func key() -> String { UUID().uuidString.lowercased() }

  @Test("authenticates, then creates, with every header the API wants")
  func authThenCreate() async throws {
    try await SandboxHarness.run { harness in
      let body = Applicants.maria()
      let key = key()
      let user = try await harness.client.createUser(body: body, idempotencyKey: key)
      #expect(user.status == "CREATED")
      #expect(user.verificationTriggered == true)

      let log = harness.log
      #expect(log.map { "\($0.method) \($0.path) \($0.status)" } == ["POST auth 200", "POST v1/users 201"])
      let auth = log[0]
      #expect(auth.hadAPIKey && !auth.hadBearerToken)
      #expect(auth.body == nil)
      let create = log[1]
      #expect(create.hadAPIKey && create.hadBearerToken)
      #expect(create.idempotencyKey == key)
      #expect(create.apiVersion == KiraAPI.defaultVersion)
      #expect(create.userAgent == "kira-onboard/test")
      #expect(create.contentType == "application/json")
      #expect(create.body == body)
      #expect(create.userID == user.id)
    }
  }

  @Test("a cached token is reused across calls")
  func tokenIsCached() async throws {
    try await SandboxHarness.run { harness in
      let user = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key())
      _ = try await harness.client.getUser(id: user.id)
      _ = try await harness.client.listUsers(limit: 5)
      #expect(harness.log.filter { $0.path == "auth" }.count == 1)
    }
  }

  @Test("a token expired mid-session gives exactly one re-authentication and the call succeeds")
  func tokenExpiryMidSession() async throws {
    try await SandboxHarness.run { harness in
      let user = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key())
      harness.engine.clearRequestLog()
      harness.engine.expireTokens()
      let fetched = try await harness.client.getUser(id: user.id)
      #expect(fetched.id == user.id)
      #expect(
        harness.log.map { "\($0.method) \($0.path) \($0.status)" } == [
          "GET v1/users/\(user.id) 401", "POST auth 200", "GET v1/users/\(user.id) 200",
        ])
    }
  }

  @Test("a token close to expiry is renewed before use (expires_in is read, not assumed)")
  func proactiveRenewal() async throws {
    var sandbox = SandboxConfiguration()
    sandbox.tokenLifetime = 600
    try await SandboxHarness.run(sandbox: sandbox) { harness in
      _ = try await harness.client.listUsers()
      harness.clock.advance(by: 250)
      _ = try await harness.client.listUsers()
      #expect(harness.log.filter { $0.path == "auth" }.count == 1)
      harness.clock.advance(by: 60)  // 310 s in: under 5 minutes left
      _ = try await harness.client.listUsers()
      #expect(harness.log.map(\.path) == ["auth", "v1/users", "v1/users", "auth", "v1/users"])
      #expect(!harness.log.contains { $0.status == 401 })
    }
  }

  @Test("a 401 that persists after one re-authentication is an authentication error")
  func persistentUnauthorized() async throws {
    var sandbox = SandboxConfiguration()
    sandbox.tokenLifetime = 0
    try await SandboxHarness.run(sandbox: sandbox) { harness in
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.listUsers()
      }
      #expect(error.kind == .authentication)
      #expect(error.httpStatus == 401)
      #expect(harness.log.map(\.path) == ["auth", "v1/users", "auth", "v1/users"])
    }
  }

  @Test("wrong credentials are refused by /auth as an authentication error")
  func wrongPassword() async throws {
    let credentials = KiraCredentials(
      apiKey: SandboxConfiguration.Demo.apiKey, clientID: SandboxConfiguration.Demo.clientID,
      password: "not-the-password")
    try await SandboxHarness.run(credentials: credentials) { harness in
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key())
      }
      #expect(error.kind == .authentication)
      #expect(error.httpStatus == 401)
      #expect(!error.message.contains("not-the-password"))
      #expect(harness.log.map(\.path) == ["auth"])
      #expect(harness.engine.userCount == 0)
    }
  }

  @Test("a wrong api key is refused at the gateway (403) as an authentication error")
  func wrongAPIKey() async throws {
    let credentials = KiraCredentials(
      apiKey: "wrong-key", clientID: SandboxConfiguration.Demo.clientID,
      password: SandboxConfiguration.Demo.password)
    try await SandboxHarness.run(credentials: credentials) { harness in
      let error = try await #require(throws: KiraError.self) { _ = try await harness.client.listUsers() }
      #expect(error.kind == .authentication)
      #expect(error.httpStatus == 403)
    }
  }

  @Test("503 twice then 201: three attempts, the same Idempotency-Key, exactly one user")
  func busyTwiceThenCreated() async throws {
    try await SandboxHarness.run { harness in
      try await harness.client.authenticate()
      harness.engine.inject(FaultRule(kind: .status503, count: 2, method: "POST", path: "v1/users"))
      let key = key()
      let user = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)

      let creates = harness.log.filter { $0.path == "v1/users" }
      #expect(creates.map(\.status) == [503, 503, 201])
      #expect(creates.allSatisfy { $0.idempotencyKey == key })
      #expect(harness.engine.userCount == 1)
      #expect(harness.engine.users.map(\.id) == [user.id])
      // Exponential back-off with jitter (unitRandom 0.5): 0.5 s * 0.75, then 1 s * 0.75.
      #expect(harness.clock.sleeps == [0.375, 0.75])
      let events = harness.retries.values
      #expect(events.map(\.nextAttempt) == [2, 3])
      #expect(events.allSatisfy { $0.maxAttempts == 4 && $0.reason == .status(503) })
      #expect(events[0].summary == "Kira is busy (HTTP 503), retrying in 0.4 s (attempt 2 of 4)")
    }
  }

  @Test("429 with Retry-After: 1 waits exactly the requested second, then succeeds")
  func retryAfterHonoured() async throws {
    try await SandboxHarness.run { harness in
      try await harness.client.authenticate()
      harness.engine.inject(FaultRule(kind: .status429, count: 1, path: "v1/users"))
      _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key())
      #expect(harness.clock.sleeps == [1.0])
      #expect(harness.retries.values.first?.fromRetryAfter == true)
      #expect(harness.log.filter { $0.path == "v1/users" }.map(\.status) == [429, 201])
    }
  }

  @Test("retries stop at the attempt bound and report the server error")
  func retriesAreBounded() async throws {
    try await SandboxHarness.run { harness in
      try await harness.client.authenticate()
      harness.engine.inject(FaultRule(kind: .status502, count: 10, path: "v1/users"))
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.listUsers()
      }
      #expect(error.kind == .server)
      #expect(error.httpStatus == 502)
      #expect(error.attempts == 4)
      #expect(harness.clock.sleeps.count == 3)
    }
  }

  @Test("a 500 and other 4xx are never retried")
  func notRetried() async throws {
    try await SandboxHarness.run { harness in
      try await harness.client.authenticate()
      harness.engine.inject(FaultRule(kind: .status500, count: 1, path: "v1/users"))
      let error = try await #require(throws: KiraError.self) { _ = try await harness.client.listUsers() }
      #expect(error.kind == .server && error.httpStatus == 500 && !error.isRetryable)
      let missing = try await #require(throws: KiraError.self) {
        _ = try await harness.client.getUser(id: UUID().uuidString.lowercased())
      }
      #expect(missing.kind == .notFound && missing.code == "not_found")
      #expect(harness.clock.sleeps.isEmpty)
      #expect(harness.log.filter { $0.path.hasPrefix("v1/users") }.count == 2)
    }
  }

  @Test("a replay under the same key returns the same user id and creates nothing new")
  func replayReturnsSameUser() async throws {
    try await SandboxHarness.run { harness in
      let key = key()
      let first = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)
      let second = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)
      #expect(first.id == second.id)
      #expect(first.raw == second.raw)
      #expect(harness.engine.userCount == 1)
      #expect(harness.log.filter { $0.path == "v1/users" }.map(\.fault) == [nil, "replay"])
    }
  }

  @Test("another body under the same key is a typed 409, not retried")
  func otherBodySameKey() async throws {
    try await SandboxHarness.run { harness in
      let key = key()
      _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(
          body: Applicants.maria(email: "maria.other@example.com"), idempotencyKey: key)
      }
      #expect(error.kind == .conflict)
      #expect(error.httpStatus == 409)
      #expect(error.code == "idempotency_key_reused")
      #expect(error.isIdempotencyKeyReuse && !error.isRetryable && !error.isDefiniteRejection)
      #expect(error.idempotencyKey == key)
      #expect(harness.engine.userCount == 1)
      #expect(harness.log.filter { $0.path == "v1/users" }.count == 2)
    }
  }

  @Test("Kira's field errors come back typed, with dotted paths and Zod codes")
  func validationErrors() async throws {
    try await SandboxHarness.run { harness in
      guard case .object(var body) = Applicants.maria() else { return }
      body["email"] = nil
      body["account_purpose"] = "lottery"
      body["address_street"] = .string(String(repeating: "x", count: 71))
      body["identifying_information"] = [["type": "passport", "issuing_country": "MX", "number": 12]]
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(body: .object(body), idempotencyKey: key())
      }
      #expect(error.kind == .validation)
      #expect(error.httpStatus == 400)
      #expect(error.message == "Invalid request data")
      #expect(
        error.fieldErrors.map { "\($0.path) \($0.code)" }
          == [
            "email invalid_type", "address_street too_big",
            "identifying_information.0.issuing_country too_small",
            "identifying_information.0.number invalid_type", "account_purpose invalid_enum_value",
          ].sorted { lhs, rhs in
            let order = [
              "email", "address_street", "identifying_information.0.number",
              "identifying_information.0.issuing_country", "account_purpose",
            ]
            return order.firstIndex { lhs.hasPrefix($0 + " ") }! < order.firstIndex {
              rhs.hasPrefix($0 + " ")
            }!
          })
      #expect(error.isDefiniteRejection)
      #expect(harness.engine.userCount == 0)
    }
  }

  @Test("the sandbox-only K00000400 document number gets a field error the local form would accept")
  func documentRejectedScenario() async throws {
    try await SandboxHarness.run { harness in
      guard case .object(var body) = Applicants.maria() else { return }
      body["document_number"] = "K00000400"
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(body: .object(body), idempotencyKey: key())
      }
      #expect(error.fieldErrors.map(\.path) == ["document_number"])
      #expect(error.fieldErrors.map(\.code) == ["custom"])
    }
  }

  @Test("a connection dropped after Kira created the user is retried with the same key and replayed")
  func droppedAfterProcessing() async throws {
    try await SandboxHarness.run { harness in
      try await harness.client.authenticate()
      harness.engine.inject(FaultRule(kind: .dropAfter, count: 1, path: "v1/users"))
      let key = key()
      let user = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)
      let creates = harness.log.filter { $0.path == "v1/users" }
      #expect(creates.map(\.status) == [0, 201])
      #expect(creates.map(\.fault) == ["drop-after", "replay"])
      #expect(creates.allSatisfy { $0.idempotencyKey == key })
      #expect(harness.engine.userCount == 1)
      #expect(harness.engine.users.first?.id == user.id)
      #expect(harness.retries.values.first?.reason == .transport(.connectionLost))
    }
  }

  @Test("a dropped connection with no retries left is 'outcome unknown' and carries the key")
  func droppedWithoutRetries() async throws {
    try await SandboxHarness.run(retryPolicy: .none) { harness in
      try await harness.client.authenticate()
      harness.engine.inject(FaultRule(kind: .dropAfter, count: 1, path: "v1/users"))
      let key = key()
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)
      }
      #expect(error.kind == .outcomeUnknown(.connectionLost))
      #expect(error.idempotencyKey == key)
      #expect(error.isRetryable && !error.isDefiniteRejection)
      // Retrying with the same key tells the truth: the user exists, no duplicate.
      let user = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)
      #expect(harness.engine.users.map(\.id) == [user.id])
    }
  }

  @Test("a timeout is a clear error: transport for reads, outcome unknown for creates")
  func timeouts() async throws {
    var sandbox = SandboxConfiguration()
    sandbox.latency = 0
    // Only the user calls get the short timeout (sign-in must not time out on
    // a slow machine), and the sandbox holds them far longer than that.
    let transport = RoutedTransport(shortTimeout: 0.3) { $0.url.path.hasSuffix("/v1/users") }
    try await SandboxHarness.run(sandbox: sandbox, retryPolicy: .none, transport: transport) { harness in
      try await harness.client.authenticate()
      harness.engine.setLatency(30)
      let read = try await #require(throws: KiraError.self) { _ = try await harness.client.listUsers() }
      #expect(read.kind == .transport(.timedOut))
      #expect(read.message.contains("timed out"))
      let key = key()
      let create = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key)
      }
      #expect(create.kind == .outcomeUnknown(.timedOut))
      #expect(create.idempotencyKey == key)
      harness.engine.setLatency(0)
    }
  }

  @Test("connection refused is a clear transport error after bounded retries, nothing crashes")
  func connectionRefused() async throws {
    let server = buildSandbox()
    let url = try await server.start()
    await server.stop()
    let clock = RecordingClock()
    let client = KiraClient(
      configuration: KiraClientConfiguration(
        endpoint: try KiraEndpoint(url: url.absoluteString),
        credentials: KiraCredentials(apiKey: "k", clientID: "c", password: "p"),
        retryPolicy: RetryPolicy(maxAttempts: 3)),
      transport: URLSessionTransport(connectTimeout: 2, requestTimeout: 5), clock: clock, unitRandom: { 0 })
    let error = try await #require(throws: KiraError.self) {
      _ = try await client.createUser(body: Applicants.maria(), idempotencyKey: "k-1")
    }
    #expect(error.kind == .transport(.connectionRefused))
    #expect(error.attempts == 3)
    #expect(error.message.contains("connection refused"))
    #expect(error.isDefiniteRejection)
    #expect(clock.sleeps == [0.25, 0.5])
  }

  @Test("list, update and re-issue verification round-trip through the sandbox")
  func otherOperations() async throws {
    var sandbox = SandboxConfiguration()
    sandbox.autoRejectAfter = 0
    try await SandboxHarness.run(sandbox: sandbox) { harness in
      let rejected = try await harness.client.createUser(
        body: Applicants.maria(email: "ana.ruiz@example.com", sourceOfFunds: false), idempotencyKey: key())
      _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key())

      let byEmail = try await harness.client.listUsers(email: "ANA.RUIZ@example.com")
      #expect(byEmail.data.map(\.id) == [rejected.id])
      #expect(byEmail.pagination.total == 1 && !byEmail.pagination.hasMore)
      let page = try await harness.client.listUsers(limit: 1)
      #expect(page.data.count == 1 && page.pagination.hasMore && page.pagination.total == 2)

      let before = try await harness.client.getUser(id: rejected.id)
      #expect(before.status == "REJECTED")
      #expect(before.missingFields?["general"]?.contains("source_of_funds") == true)

      let update = try await harness.client.updateUser(id: rejected.id, body: ["source_of_funds": "salary"])
      #expect(update.updatedFields == ["source_of_funds"])
      #expect(update.verificationTriggered == true)
      #expect(update.requiresReverification == false)
      #expect(update.user.status == "VERIFYING")
      #expect(harness.log.last?.body == ["source_of_funds": "salary"])

      let verification = try await harness.client.reissueVerification(
        id: rejected.id, request: VerificationRequest(type: "embedded-link"), idempotencyKey: key())
      #expect(verification.userID == rejected.id)
      #expect(verification.verificationLink?.contains(rejected.id) == true)
    }
  }

  @Test("local preconditions fail before anything is sent")
  func localPreconditions() async throws {
    try await SandboxHarness.run { harness in
      let tooMany = try await #require(throws: KiraError.self) {
        _ = try await harness.client.listUsers(limit: 101)
      }
      #expect(tooMany.kind == .invalidRequest)
      let badID = try await #require(throws: KiraError.self) {
        _ = try await harness.client.getUser(id: "../auth")
      }
      #expect(badID.kind == .invalidRequest)
      let noKey = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: "")
      }
      #expect(noKey.kind == .invalidRequest)
      #expect(harness.log.isEmpty)
    }
  }
}
