import ArgumentParser
import Dispatch
import Foundation
import KiraModels
import KiraSandbox

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kira-onboard sandbox`: runs the local Kira look-alike in the foreground.
/// (kira-onboard hands this command over to the helper, which has the sandbox.)
struct SandboxCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sandbox",
    abstract: "Run a local Kira sandbox (for demos and tests) until Ctrl-C.",
    discussion: """
      Listens on 127.0.0.1 only and prints its base URL and the demo credentials.
      Nothing reaches Kira. Sandbox-only extras: fault injection (--fail, --latency,
      or POST /_sandbox/faults), the request log (GET /_sandbox/requests) and demo
      scenarios keyed on the data (see --help of the README: +reject, +review,
      +busy, +slow, K00000400).
      """)

  @Option(name: .long, help: "Port to listen on (0 picks a free one).")
  var port: Int = 0

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Fail the next matching requests: KIND[xN][@[METHOD:]PATH], e.g. 503x2, 429, drop-after@POST:v1/users.",
      discussion: "KIND: 500, 502, 503, 504, 429, drop, drop-after, delay:2s. Repeatable.",
      valueName: "fault"))
  var fail: [String] = []

  @Option(
    name: .long, help: ArgumentHelp("Delay added to every API request, e.g. 200ms.", valueName: "duration"))
  var latency: String = "0ms"

  @Option(
    name: .customLong("token-ttl"), help: ArgumentHelp("Token lifetime (expires_in).", valueName: "duration"))
  var tokenTTL: String = "3600s"

  @Option(
    name: .customLong("verify-after"),
    help: ArgumentHelp("Time until a complete user is VERIFIED.", valueName: "duration"))
  var verifyAfter: String = "8s"

  @Option(
    name: .customLong("auto-reject-after"),
    help: ArgumentHelp("Time until a user without source_of_funds is REJECTED.", valueName: "duration"))
  var autoRejectAfter: String = "3s"

  @Option(name: .customLong("retry-after"), help: "Retry-After seconds sent with injected 429s.")
  var retryAfter: Int = 1

  @Option(
    name: .customLong("rate-limit"),
    help: ArgumentHelp(
      "Answer 429 (with Retry-After) above this many API requests per second, like Kira's gateway.",
      discussion:
        "Kira's default plan is 10 requests/s and 2 concurrent. GET /_sandbox/rate-limit shows what was seen.",
      valueName: "n"))
  var rateLimit: Double?

  @Option(
    name: .customLong("concurrency-limit"),
    help: ArgumentHelp("Answer 429 (with Retry-After) above this many API requests at once.", valueName: "n"))
  var concurrencyLimit: Int?

  @Flag(name: .long, help: "Do not print one line per request.")
  var quiet = false

  func validate() throws {
    if !(0...65535).contains(port) { throw ValidationError("--port must be 0...65535") }
    for (name, value) in [
      ("--latency", latency), ("--token-ttl", tokenTTL), ("--verify-after", verifyAfter),
      ("--auto-reject-after", autoRejectAfter),
    ] where SandboxDuration.seconds(value) == nil {
      throw ValidationError("\(name) must be a duration such as 200ms or 5s, not \"\(value)\"")
    }
    for spec in fail {
      do {
        _ = try FaultRule(parsing: spec)
      } catch {
        throw ValidationError("--fail: \(error)")
      }
    }
    if retryAfter < 0 { throw ValidationError("--retry-after must not be negative") }
    if let rateLimit, !(rateLimit.isFinite && rateLimit > 0 && rateLimit <= 10_000) {
      throw ValidationError("--rate-limit must be between 0 and 10000 requests per second")
    }
    if let concurrencyLimit, !(1...10_000).contains(concurrencyLimit) {
      throw ValidationError("--concurrency-limit must be between 1 and 10000")
    }
  }

  func run() async throws {
    do {
      try await serve()
    } catch {
      throw ExitCode(HelperErrorPresenter.present(error))
    }
  }

  private func serve() async throws {
    var configuration = SandboxConfiguration()
    configuration.port = port
    configuration.faults = try fail.map(FaultRule.init(parsing:))
    configuration.latency = SandboxDuration.seconds(latency) ?? 0
    configuration.tokenLifetime = SandboxDuration.seconds(tokenTTL) ?? 3600
    configuration.decisionAfter = SandboxDuration.seconds(verifyAfter) ?? 8
    configuration.verifyingAfter = min(1, configuration.decisionAfter)
    configuration.autoRejectAfter = SandboxDuration.seconds(autoRejectAfter) ?? 3
    configuration.retryAfterSeconds = retryAfter
    if rateLimit != nil || concurrencyLimit != nil {
      configuration.rateLimit = SandboxRateLimit(
        requestsPerSecond: rateLimit ?? 10_000, concurrent: concurrencyLimit ?? 10_000)
    }
    if !quiet {
      configuration.onRequest = { record in
        var line =
          "  \(record.method) \(record.path) -> \(record.status == 0 ? "dropped" : String(record.status))"
        if let fault = record.fault { line += " [\(fault)]" }
        if let key = record.idempotencyKey { line += " key=\(key)" }
        Self.write(line)
      }
    }
    let server = buildSandbox(configuration: configuration)
    let signals = SignalWaiter(signals: [SIGINT, SIGTERM])
    let url = try await server.start()
    let root = "http://\(configuration.host):\(server.port ?? port)"
    let rateLine =
      configuration.rateLimit.map {
        "\nRate limit: \(Self.number($0.requestsPerSecond)) requests/s, \($0.concurrent) at once "
          + "(429 with Retry-After above it); GET \(root)/_sandbox/rate-limit"
      } ?? ""
    Self.write(
      """
      Kira SANDBOX listening on \(url.absoluteString)
      A local look-alike for demos and tests: nothing reaches Kira.
      Demo credentials (sandbox only):
        export KIRA_BASE_URL=\(url.absoluteString)
        export KIRA_API_KEY=\(configuration.apiKey)
        export KIRA_CLIENT_ID=\(configuration.clientID)
        export KIRA_PASSWORD=\(configuration.password)
        export KIRA_WEBHOOK_SECRET=\(configuration.webhookSecret)
      Demo scenarios (sandbox only):
      \(SandboxScenario.allCases.map { "  " + $0.summary }.joined(separator: "\n"))
      Control: POST \(root)/_sandbox/faults, GET \(root)/_sandbox/requests, POST \(root)/_sandbox/tokens/expire\(rateLine)
      Press Ctrl-C to stop.
      """)
    let signal = await signals.wait()
    await server.stop()
    HelperErrorPresenter.writeToStandardError(
      "kira-onboard: sandbox stopped (\(signal == SIGINT ? "SIGINT" : "SIGTERM"))")
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() && value < 1e9 ? String(Int(value)) : String(value)
  }

  /// Writes a line to stdout at once (stdout may be a pipe, which Swift's `print` buffers).
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}

/// Turns SIGINT/SIGTERM into an awaitable event instead of killing the process.
/// (Unchecked: the dispatch sources are only retained after `init`.)
final class SignalWaiter: @unchecked Sendable {
  private let stream: AsyncStream<Int32>
  private let sources: [any DispatchSourceSignal]

  init(signals: [Int32]) {
    let (stream, continuation) = AsyncStream<Int32>.makeStream()
    self.stream = stream
    self.sources = signals.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { continuation.yield(number) }
      source.resume()
      return source
    }
  }

  /// The first signal received.
  func wait() async -> Int32 {
    for await number in stream { return number }
    return SIGTERM
  }
}
