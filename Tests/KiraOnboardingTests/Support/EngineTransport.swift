import Foundation
import KiraClient
import KiraModels
import KiraSandbox

/// An `HTTPTransport` that hands each request straight to an in-process
/// `SandboxEngine` (no socket, no helper, no thread of its own), after the
/// routes a test scripts: a route sees the request first and may answer it
/// itself, or look at the world (the journal) at the moment it is sent.
///
/// A "dropped connection" reply becomes `TransportError(.connectionLost)`,
/// as the live transport reports the sandbox's cut: the client cannot tell
/// whether the request was processed.
final class EngineTransport: HTTPTransport, @unchecked Sendable {
  /// What a route does with a request: pass it on, or answer it.
  enum RouteAnswer: Sendable {
    case pass
    case answer(HTTPResponse)
    case fail(TransportError)
  }

  typealias Route = @Sendable (HTTPRequest) async -> RouteAnswer

  let engine: SandboxEngine
  private let lock = NSLock()
  private var routes: [Route] = []
  private var sent: [HTTPRequest] = []

  /// A transport to a fresh engine configured by `configure`.
  init(configure: (inout SandboxConfiguration) -> Void = { _ in }) {
    var configuration = SandboxConfiguration()
    configure(&configuration)
    engine = SandboxEngine(configuration: configuration)
  }

  /// The base URL a client of this engine uses (any host: nothing listens).
  static let baseURL = URL(string: "http://127.0.0.1:9/sandbox")!

  /// Adds a route, asked before the engine (and before earlier routes' fallbacks).
  func route(_ route: @escaping Route) {
    lock.withLock { routes.append(route) }
  }

  /// Every request sent, in order.
  var requests: [HTTPRequest] { lock.withLock { sent } }

  /// The requests with this method whose path ends with `suffix`.
  func requests(_ method: String, pathEndingWith suffix: String) -> [HTTPRequest] {
    requests.filter { $0.method == method && $0.url.path.hasSuffix(suffix) }
  }

  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let routes = lock.withLock {
      sent.append(request)
      return self.routes
    }
    for route in routes {
      switch await route(request) {
      case .pass: continue
      case .answer(let response): return response
      case .fail(let error): throw error
      }
    }
    // As the HTTP server does: the authority becomes the `host` header (the
    // sandbox builds its verification links from it).
    var headers = request.headers
    if let host = request.url.host { headers["host"] = host + (request.url.port.map { ":\($0)" } ?? "") }
    let reply = await engine.handle(
      SandboxHTTPRequest(
        method: request.method, path: request.url.path, query: request.url.query, headers: headers,
        body: request.body ?? Data()))
    if reply.dropConnection { throw TransportError(.connectionLost, detail: "the sandbox cut the answer") }
    return HTTPResponse(status: reply.status, headers: reply.headers, body: reply.body)
  }
}

/// A clock the engine reads, moved by the test (users' states are computed from it).
final class TestClock: @unchecked Sendable {
  private let lock = NSLock()
  private var current = Date(timeIntervalSince1970: 1_781_524_800)

  var now: Date { lock.withLock { current } }

  func advance(_ seconds: TimeInterval) {
    lock.withLock { current = current.addingTimeInterval(seconds) }
  }
}
