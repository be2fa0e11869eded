import Foundation
import KiraClient
import KiraModels
import KiraNetwork
import KiraSandbox

@testable import KiraStore

/// An in-process sandbox on 127.0.0.1 (port 0), a client that does not retry
/// (so each fault surfaces as one journalled attempt) and a temporary store.
final class SandboxHarness: Sendable {
  let server: SandboxServer
  let client: KiraClient
  let temporary: TemporaryStore
  private let keys = KeySequence()

  private init(server: SandboxServer, client: KiraClient, temporary: TemporaryStore) {
    self.server = server
    self.client = client
    self.temporary = temporary
  }

  /// Starts the sandbox and opens a store.
  static func start(configure: (inout SandboxConfiguration) -> Void = { _ in }) async throws
    -> SandboxHarness
  {
    var configuration = SandboxConfiguration()
    configure(&configuration)
    let server = buildSandbox(configuration: configuration)
    let url = try await server.start()
    let client = KiraClient(
      configuration: KiraClientConfiguration(
        endpoint: try KiraEndpoint(url: url.absoluteString),
        credentials: KiraCredentials(
          apiKey: SandboxConfiguration.Demo.apiKey, clientID: SandboxConfiguration.Demo.clientID,
          password: SandboxConfiguration.Demo.password),
        retryPolicy: .none),
      // Generous: under a full parallel test run the in-process sandbox can be
      // slow to answer, and a spurious timeout would read as an unknown outcome.
      transport: URLSessionTransport(connectTimeout: 30, requestTimeout: 60))
    return SandboxHarness(server: server, client: client, temporary: try TemporaryStore())
  }

  /// Stops the sandbox.
  func stop() async {
    await server.stop()
  }

  /// A coordinator on this harness's client and store, with predictable keys.
  func coordinator(keepDrafts: Bool = false) -> SubmissionCoordinator {
    let keys = self.keys
    return SubmissionCoordinator(
      client: client, store: temporary.store, environment: "sandbox (test)", operatorName: "desk-7",
      keepDrafts: keepDrafts, makeIdempotencyKey: { keys.next() })
  }

  /// Users the sandbox holds for an e-mail address.
  func users(withEmail email: String) -> [KiraUser] {
    server.control.users.filter { $0.email?.lowercased() == email.lowercased() }
  }

  /// The create requests the sandbox saw, in order.
  var createRequests: [SandboxRequestRecord] {
    server.requestLog.filter { $0.method == "POST" && $0.path.hasSuffix("v1/users") }
  }

  /// Injects a fault for the next create(s).
  func failNextCreate(_ kind: FaultRule.Kind, count: Int = 1) {
    server.control.inject(FaultRule(kind: kind, count: count, method: "POST", path: "v1/users"))
  }
}

/// Idempotency keys `key-1`, `key-2`, ... (UUID-shaped so any server accepts them).
final class KeySequence: @unchecked Sendable {
  private let lock = NSLock()
  private var counter = 0

  func next() -> String {
    lock.lock()
    defer { lock.unlock() }
    counter += 1
    return String(format: "00000000-0000-4000-8000-%012d", counter)
  }
}

/// Create bodies for fake applicants.
enum Applicant {
  /// A complete international (MEX) body: the sandbox's `missing_fields` is
  /// empty, except `source_of_funds` when `sourceOfFunds` is nil.
  static func complete(email: String = Fixtures.email, sourceOfFunds: String? = "salary") -> JSONValue {
    var body: [String: JSONValue] = [
      "type": "individual", "first_name": .string(Fixtures.firstName),
      "last_name": .string(Fixtures.lastName), "email": .string(email), "birth_date": "1990-05-15",
      "phone": "+525512345678", "nationality": "MEX", "gender": "female",
      "address_street": "Av. Reforma 123", "address_city": "Ciudad de Mexico", "address_state": "CDMX",
      "address_zip_code": "06600", "address_country": "MEX", "document_type": "passport",
      "document_number": .string(Fixtures.documentNumber), "document_country": "MEX",
      "identifying_information": [
        [
          "type": "passport", "issuing_country": "MEX", "number": .string(Fixtures.documentNumber),
          "expiration": "2031-01-31",
          "documents": [["type": "front", "file": .string(Fixtures.imageDataURI)]],
        ],
        ["type": "tax_id", "issuing_country": "MEX", "number": "GOMA900515K18"],
      ],
      "account_purpose": "receive_payments", "employment_status": "self_employed",
      "occupation": "Software Engineer", "pep_status": false, "expected_monthly_payments": "5",
      "immigration_status": "Non-Resident of U.S.",
      "additional_info": ["has_us_bank_account": "no", "has_denied_bank_account": "no"],
    ]
    if let sourceOfFunds { body["source_of_funds"] = .string(sourceOfFunds) }
    return .object(body)
  }

  static func body(
    email: String = Fixtures.email, documentNumber: String = Fixtures.documentNumber,
    occupation: String = "Engineer"
  ) -> JSONValue {
    [
      "type": "individual", "first_name": .string(Fixtures.firstName),
      "last_name": .string(Fixtures.lastName), "email": .string(email), "source_of_funds": "salary",
      "occupation": .string(occupation), "document_type": "passport",
      "document_number": .string(documentNumber), "document_country": "MEX",
    ]
  }
}
