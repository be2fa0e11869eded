import Foundation
import KiraModels

/// A request as the sandbox engine sees it, independent of the HTTP server.
public struct SandboxHTTPRequest: Sendable {
  /// `GET`, `POST`...
  public var method: String
  /// The URL path, e.g. `/sandbox/v1/users`.
  public var path: String
  /// The raw query string, without `?`.
  public var query: String?
  /// Headers with lower-cased names.
  public var headers: [String: String]
  /// The body bytes.
  public var body: Data
  /// True when the body was larger than the configured limit (and was not read).
  public var bodyTooLarge: Bool

  /// Creates a request; header names are lower-cased.
  public init(
    method: String, path: String, query: String? = nil, headers: [String: String] = [:], body: Data = Data(),
    bodyTooLarge: Bool = false
  ) {
    self.method = method.uppercased()
    self.path = path
    self.query = query.flatMap { $0.isEmpty ? nil : $0 }
    self.headers = Dictionary(
      headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
    self.body = body
    self.bodyTooLarge = bodyTooLarge
  }
}

/// What the engine answers: a response, or "drop the connection".
public struct SandboxHTTPReply: Sendable {
  /// The status.
  public var status: Int
  /// Response headers.
  public var headers: [String: String]
  /// The body bytes.
  public var body: Data
  /// True when the connection must be closed without a (complete) answer.
  public var dropConnection: Bool

  /// A JSON answer.
  public static func json(_ status: Int, _ value: JSONValue, headers: [String: String] = [:])
    -> SandboxHTTPReply
  {
    var all = headers
    all["Content-Type"] = "application/json"
    return SandboxHTTPReply(status: status, headers: all, body: value.encoded(), dropConnection: false)
  }

  /// A plain-text answer.
  public static func text(_ status: Int, _ text: String) -> SandboxHTTPReply {
    SandboxHTTPReply(
      status: status, headers: ["Content-Type": "text/plain; charset=utf-8"], body: Data(text.utf8),
      dropConnection: false)
  }

  /// Close the connection without answering.
  public static let drop = SandboxHTTPReply(status: 0, headers: [:], body: Data(), dropConnection: true)
}
