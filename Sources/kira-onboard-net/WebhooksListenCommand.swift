import ArgumentParser
import Foundation
import HTTPTypes
import Hummingbird
import KiraClient
import Logging
import NIOCore

/// `kira-onboard-net webhooks-listen`: the receiver behind `kira-onboard
/// webhooks listen`, which starts it. The secret arrives as the first line
/// of standard input (never on a command line); each accepted event leaves as
/// one JSON line on standard output for kira-onboard to store.
struct WebhooksListenCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "webhooks-listen",
    abstract: "Receive Kira's signed user events (run by `kira-onboard webhooks listen`).",
    shouldDisplay: false)

  @Option(name: .long, help: "Port to listen on (0: any free port).")
  var port: Int = 8787

  @Option(name: .long, help: "Address to listen on.")
  var host: String = "127.0.0.1"

  func validate() throws {
    if !(0...65535).contains(port) { throw ValidationError("--port must be 0...65535") }
  }

  func run() async throws {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
      HelperErrorPresenter.writeToStandardError("kira-onboard: no webhook secret was handed over")
      throw ExitCode(77)
    }
    signal(SIGPIPE, SIG_IGN)
    // kira-onboard keeps the pipe open while it runs: its end means stop.
    Thread.detachNewThread {
      while readLine(strippingNewline: true) != nil {}
      Foundation.exit(0)
    }
    let output = EventLines()
    let responder = WebhookResponder(secret: line, seen: SeenEvents(), output: output)
    let (ports, continuation) = AsyncStream<Int>.makeStream()
    let application = Application(
      responder: responder,
      configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: nil),
      onServerRunning: { channel in
        continuation.yield(channel.localAddress?.port ?? 0)
        continuation.finish()
      },
      logger: Logger(label: "kira-onboard.webhooks", factory: { _ in SwiftLogNoOpLogHandler() }))
    let task = Task<Void, any Error> {
      defer { continuation.finish() }
      try await application.run()
    }
    var bound = 0
    for await value in ports {
      bound = value
      break
    }
    guard bound > 0 else {
      HelperErrorPresenter.writeToStandardError("kira-onboard: cannot listen on \(host):\(port)")
      task.cancel()
      throw ExitCode(69)
    }
    output.send(["listening": "http://\(host):\(bound)/"])
    try await task.value
  }
}

/// Event ids already accepted by this receiver (Kira may deliver one twice).
actor SeenEvents {
  private var ids: Set<String> = []

  /// True the first time `id` is offered.
  func insert(_ id: String) -> Bool { ids.insert(id).inserted }
}

/// Writes JSON lines to standard output, one whole line per write.
final class EventLines: Sendable {
  func send(_ value: [String: String]) {
    guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else {
      return
    }
    write(data)
  }

  func send(_ event: WebhookEvent) {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .secondsSince1970
    encoder.outputFormatting = [.sortedKeys]
    guard let data = try? encoder.encode(event) else { return }
    write(data)
  }

  private func write(_ data: Data) {
    var line = data
    line.append(UInt8(ascii: "\n"))
    line.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
        if written <= 0 { return }
        offset += written
      }
    }
  }
}

/// Answers each delivery at once: 401 unsigned, 413 too large, 400
/// unreadable, 200 accepted (a duplicate too, so Kira does not resend).
struct WebhookResponder: HTTPResponder {
  typealias Context = BasicRequestContext

  let secret: String
  let seen: SeenEvents
  let output: EventLines

  func respond(to request: Request, context: BasicRequestContext) async throws -> Response {
    guard request.method == .post else { return Self.reply(405, "only POST is accepted") }
    var body = Data()
    var tooLarge = false
    for try await chunk in request.body {
      if body.count + chunk.readableBytes > WebhookDelivery.bodyLimit {
        tooLarge = true
        continue
      }
      body.append(contentsOf: chunk.readableBytesView)
    }
    if tooLarge { return Self.reply(413, "body over \(WebhookDelivery.bodyLimit) bytes") }
    let signature = HTTPField.Name(WebhookDelivery.signatureHeader).flatMap { request.headers[$0] }
    switch WebhookDelivery.read(body, signature: signature, secret: secret, receivedAt: Date()) {
    case .failure(let refusal):
      switch refusal {
      case .badSignature: return Self.reply(401, "missing or wrong x-signature-sha256")
      case .unreadable(let why): return Self.reply(400, why)
      }
    case .success(let event):
      if await seen.insert(event.eventID) {
        output.send(event)
        return Self.reply(200, "received")
      }
      return Self.reply(200, "duplicate")
    }
  }

  static func reply(_ status: Int, _ message: String) -> Response {
    let body = (try? JSONSerialization.data(withJSONObject: ["message": message])) ?? Data()
    return Response(
      status: HTTPResponse.Status(code: status), headers: [.contentType: "application/json"],
      body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
  }
}
