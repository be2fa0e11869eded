import Foundation
import Hummingbird
import Logging
import NIOCore

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// Builds the one sandbox used by `kira-onboard sandbox`, the wizard's demo
/// mode and the tests. Call `start()` to listen.
public func buildSandbox(configuration: SandboxConfiguration = SandboxConfiguration()) -> SandboxServer {
  SandboxServer(configuration: configuration)
}

/// A running (or startable) sandbox: an engine behind a Hummingbird HTTP/1.1
/// listener on 127.0.0.1.
public final class SandboxServer: Sendable {
  /// The engine: faults, request log, users.
  public let control: SandboxEngine
  /// The configuration.
  public var configuration: SandboxConfiguration { control.configuration }

  private struct Running: Sendable {
    var task: Task<Void, any Error>?
    var webhooks: Task<Void, Never>?
    var baseURL: URL?
    var port: Int?
  }

  private let running = Locked(Running())

  /// A server that is not listening yet.
  public init(configuration: SandboxConfiguration) {
    self.control = SandboxEngine(configuration: configuration)
  }

  /// The request log (shortcut for `control.requestLog`).
  public var requestLog: [SandboxRequestRecord] { control.requestLog }

  /// The bound port, once started.
  public var port: Int? { running.withLock { $0.port } }

  /// The API base URL (`http://127.0.0.1:PORT/sandbox`), once started.
  public var baseURL: URL? { running.withLock { $0.baseURL } }

  /// Starts listening and returns the API base URL, with the bound port (useful with port 0).
  @discardableResult
  public func start() async throws -> URL {
    if let url = baseURL { return url }
    // On Linux SwiftNIO leaves SIGPIPE to the process: a client that hangs up
    // while an answer is being written must end that write with EPIPE, not
    // kill the process hosting the sandbox (a test run died of it once).
    signal(SIGPIPE, SIG_IGN)
    let configuration = self.configuration
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let application = Application(
      responder: SandboxResponder(engine: control),
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port), serverName: nil),
      onServerRunning: { channel in
        continuation.yield(channel.localAddress?.port ?? 0)
        continuation.finish()
      },
      logger: Logger(label: "kira-onboard.sandbox", factory: { _ in SwiftLogNoOpLogHandler() }))
    let task = Task<Void, any Error> {
      defer { continuation.finish() }
      try await application.run()
    }
    var bound: Int?
    for await port in ports {
      bound = port
      break
    }
    guard let port = bound, port > 0 else {
      task.cancel()
      let reason: String
      do {
        try await task.value
        reason = "the server stopped before listening"
      } catch {
        reason = String(describing: error)
      }
      throw SandboxError.couldNotStart(
        "Could not listen on \(configuration.host):\(configuration.port): \(reason)")
    }
    let prefix = configuration.pathPrefix.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
    let url = URL(string: "http://\(configuration.host):\(port)" + (prefix.isEmpty ? "" : "/\(prefix)"))!
    let webhooks = Task.detached { [control] in await Self.deliverWebhooks(control) }
    running.withLock {
      $0.task = task
      $0.webhooks = webhooks
      $0.baseURL = url
      $0.port = port
    }
    return url
  }

  /// Sends the user events that fall due, four times a second, until stopped
  /// (single delivery, as Kira's: a receiver that is down misses them).
  private static func deliverWebhooks(_ control: SandboxEngine) async {
    let session = URLSession(configuration: .ephemeral)
    while !Task.isCancelled {
      for delivery in control.takeWebhookDeliveries(now: control.configuration.now()) {
        var request = URLRequest(url: delivery.url, timeoutInterval: 10)
        request.httpMethod = "POST"
        request.httpBody = delivery.body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue(delivery.signature, forHTTPHeaderField: "x-signature-sha256")
        _ = try? await session.data(for: request)
      }
      try? await Task.sleep(nanoseconds: 250_000_000)
    }
  }

  /// Stops listening and waits until the listener is closed.
  public func stop() async {
    let (task, webhooks) = running.withLock { running -> (Task<Void, any Error>?, Task<Void, Never>?) in
      defer { running = Running() }
      return (running.task, running.webhooks)
    }
    webhooks?.cancel()
    guard let task else { return }
    task.cancel()
    _ = try? await task.value
  }

  /// Waits until the server stops (after `stop()` from elsewhere).
  public func waitUntilStopped() async {
    let task = running.withLock { $0.task }
    _ = try? await task?.value
  }
}
