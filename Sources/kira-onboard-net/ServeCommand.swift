import ArgumentParser
import Foundation
import KiraClient
import KiraNetwork
import KiraSandbox

#if canImport(Glibc)
  import Glibc
#endif

/// `kira-onboard-net serve`: relays kira-onboard's HTTP requests (frames on
/// stdin) through URLSession and writes the answers (frames on stdout);
/// with `--embedded-sandbox` it first starts the demo sandbox on loopback.
/// Exits when stdin ends, that is when kira-onboard closes it or exits.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Relay kira-onboard's requests (started by kira-onboard, not by people).",
    shouldDisplay: false)

  @Flag(name: .customLong("embedded-sandbox"), help: "Start the demo sandbox on 127.0.0.1 first.")
  var embeddedSandbox = false

  @Option(name: .customLong("sandbox-port"), help: "The embedded sandbox's port (0 picks a free one).")
  var sandboxPort: Int = 0

  @Option(name: .customLong("connect-timeout"), help: "Seconds without progress before a request fails.")
  var connectTimeout: Double = 10

  @Option(name: .customLong("request-timeout"), help: "Seconds a whole request may take.")
  var requestTimeout: Double = 30

  func validate() throws {
    if !(0...65535).contains(sandboxPort) { throw ValidationError("--sandbox-port must be 0...65535") }
    if connectTimeout <= 0 || requestTimeout <= 0 { throw ValidationError("timeouts must be positive") }
  }

  func run() async throws {
    // Only frames may reach stdout: keep a private copy of it for them and
    // point descriptor 1 at /dev/null, so a stray print can never corrupt the stream.
    ProxyEnvironment.enforce()
    let events = EventWriter(descriptor: fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3))
    let devNull = open("/dev/null", O_WRONLY | O_CLOEXEC)
    if devNull >= 0 {
      dup2(devNull, STDOUT_FILENO)
      close(devNull)
    }
    var sandbox: SandboxServer?
    var sandboxURL: URL?
    if embeddedSandbox {
      var configuration = SandboxConfiguration()
      configuration.port = sandboxPort
      let server = buildSandbox(configuration: configuration)
      do {
        sandboxURL = try await server.start()
        sandbox = server
      } catch {
        events.send(.fatal(message: "the embedded sandbox could not start: \(error)"))
        throw ExitCode(69)
      }
    }
    let relay = RequestRelay(
      transport: URLSessionTransport(connectTimeout: connectTimeout, requestTimeout: requestTimeout),
      events: events)
    events.send(.ready(sandboxBaseURL: sandboxURL))
    for await command in CommandReader.commands(from: STDIN_FILENO) {
      await relay.handle(command)
    }
    await relay.cancelAll()
    await sandbox?.stop()
  }
}

/// Writes event frames to kira-onboard, one at a time. When kira-onboard is
/// gone (the pipe is closed) there is no one left to serve: the helper exits.
final class EventWriter: Sendable {
  private let descriptor: Int32
  private let lock = NSLock()

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  func send(_ event: NetworkHelperProtocol.Event) {
    lock.withLock {
      do {
        try NetworkHelperProtocol.write(event, to: descriptor)
      } catch {
        exit(0)
      }
    }
  }
}

/// Commands read from stdin on a thread of their own (a blocking read must
/// not hold a thread of Swift's cooperative pool), as an async sequence that
/// ends with stdin.
enum CommandReader {
  static func commands(from descriptor: Int32) -> AsyncStream<NetworkHelperProtocol.Command> {
    let (stream, continuation) = AsyncStream<NetworkHelperProtocol.Command>.makeStream()
    Thread.detachNewThread {
      while let command = try? NetworkHelperProtocol.read(
        NetworkHelperProtocol.Command.self, from: descriptor)
      {
        continuation.yield(command)
      }
      continuation.finish()
    }
    return stream
  }
}

/// The requests in flight, each in a task of its own so a slow one never
/// holds up the others, and cancellable by id.
actor RequestRelay {
  private let transport: any HTTPTransport
  private let events: EventWriter
  private var inFlight: [Int: Task<Void, Never>] = [:]

  init(transport: any HTTPTransport, events: EventWriter) {
    self.transport = transport
    self.events = events
  }

  func handle(_ command: NetworkHelperProtocol.Command) {
    switch command {
    case .send(let id, let request):
      let transport = transport
      let events = events
      inFlight[id] = Task {
        do {
          let response = try await transport.send(request)
          events.send(.response(id: id, response: response))
        } catch let error as TransportError {
          events.send(.failure(id: id, error: error))
        } catch {
          events.send(.failure(id: id, error: TransportError(.other, detail: String(describing: error))))
        }
        self.finished(id)
      }
    case .cancel(let id):
      inFlight.removeValue(forKey: id)?.cancel()
    }
  }

  func cancelAll() {
    for task in inFlight.values { task.cancel() }
    inFlight.removeAll()
  }

  private func finished(_ id: Int) {
    inFlight[id] = nil
  }
}
