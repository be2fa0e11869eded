import Foundation

/// One HTTP request as the client builds it, independent of any networking library.
public struct HTTPRequest: Sendable, Hashable, Codable {
  /// `GET`, `POST`, `PUT`.
  public var method: String
  /// The absolute URL (base URL plus a relative path).
  public var url: URL
  /// Header fields; names are compared case-insensitively by servers.
  public var headers: [String: String]
  /// The body bytes, if any.
  public var body: Data?

  /// Creates a request.
  public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil) {
    self.method = method
    self.url = url
    self.headers = headers
    self.body = body
  }

  /// The value of a header, matched case-insensitively.
  public func header(_ name: String) -> String? {
    let lowered = name.lowercased()
    return headers.first { $0.key.lowercased() == lowered }?.value
  }
}

/// One HTTP response: status, headers and (possibly truncated) body.
public struct HTTPResponse: Sendable, Hashable, Codable {
  /// The HTTP status code.
  public var status: Int
  /// Header fields as received.
  public var headers: [String: String]
  /// The body bytes (at most what the transport was allowed to read).
  public var body: Data
  /// True when the body was longer than the transport's cap and was cut.
  public var bodyWasTruncated: Bool

  /// Creates a response.
  public init(
    status: Int, headers: [String: String] = [:], body: Data = Data(), bodyWasTruncated: Bool = false
  ) {
    self.status = status
    self.headers = headers
    self.body = body
    self.bodyWasTruncated = bodyWasTruncated
  }

  /// The value of a header, matched case-insensitively.
  public func header(_ name: String) -> String? {
    let lowered = name.lowercased()
    return headers.first { $0.key.lowercased() == lowered }?.value
  }
}

/// The one thing the client needs from the network: send a request, get a response.
///
/// Implementations throw `TransportError` for failures below HTTP (refused,
/// timed out, dropped), so the client can tell "never sent" from "maybe sent".
public protocol HTTPTransport: Sendable {
  /// Sends `request` and returns the response, or throws a `TransportError`.
  func send(_ request: HTTPRequest) async throws -> HTTPResponse
}
