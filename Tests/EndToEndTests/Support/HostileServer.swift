import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A tiny HTTP/1.1 server on loopback, written on raw sockets so it can say
/// what no well-behaved server library would: any status (999), any header,
/// bytes that are not UTF-8, a body of 100 MB announced and trickled slowly.
/// Each request is answered by `respond` on its own thread, then the
/// connection closes.
final class HostileServer: @unchecked Sendable {
  /// One request as it arrived.
  struct Request: Sendable {
    var method: String
    /// The path without the leading slash, without the query (`v1/users`).
    var path: String
    var query: String
    var headers: [String: String]
    var body: Data
  }

  /// One answer. `declaredLength` overrides Content-Length (a body
  /// announced larger than what follows); `trickle` sends the body in
  /// chunks with a pause between them; `repeatBody` sends `body` this
  /// many times (a huge answer without holding it in memory).
  struct Response: Sendable {
    var status: Int
    var reason = "Hostile"
    var headers: [(String, String)] = [("Content-Type", "application/json")]
    var body: Data
    var declaredLength: Int?
    var repeatBody = 1
    var trickle: (chunk: Int, pause: TimeInterval)?

    init(status: Int, body: Data, headers: [(String, String)] = [("Content-Type", "application/json")]) {
      self.status = status
      self.body = body
      self.headers = headers
    }
  }

  let baseURL: URL
  private let listener: Int32
  private let lock = NSLock()
  private var requests: [Request] = []
  private var bytesSent = 0
  private let respond: @Sendable (Request) -> Response

  /// Every request received so far.
  var received: [Request] { lock.withLock { requests } }
  /// Body bytes written so far, over every answer.
  var bodyBytesSent: Int { lock.withLock { bytesSent } }

  init(respond: @escaping @Sendable (Request) -> Response) throws {
    self.respond = respond
    let (descriptor, url) = try LoopbackListener.open(backlog: 16, reuseAddress: true)
    listener = descriptor
    baseURL = url
    Thread.detachNewThread { [self] in
      while true {
        let connection = accept(descriptor, nil, nil)
        guard connection >= 0 else { return }
        Thread.detachNewThread { [self] in serve(connection) }
      }
    }
  }

  deinit {
    shutdown(listener, Int32(SHUT_RDWR))
    close(listener)
  }

  private func serve(_ connection: Int32) {
    defer { close(connection) }
    guard let request = readRequest(connection) else { return }
    lock.withLock { requests.append(request) }
    let response = respond(request)
    let length = response.declaredLength ?? response.body.count * response.repeatBody
    var head = "HTTP/1.1 \(response.status) \(response.reason)\r\n"
    for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
    head += "Content-Length: \(length)\r\nConnection: close\r\n\r\n"
    guard send(connection, Data(head.utf8)) else { return }
    for _ in 0..<response.repeatBody {
      if let trickle = response.trickle {
        var offset = 0
        while offset < response.body.count {
          let end = min(response.body.count, offset + trickle.chunk)
          guard send(connection, response.body[offset..<end]) else { return }
          lock.withLock { bytesSent += end - offset }
          offset = end
          Thread.sleep(forTimeInterval: trickle.pause)
        }
      } else {
        guard send(connection, response.body) else { return }
        lock.withLock { bytesSent += response.body.count }
      }
    }
  }

  /// Writes all of `data`; false once the peer is gone.
  private func send(_ connection: Int32, _ data: Data) -> Bool {
    data.withUnsafeBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = Glibc.send(
          connection, raw.baseAddress! + offset, raw.count - offset, Int32(MSG_NOSIGNAL))
        if written <= 0 { return false }
        offset += written
      }
      return true
    }
  }

  private func readRequest(_ connection: Int32) -> Request? {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 16 << 10)
    var headEnd: Range<Data.Index>?
    while headEnd == nil {
      let count = read(connection, &buffer, buffer.count)
      guard count > 0 else { return nil }
      data.append(contentsOf: buffer[0..<count])
      headEnd = data.range(of: Data("\r\n\r\n".utf8))
    }
    let head = String(decoding: data[..<headEnd!.lowerBound], as: UTF8.self)
    var lines = head.components(separatedBy: "\r\n")
    let requestLine = lines.removeFirst().split(separator: " ")
    guard requestLine.count >= 2 else { return nil }
    var headers: [String: String] = [:]
    for line in lines {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
        in: .whitespaces)
    }
    var body = Data(data[headEnd!.upperBound...])
    let expected = Int(headers["content-length"] ?? "0") ?? 0
    while body.count < expected {
      let count = read(connection, &buffer, buffer.count)
      guard count > 0 else { break }
      body.append(contentsOf: buffer[0..<count])
    }
    let target = String(requestLine[1])
    let parts = target.split(separator: "?", maxSplits: 1)
    var path = String(parts.first ?? "")
    while path.hasPrefix("/") { path.removeFirst() }
    return Request(
      method: String(requestLine[0]), path: path, query: parts.count > 1 ? String(parts[1]) : "",
      headers: headers, body: body)
  }
}

/// What the hostile server puts into every text field: each way a terminal
/// can be made to act instead of show, plus bytes that are not UTF-8.
enum HostilePayload {
  /// The escapes as a Swift string (JSON-escaped where JSON requires it).
  static let text =
    "A\u{1B}[2J\u{1B}[31mred\u{1B}]0;PWNED-TITLE\u{07}\u{1B}]8;;https://evil.test/\u{1B}\\link\u{1B}]8;;\u{1B}\\"
    + "\u{1B}]52;c;UFdORUQ=\u{07}\u{1B}P1$qPWNED-DCS\u{1B}\\\u{1B}^PWNED-PM\u{1B}\\\u{1B}_PWNED-APC\u{1B}\\"
    + "\u{1B}XPWNED-SOS\u{1B}\\\u{9B}2J\u{9D}0;PWNED-C1\u{9C}\u{85}\u{90}q\u{9C}\u{202E}rev\u{202C}\u{2066}iso\u{2069}"
    + "\u{200F}\r\u{0}\u{7F}\u{8}Z"

  /// Bytes that are not UTF-8 (a lone continuation, an overlong form, a
  /// surrogate, 0xFF), put raw inside each JSON string.
  static let invalidUTF8: [UInt8] = [0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xFF, 0xC3]

  /// A JSON string literal holding `text` (and the invalid bytes, raw).
  static func jsonString(_ prefix: String = "") -> Data {
    var data = Data("\"".utf8)
    data.append(escaped(prefix + text))
    data.append(contentsOf: invalidUTF8)
    data.append(Data("z\"".utf8))
    return data
  }

  /// JSON string content: quotes, backslashes and C0 controls escaped, the rest raw.
  static func escaped(_ text: String) -> Data {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20:
        out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return Data(out.utf8)
  }

  /// Builds a JSON document: `.text` leaves become hostile strings.
  indirect enum Node {
    case hostile(String)
    case raw(String)
    case object([(String, Node)])
    case array([Node])

    var data: Data {
      switch self {
      case .hostile(let prefix): return HostilePayload.jsonString(prefix)
      case .raw(let json): return Data(json.utf8)
      case .array(let items):
        var data = Data("[".utf8)
        for (index, item) in items.enumerated() {
          if index > 0 { data.append(Data(",".utf8)) }
          data.append(item.data)
        }
        data.append(Data("]".utf8))
        return data
      case .object(let members):
        var data = Data("{".utf8)
        for (index, (key, value)) in members.enumerated() {
          if index > 0 { data.append(Data(",".utf8)) }
          data.append(Data("\"".utf8) + escaped(key) + Data("\":".utf8))
          data.append(value.data)
        }
        data.append(Data("}".utf8))
        return data
      }
    }
  }

  /// The bytes a terminal must never receive, and where the first one is:
  /// ESC, other C0 controls but LF and TAB, DEL, C1 controls, bidi
  /// controls, line separators, and anything that is not UTF-8.
  static func firstForbidden(in bytes: Data) -> String? {
    let array = [UInt8](bytes)
    guard let text = String(validating: array, as: UTF8.self) else {
      return "bytes that are not UTF-8"
    }
    for (offset, scalar) in text.unicodeScalars.enumerated() {
      let value = scalar.value
      let forbidden =
        (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
        || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(value) || (0x202A...0x202E).contains(value)
        || (0x2066...0x2069).contains(value)
      if forbidden {
        let context = String(
          String.UnicodeScalarView(text.unicodeScalars.dropFirst(max(0, offset - 30)).prefix(60)))
        return
          "U+\(String(value, radix: 16, uppercase: true)) at scalar \(offset): \(context.debugDescription)"
      }
    }
    return nil
  }
}
