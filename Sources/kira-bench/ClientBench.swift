import Foundation
import KiraClient
import KiraModels
import KiraNetwork
import KiraSandbox

/// Measures the API client: its own per-create overhead (with an instant
/// in-process transport), a create over loopback HTTP against the in-process
/// sandbox (median, p99) next to the bare transport sending the same bytes,
/// and requests per second with 4 concurrent submitters sharing one client.
enum ClientBench {
  /// Runs the measurements and returns the report lines.
  static func run() async -> [String] {
    var lines = ["client (KiraClient against the in-process sandbox over loopback HTTP)"]
    do {
      lines += try await clientOnlyOverhead(creates: 2_000)
      lines += try await loopbackLatency(creates: 400)
      lines += try await concurrentThroughput(submitters: 4, seconds: 3)
    } catch {
      lines.append("  failed: \(error)")
    }
    return lines
  }

  /// Per-create time with a transport that answers instantly from memory:
  /// encoding, headers, token cache, retry bookkeeping and decoding only.
  static func clientOnlyOverhead(creates: Int) async throws -> [String] {
    let client = KiraClient(configuration: configuration(endpoint: .sandbox), transport: InstantTransport())
    let body = sampleBody(email: "bench@example.com")
    _ = try await client.createUser(body: body, idempotencyKey: UUID().uuidString)
    var samples: [Double] = []
    samples.reserveCapacity(creates)
    let clock = ContinuousClock()
    for _ in 0..<creates {
      let start = clock.now
      _ = try await client.createUser(body: body, idempotencyKey: UUID().uuidString)
      samples.append(seconds(clock.now - start))
    }
    return ["  client's own overhead per create (instant transport): " + summary(samples)]
  }

  /// Sequential creates over loopback: through the client, and the same
  /// request bytes through the bare transport (the difference is the client's share).
  static func loopbackLatency(creates: Int) async throws -> [String] {
    let server = buildSandbox()
    let baseURL = try await server.start()
    do {
      let lines = try await loopbackLatency(creates: creates, baseURL: baseURL)
      await server.stop()
      return lines
    } catch {
      await server.stop()
      throw error
    }
  }

  private static func loopbackLatency(creates: Int, baseURL: URL) async throws -> [String] {
    let endpoint = try KiraEndpoint(url: baseURL.absoluteString)
    let transport = URLSessionTransport()
    let client = KiraClient(configuration: configuration(endpoint: endpoint), transport: transport)
    let token = try await client.authenticate().accessToken
    let bodies = (0..<creates).map { sampleBody(email: "bench.\($0)@example.com") }
    for index in 0..<20 {
      _ = try await client.createUser(
        body: sampleBody(email: "warm.\(index)@example.com"), idempotencyKey: UUID().uuidString)
    }
    let clock = ContinuousClock()
    var viaClient: [Double] = []
    for body in bodies {
      let start = clock.now
      _ = try await client.createUser(body: body, idempotencyKey: UUID().uuidString)
      viaClient.append(seconds(clock.now - start))
    }
    var bare: [Double] = []
    for body in bodies {
      let request = HTTPRequest(
        method: "POST", url: endpoint.url(for: KiraAPI.Path.users),
        headers: [
          KiraAPI.Header.apiKey: SandboxConfiguration.Demo.apiKey,
          KiraAPI.Header.authorization: "Bearer \(token)",
          KiraAPI.Header.idempotencyKey: UUID().uuidString, KiraAPI.Header.contentType: "application/json",
          KiraAPI.Header.apiVersion: KiraAPI.defaultVersion,
        ],
        body: body.encoded())
      let start = clock.now
      let response = try await transport.send(request)
      bare.append(seconds(clock.now - start))
      guard response.status == 201 else { throw BenchError.unexpectedStatus(response.status) }
    }
    let overhead = zip(viaClient.sorted(), bare.sorted()).map { $0 - $1 }
    return [
      "  create over loopback via KiraClient (\(creates) sequential): " + summary(viaClient),
      "  same request via the bare URLSession transport: " + summary(bare),
      "  difference (client's share of a loopback create): median \(ms(median(overhead))), "
        + "p99 \(ms(percentile(overhead, 0.99)))",
    ]
  }

  /// Creates per second with `submitters` tasks sharing one client for about `seconds`.
  static func concurrentThroughput(submitters: Int, seconds budget: Double) async throws -> [String] {
    let server = buildSandbox()
    let baseURL = try await server.start()
    do {
      let lines = try await concurrentThroughput(
        submitters: submitters, seconds: budget, baseURL: baseURL, server: server)
      await server.stop()
      return lines
    } catch {
      await server.stop()
      throw error
    }
  }

  private static func concurrentThroughput(
    submitters: Int, seconds budget: Double, baseURL: URL, server: SandboxServer
  ) async throws -> [String] {
    let client = KiraClient(
      configuration: configuration(endpoint: try KiraEndpoint(url: baseURL.absoluteString)),
      transport: URLSessionTransport())
    try await client.authenticate()
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = start.advanced(by: .milliseconds(Int(budget * 1000)))
    let counts = try await withThrowingTaskGroup(of: Int.self) { group in
      for submitter in 0..<submitters {
        group.addTask {
          var created = 0
          while clock.now < deadline {
            _ = try await client.createUser(
              body: sampleBody(email: "load.\(submitter).\(created)@example.com"),
              idempotencyKey: UUID().uuidString)
            created += 1
          }
          return created
        }
      }
      var all: [Int] = []
      for try await count in group { all.append(count) }
      return all
    }
    let elapsed = seconds(clock.now - start)
    let total = counts.reduce(0, +)
    let stored = server.control.userCount
    return [
      "  \(submitters) concurrent submitters, one client: \(Int((Double(total) / elapsed).rounded())) creates/s "
        + "(\(total) users in \(String(format: "%.2f", elapsed)) s, \(stored) stored by the sandbox)"
    ]
  }

  // MARK: - Helpers

  enum BenchError: Error { case unexpectedStatus(Int) }

  static func configuration(endpoint: KiraEndpoint) -> KiraClientConfiguration {
    KiraClientConfiguration(
      endpoint: endpoint,
      credentials: KiraCredentials(
        apiKey: SandboxConfiguration.Demo.apiKey, clientID: SandboxConfiguration.Demo.clientID,
        password: SandboxConfiguration.Demo.password),
      userAgent: "kira-bench", retryPolicy: .none)
  }

  /// A complete fake applicant (the reference page's Maria Gonzalez) with a small inline image.
  static func sampleBody(email: String) -> JSONValue {
    [
      "type": "individual", "first_name": "Maria", "last_name": "Gonzalez", "email": .string(email),
      "birth_date": "1990-05-15", "phone": "+525512345678", "nationality": "MEX",
      "address_street": "Av. Reforma 123",
      "address_city": "Ciudad de Mexico", "address_state": "CDMX", "address_zip_code": "06600",
      "address_country": "MEX", "document_type": "passport", "document_number": "G12345678",
      "document_country": "MEX", "employment_status": "employed", "current_employer": "Self",
      "occupation": "Software Engineer", "account_purpose": "receive_payments", "source_of_funds": "salary",
      "pep_status": false,
      "identifying_information": [
        [
          "type": "passport", "issuing_country": "MEX", "number": "G12345678", "expiration": "2030-05-15",
          "documents": [
            [
              "type": "front",
              "file": .string("data:image/jpeg;base64," + String(repeating: "A", count: 2048)),
            ]
          ],
        ]
      ],
    ]
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return 0 }
    let sorted = values.sorted()
    let index = min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))
    return sorted[index]
  }

  static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1000) }

  static func summary(_ samples: [Double]) -> String {
    "median \(ms(median(samples))), p99 \(ms(percentile(samples, 0.99))) (n=\(samples.count))"
  }
}

/// Answers from memory, instantly: a token for `/auth`, a created user for everything else.
private struct InstantTransport: HTTPTransport {
  static let token = Data(
    #"{"message":"Auth token","data":{"access_token":"bench","expires_in":3600,"token_type":"Bearer"}}"#.utf8)
  static let user = Data(
    #"""
    {"id":"3c90c3cc-0d44-4b50-8888-8dd25736052a","type":"individual","email":"bench@example.com","status":"CREATED",
     "verification_status":"unverified","verification_mode":"automatic","verification_link":null,
     "verification_triggered":true,"created_at":"2026-04-20T10:00:00Z","updated_at":"2026-04-20T10:00:00Z"}
    """#.utf8)

  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    if request.url.path.hasSuffix("/auth") { return HTTPResponse(status: 200, body: Self.token) }
    return HTTPResponse(status: 201, body: Self.user)
  }
}
