import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraNetwork
import KiraSandbox
import Testing

/// A settable date for the sandbox's clock.
final class ManualDate: @unchecked Sendable {
  private let lock = NSLock()
  private var current = Date(timeIntervalSince1970: 1_800_000_000)

  var now: Date {
    lock.lock()
    defer { lock.unlock() }
    return current
  }

  func advance(by seconds: TimeInterval) {
    lock.lock()
    current = current.addingTimeInterval(seconds)
    lock.unlock()
  }
}

@Suite("The sandbox behaves like Kira (and says so when it does not)")
struct SandboxBehaviourTests {
  private func key() -> String { UUID().uuidString.lowercased() }

  /// Sends a raw request to the running sandbox (for answers the client would refuse to ask for).
  private func raw(
    _ harness: SandboxHarness, _ method: String, _ path: String, headers: [String: String] = [:],
    body: String? = nil, prefixed: Bool = true
  ) async throws -> HTTPResponse {
    let base = try #require(harness.server.baseURL)
    let root = "http://127.0.0.1:\(harness.server.port ?? 0)"
    let url = URL(string: prefixed ? base.absoluteString + "/" + path : root + path)!
    return try await URLSessionTransport.generousForTests.send(
      HTTPRequest(method: method, url: url, headers: headers, body: body.map { Data($0.utf8) }))
  }

  private func token(_ harness: SandboxHarness) async throws -> String {
    try await harness.client.authenticate().accessToken
  }

  @Test("the contract validator accepts the reference page's body")
  func referenceBodyIsValid() {
    #expect(ContractValidator.validateCreate(Applicants.maria()).isEmpty)
    #expect(
      ContractValidator.validateCreate([
        "type": "individual", "first_name": "A", "last_name": "B", "email": "a@b.co",
      ]).isEmpty)
  }

  static let contractCases: [(String, JSONValue, String, String)] = [
    ("type", "business", "type", "invalid_enum_value"),
    ("first_name", "", "first_name", "too_small"),
    ("email", "not-an-email", "email", "invalid_string"),
    ("email", 42, "email", "invalid_type"),
    ("birth_date", "15/05/1990", "birth_date", "invalid_string"),
    ("nationality", "MX", "nationality", "too_small"),
    ("nationality", "MEXI", "nationality", "too_big"),
    ("address_street", .string(String(repeating: "a", count: 71)), "address_street", "too_big"),
    ("pep_status", "no", "pep_status", "invalid_type"),
    ("source_of_funds", "lottery", "source_of_funds", "invalid_enum_value"),
    ("account_purpose", "fun", "account_purpose", "invalid_enum_value"),
    ("employment_status", "busy", "employment_status", "invalid_enum_value"),
    ("gender", "x", "gender", "invalid_enum_value"),
    ("verification_mode", "manual", "verification_mode", "invalid_enum_value"),
    ("redirect_uri", "not a url", "redirect_uri", "invalid_string"),
    ("metadata", ["flag": true], "metadata.flag", "invalid_type"),
    ("identifying_information", [["number": "1"]], "identifying_information.0.type", "invalid_type"),
    (
      "identifying_information", [["type": "passport", "documents": [["type": "front"]]]],
      "identifying_information.0.documents.0.file", "invalid_type"
    ),
    ("phone", 5_512_345_678, "phone", "invalid_type"),
  ]

  @Test("the contract validator rejects like Kira, with Zod codes", arguments: contractCases)
  func contractRejects(key: String, value: JSONValue, path: String, code: String) {
    guard case .object(var body) = Applicants.maria() else { return }
    body[key] = value
    let issues = ContractValidator.validateCreate(.object(body))
    #expect(issues.map(\.path) == [path])
    #expect(issues.map(\.code) == [code])
  }

  @Test("missing required keys are each reported as Required")
  func requiredKeys() {
    let issues = ContractValidator.validateCreate(["type": "individual"])
    #expect(issues.map(\.path) == ["first_name", "last_name", "email"])
    #expect(issues.allSatisfy { $0.message == "Required" && $0.code == "invalid_type" })
  }

  @Test(
    "fault rules parse from flags",
    arguments: [
      ("503x2", FaultRule(kind: .status503, count: 2)),
      ("429", FaultRule(kind: .status429)),
      ("drop-after@POST:v1/users", FaultRule(kind: .dropAfter, method: "POST", path: "v1/users")),
      ("502x3@v1/users", FaultRule(kind: .status502, count: 3, path: "v1/users")),
      ("delay:2sx1", FaultRule(kind: .delay, delay: 2)),
    ])
  func faultParsing(text: String, rule: FaultRule) throws {
    #expect(try FaultRule(parsing: text) == rule)
  }

  @Test(
    "unreadable fault rules are refused with the accepted forms",
    arguments: ["418", "503x0", "delay:soon", ""])
  func faultParsingRefused(text: String) {
    #expect(throws: SandboxError.self) { _ = try FaultRule(parsing: text) }
  }

  @Test("durations", arguments: [("200ms", 0.2), ("2s", 2.0), ("1.5", 1.5)])
  func durations(text: String, seconds: Double) {
    #expect(SandboxDuration.seconds(text) == seconds)
  }

  /// A sandbox on `clock` whose users move fast: VERIFYING after 1 s, decided
  /// after 5 s, auto-rejected (no source_of_funds) after 3 s.
  static func quickLifecycle(clock: ManualDate) -> SandboxConfiguration {
    var sandbox = SandboxConfiguration()
    sandbox.now = { clock.now }
    sandbox.verifyingAfter = 1
    sandbox.decisionAfter = 5
    sandbox.autoRejectAfter = 3
    return sandbox
  }

  @Test("lifecycle: auto-reject without source_of_funds; CREATED -> VERIFYING -> VERIFIED; scenarios")
  func lifecycle() async throws {
    let date = ManualDate()
    let sandbox = Self.quickLifecycle(clock: date)
    try await SandboxHarness.run(sandbox: sandbox) { harness in
      let client = harness.client
      let incomplete = try await client.createUser(
        body: Applicants.maria(email: "a@example.com", sourceOfFunds: false), idempotencyKey: key())
      #expect(incomplete.verificationTriggered == false)
      let complete = try await client.createUser(body: Applicants.maria(), idempotencyKey: key())
      let rejected = try await client.createUser(
        body: Applicants.maria(email: "maria+reject@example.com"), idempotencyKey: key())
      let review = try await client.createUser(
        body: Applicants.maria(email: "maria+review@example.com"), idempotencyKey: key())
      guard case .object(var link) = Applicants.maria(email: "link@example.com") else { return }
      link["verification_mode"] = "verification_link"
      let linked = try await client.createUser(body: .object(link), idempotencyKey: key())
      #expect(linked.verificationLink?.contains("/_sandbox/verify/\(linked.id)") == true)

      func statuses() async throws -> [String] {
        var result: [String] = []
        for id in [incomplete.id, complete.id, rejected.id, review.id, linked.id] {
          let user = try await client.getUser(id: id)
          result.append("\(user.status ?? "-")/\(user.verificationStatus ?? "-")")
        }
        return result
      }
      #expect(
        try await statuses() == [
          "CREATED/unverified", "CREATED/unverified", "CREATED/unverified", "CREATED/unverified",
          "CREATED/unverified",
        ])
      date.advance(by: 2)
      #expect(
        try await statuses() == [
          "CREATED/unverified", "VERIFYING/started", "VERIFYING/started", "VERIFYING/started",
          "CREATED/unverified",
        ])
      date.advance(by: 4)
      #expect(
        try await statuses() == [
          "REJECTED/unverified", "VERIFIED/verified", "REJECTED/rejected", "REVIEW/in_review",
          "CREATED/unverified",
        ])
      let missing = try await client.getUser(id: incomplete.id).missingFields?["general"]
      #expect(missing == ["source_of_funds"])

      // Verified users cannot be edited.
      let forbidden = try await #require(throws: KiraError.self) {
        _ = try await client.updateUser(id: complete.id, body: ["occupation": "Chef"])
      }
      #expect(forbidden.kind == .forbidden && forbidden.code == "forbidden")
    }
  }

  @Test(
    "readiness: a user the table calls incomplete stays CREATED with Kira's missing_fields; a complete one verifies"
  )
  func readinessDecidesVerification() async throws {
    let date = ManualDate()
    let sandbox = Self.quickLifecycle(clock: date)
    try await SandboxHarness.run(sandbox: sandbox) { harness in
      let client = harness.client
      guard case .object(var usa) = Applicants.maria(email: "john@example.com") else { return }
      usa["address_country"] = "USA"
      usa["address_state"] = "CA"
      usa["address_zip_code"] = "94105"
      usa["address_city"] = "San Francisco"
      let incomplete = try await client.createUser(body: .object(usa), idempotencyKey: key())
      #expect(incomplete.verificationTriggered == false)
      let complete = try await client.createUser(body: Applicants.maria(), idempotencyKey: key())
      #expect(complete.verificationTriggered == true)
      date.advance(by: 10)
      let waiting = try await client.getUser(id: incomplete.id)
      #expect(waiting.status == "CREATED" && waiting.verificationStatus == "unverified")
      #expect(
        waiting.missingFields?["general"] == [
          "identifying_information:ssn", "identifying_information:file_proof_of_address",
        ])
      #expect(try await client.getUser(id: complete.id).status == "VERIFIED")
    }
  }

  @Test("a body over the request limit gets Kira's 413, at the limit the form budgets against")
  func bodyLimit() async throws {
    try await SandboxHarness.run { harness in
      guard case .object(var body) = Applicants.maria(email: "big@example.com") else { return }
      let padding = String(repeating: "A", count: DocumentBudget.requestLimit)
      body["identifying_information"] = [
        [
          "type": "passport", "issuing_country": "MEX", "number": "G12345678",
          "documents": [["type": "front", "file": .string("data:image/jpeg;base64,/9j/" + padding)]],
        ]
      ]
      let error = try await #require(throws: KiraError.self) {
        _ = try await harness.client.createUser(body: .object(body), idempotencyKey: key())
      }
      #expect(error.httpStatus == 413, "\(error)")
      #expect(try await harness.client.listUsers(email: "big@example.com").data.isEmpty)
    }
  }

  @Test("+busy answers 503 twice per key, then creates; the client rides through it")
  func busyScenario() async throws {
    try await SandboxHarness.run { harness in
      let user = try await harness.client.createUser(
        body: Applicants.maria(email: "maria+busy@example.com"), idempotencyKey: key())
      #expect(harness.log.filter { $0.path == "v1/users" }.map(\.status) == [503, 503, 201])
      #expect(harness.engine.users.map(\.id) == [user.id])
    }
  }

  @Test("+slow creates the user but holds the answer; a retry with the same key gets it at once")
  func slowScenario() async throws {
    var sandbox = SandboxConfiguration()
    sandbox.slowScenarioDelay = 30
    // Only the first create gets the short timeout (the sandbox holds its
    // answer far longer); sign-in and the retry keep generous ones, so a slow
    // machine cannot time them out.
    let transport = RoutedTransport(shortTimeout: 0.3, limit: 1) {
      $0.method == "POST" && $0.url.path.hasSuffix("/v1/users")
    }
    try await SandboxHarness.run(sandbox: sandbox, transport: transport) { harness in
      try await harness.client.authenticate()
      let key = key()
      let user = try await harness.client.createUser(
        body: Applicants.maria(email: "maria+slow@example.com"), idempotencyKey: key)
      #expect(harness.retries.values.first?.reason == .transport(.timedOut))
      #expect(harness.engine.users.map(\.id) == [user.id])
    }
  }

  @Test("gateway-style answers: outside the prefix, unknown routes, PATCH, limit over 100, missing key")
  func gatewayAnswers() async throws {
    try await SandboxHarness.run { harness in
      let token = try await token(harness)
      let auth = ["x-api-key": SandboxConfiguration.Demo.apiKey, "Authorization": "Bearer \(token)"]
      let outside = try await raw(harness, "POST", "/auth", headers: auth, prefixed: false)
      #expect(outside.status == 403)
      let unknown = try await raw(harness, "GET", "v1/no-such-route", headers: auth)
      #expect(unknown.status == 403)
      // v1/countries is served (from the embedded address table); PUT on it is not.
      #expect(try await raw(harness, "GET", "v1/countries", headers: auth).status == 200)
      #expect(try await raw(harness, "PUT", "v1/countries", headers: auth, body: "{}").status == 403)
      let patch = try await raw(harness, "PATCH", "v1/users/\(UUID().uuidString)", headers: auth, body: "{}")
      #expect(patch.status == 403 && KiraErrorDecoder.decode(patch).message.contains("Authorization header"))
      let tooMany = try await raw(harness, "GET", "v1/users?limit=101", headers: auth)
      #expect(tooMany.status == 500)
      #expect(KiraErrorDecoder.decode(tooMany).message == "Internal server error")
      let noKey = try await raw(
        harness, "POST", "v1/users", headers: auth.merging(["Content-Type": "application/json"]) { $1 },
        body: Applicants.maria().encodedString())
      #expect(noKey.status == 400)
      #expect(KiraErrorDecoder.decode(noKey).message == "Idempotency key is required")
      let noAPIKey = try await raw(harness, "GET", "v1/users", headers: ["Authorization": "Bearer \(token)"])
      #expect(noAPIKey.status == 403)
      let noToken = try await raw(
        harness, "GET", "v1/users", headers: ["x-api-key": SandboxConfiguration.Demo.apiKey])
      #expect(noToken.status == 401)
      let badID = try await raw(harness, "GET", "v1/users/not-a-uuid", headers: auth)
      #expect(KiraErrorDecoder.decode(badID).fieldErrors.map(\.path) == ["id"])
    }
  }

  @Test("/auth answers FastAPI-style 422 for a client id that is not a UUID")
  func authValidation() async throws {
    let credentials = KiraCredentials(
      apiKey: SandboxConfiguration.Demo.apiKey, clientID: "not-a-uuid", password: "x")
    try await SandboxHarness.run(credentials: credentials) { harness in
      let error = try await #require(throws: KiraError.self) { _ = try await harness.client.listUsers() }
      #expect(error.kind == .authentication)
      #expect(error.httpStatus == 422)
      #expect(error.fieldErrors.map(\.path) == ["client_id"])
      #expect(error.fieldErrors.map(\.code) == ["uuid_parsing"])
    }
  }

  @Test("the control endpoint injects faults and serves the request log, which holds no secret")
  func controlOverHTTP() async throws {
    try await SandboxHarness.run { harness in
      let added = try await raw(
        harness, "POST", "/_sandbox/faults", body: #"{"faults":["503x1@v1/users"],"latency":"0ms"}"#,
        prefixed: false)
      #expect(added.status == 200)
      #expect(harness.engine.pendingFaults == [FaultRule(kind: .status503, path: "v1/users")])
      let token = try await token(harness)
      _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key())

      let response = try await raw(harness, "GET", "/_sandbox/requests", prefixed: false)
      let records = try JSONDecoder().decode([SandboxRequestRecord].self, from: response.body)
      #expect(records.map(\.status) == [200, 503, 201])
      #expect(records == harness.log)
      let text = String(decoding: response.body, as: UTF8.self)
      for secret in [SandboxConfiguration.Demo.password, SandboxConfiguration.Demo.apiKey, token] {
        #expect(!text.contains(secret))
      }
      let expired = try await raw(harness, "POST", "/_sandbox/tokens/expire", prefixed: false)
      #expect(expired.status == 200)
      let cleared = try await raw(harness, "DELETE", "/_sandbox/requests", prefixed: false)
      #expect(cleared.status == 200 && harness.log.isEmpty)
    }
  }

  @Test("the live transport caps the body it keeps and flags the cut")
  func bodyCap() async throws {
    try await SandboxHarness.run { harness in
      for _ in 0..<3 {
        _ = try await harness.client.createUser(body: Applicants.maria(), idempotencyKey: key())
      }
      let url = URL(string: "http://127.0.0.1:\(harness.server.port ?? 0)/_sandbox/users")!
      let capped = try await URLSessionTransport(connectTimeout: 60, requestTimeout: 120, maxBodyBytes: 100)
        .send(HTTPRequest(method: "GET", url: url))
      #expect(capped.bodyWasTruncated)
      #expect(capped.body.count == 100)
      let whole = try await URLSessionTransport.generousForTests.send(HTTPRequest(method: "GET", url: url))
      #expect(!whole.bodyWasTruncated && whole.body.count > 1000)
    }
  }
}
