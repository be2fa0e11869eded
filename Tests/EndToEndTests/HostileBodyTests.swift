import Foundation
import KiraClient
import KiraModels
import KiraNetwork
import Testing

/// Huge, trickled and over-headed answers from a raw-socket server, read by
/// the live transport and the client: cut at the cap with a clear error,
/// memory bounded, nothing read whole.
@Suite("huge and trickled answers are cut at the cap with a clear error", .serialized)
struct HostileBodyTests {
  static let hundredMegabytes = 100 << 20

  /// A client on the live transport against a server whose `/auth` works
  /// and whose every other answer is `answer`.
  static func client(
    _ answer: @escaping @Sendable (HostileServer.Request) -> HostileServer.Response,
    requestTimeout: TimeInterval = 120
  ) throws -> (KiraClient, HostileServer) {
    let server = try HostileServer { request in
      request.path == "auth" ? HostileServerTests.authAnswer : answer(request)
    }
    let client = KiraClient(
      configuration: KiraClientConfiguration(
        endpoint: try KiraEndpoint(url: server.baseURL.absoluteString),
        credentials: KiraCredentials(apiKey: "k", clientID: "c", password: "p"), retryPolicy: .none),
      transport: URLSessionTransport(connectTimeout: 60, requestTimeout: requestTimeout))
    return (client, server)
  }

  static let chunk = Data(repeating: UInt8(ascii: " "), count: 64 << 10)

  @Test("100 MB offered at once: cut at 1 MiB, body_too_large")
  func hugeBody() async throws {
    let (client, server) = try Self.client { _ in
      var response = HostileServer.Response(status: 200, body: Self.chunk)
      response.repeatBody = Self.hundredMegabytes / Self.chunk.count
      return response
    }
    let error = await #expect(throws: KiraError.self) { try await client.listUsers(email: "a@example.test") }
    #expect(error?.code == "body_too_large")
    #expect(error?.message.contains("larger than 1 MiB") == true)
    // Over loopback the kernel may take all 100 MB before the cut closes the connection; what was kept is 1 MiB.
    #expect(server.received.count == 2)
  }

  @Test("100 MB announced and trickled in 64 KiB steps: cut at the cap, not read to the end")
  func trickledBody() async throws {
    let (client, server) = try Self.client { _ in
      var response = HostileServer.Response(
        status: 201, body: Data(repeating: UInt8(ascii: " "), count: 4 << 20))
      response.declaredLength = Self.hundredMegabytes
      response.trickle = (chunk: 64 << 10, pause: 0.005)
      return response
    }
    let error = await #expect(throws: KiraError.self) {
      try await client.createUser(body: ["type": "individual"], idempotencyKey: "k-1")
    }
    #expect(error?.code == "body_too_large")
    // A create whose answer could not be read: no definite answer (retry with the same key).
    #expect(error?.isDefiniteRejection == false)
    #expect(server.bodyBytesSent < Self.hundredMegabytes)
  }

  @Test("a body trickled a byte at a time ends at the request timeout, clearly")
  func slowTrickle() async throws {
    let (client, _) = try Self.client(
      { _ in
        var response = HostileServer.Response(
          status: 200, body: Data(repeating: UInt8(ascii: " "), count: 4096))
        response.declaredLength = Self.hundredMegabytes
        response.trickle = (chunk: 1, pause: 0.05)
        return response
      }, requestTimeout: 1)
    let error = await #expect(throws: KiraError.self) { try await client.getUser(id: "usr-1") }
    #expect(error?.kind == .transport(.timedOut))
    #expect(error?.message.contains("timed out") == true)
  }

  @Test("a 100 MB error page is not read: a clear message with the status")
  func hugeErrorBody() async throws {
    let (client, _) = try Self.client { _ in
      var response = HostileServer.Response(
        status: 500, body: Self.chunk, headers: [("Content-Type", "text/html")])
      response.repeatBody = Self.hundredMegabytes / Self.chunk.count
      return response
    }
    let error = await #expect(throws: KiraError.self) { try await client.getUser(id: "usr-1") }
    #expect(error?.httpStatus == 500)
    #expect(error?.message.contains("it was not read") == true)
  }

  @Test(
    "too many or too large headers: the answer is refused before its body is read",
    arguments: [
      ((0..<200).map { ("X-Many-\($0)", "v") }, "too_many_headers"),
      (
        [
          ("X-Big-1", String(repeating: "a", count: 40 << 10)),
          ("X-Big-2", String(repeating: "b", count: 40 << 10)),
        ], "headers_too_large"
      ),
    ])
  func headerCaps(headers: [(String, String)], code: String) async throws {
    let (client, _) = try Self.client { _ in
      HostileServer.Response(
        status: 200, body: Data(#"{"id":"usr-1"}"#.utf8),
        headers: [("Content-Type", "application/json")] + headers)
    }
    let error = await #expect(throws: KiraError.self) { try await client.getUser(id: "usr-1") }
    #expect(error?.code == code)
    #expect(error?.kind == .invalidResponse)
  }

  @Test("nesting deeper than 64 is refused with a clear error, not a stack overflow")
  func deepNesting() async throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let (client, _) = try Self.client { _ in
      HostileServer.Response(status: 200, body: Data(#"{"id":"usr-1","x":\#(deep)}"#.utf8))
    }
    let error = await #expect(throws: KiraError.self) { try await client.getUser(id: "usr-1") }
    #expect(error?.code == "invalid_json")
    #expect(error?.message.contains("too_deep") == true)
  }
}
