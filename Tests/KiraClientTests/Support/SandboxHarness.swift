import Foundation
import KiraClient
import KiraModels
import KiraNetwork
import KiraSandbox

/// A real sandbox on 127.0.0.1 (free port) and a client talking to it over
/// loopback HTTP with the live URLSession transport and a recording clock.
/// The transport's timeouts are generous: on a loaded machine running the
/// whole suite a slow answer must not turn into a timeout and a retry.
struct SandboxHarness {
  let server: SandboxServer
  let client: KiraClient
  let clock: RecordingClock
  let retries: Collector<RetryEvent>

  var engine: SandboxEngine { server.control }
  var log: [SandboxRequestRecord] { server.requestLog }

  /// Runs `body` with a started sandbox and a client, then stops the sandbox.
  static func run(
    sandbox: SandboxConfiguration = SandboxConfiguration(),
    retryPolicy: RetryPolicy = RetryPolicy(maxAttempts: 4, maxTotalTime: 60, baseDelay: 0.5, maxDelay: 8),
    credentials: KiraCredentials? = nil,
    transport: any HTTPTransport = URLSessionTransport.generousForTests,
    _ body: (SandboxHarness) async throws -> Void
  ) async throws {
    let server = buildSandbox(configuration: sandbox)
    let baseURL = try await server.start()
    let clock = RecordingClock()
    let retries = Collector<RetryEvent>()
    let configuration = KiraClientConfiguration(
      endpoint: try KiraEndpoint(url: baseURL.absoluteString),
      credentials: credentials
        ?? KiraCredentials(
          apiKey: sandbox.apiKey, clientID: sandbox.clientID, password: sandbox.password),
      userAgent: "kira-onboard/test", retryPolicy: retryPolicy)
    let client = KiraClient(
      configuration: configuration, transport: transport, clock: clock, unitRandom: { 0.5 },
      onRetry: { retries.append($0) })
    let harness = SandboxHarness(server: server, client: client, clock: clock, retries: retries)
    do {
      try await body(harness)
    } catch {
      await server.stop()
      throw error
    }
    await server.stop()
  }
}

/// Fake applicants (Maria Gonzalez is the reference page's example).
enum Applicants {
  /// A complete individual, in the API's format.
  static func maria(email: String = "maria.gonzalez@example.com", sourceOfFunds: Bool = true) -> JSONValue {
    var body: [String: JSONValue] = [
      "type": "individual", "verification_mode": "automatic", "first_name": "Maria", "last_name": "Gonzalez",
      "birth_date": "1990-05-15", "email": .string(email), "phone": "+525512345678", "nationality": "MEX",
      "address_street": "Av. Reforma 123", "address_city": "Ciudad de Mexico", "address_state": "CDMX",
      "address_zip_code": "06600", "address_country": "MEX", "document_type": "passport",
      "document_number": "G12345678", "document_country": "MEX", "employment_status": "employed",
      "current_employer": "Self", "occupation": "Software Engineer", "account_purpose": "receive_payments",
      "pep_status": false, "gender": "female", "expected_monthly_payments": "4",
      "identifying_information": [
        [
          "type": "passport", "issuing_country": "MEX", "number": "G12345678", "expiration": "2030-05-15",
          "documents": [["type": "front", "file": "data:image/jpeg;base64,/9j/4AAQSkZJRg=="]],
        ],
        ["type": "tax_id", "issuing_country": "MEX", "number": "GODE561231GR8"],
      ],
      "additional_info": ["has_us_bank_account": "no", "has_denied_bank_account": "no"],
    ]
    if sourceOfFunds { body["source_of_funds"] = "salary" }
    return .object(body)
  }
}
