import Foundation

/// One injected fault: the next `count` matching API requests fail this way.
/// Sandbox-only; Kira has nothing like it.
public struct FaultRule: Sendable, Hashable, Codable {
  /// How the request fails.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `500 {"status":"error","message":"Internal server error"}`.
    case status500 = "500"
    /// `502 {"message":"Internal server error"}` (API Gateway).
    case status502 = "502"
    /// `503 {"message":"Service Unavailable"}`.
    case status503 = "503"
    /// `504 {"message":"Endpoint request timed out"}`.
    case status504 = "504"
    /// `429` with `Retry-After`.
    case status429 = "429"
    /// The connection is closed before anything is processed.
    case drop
    /// The request IS processed (a user may be created), then the connection is closed:
    /// the client cannot know the outcome.
    case dropAfter = "drop-after"
    /// The answer is held for `delay` seconds (the request is processed first).
    case delay
    /// A `PUT` is taken but its answer warns that a document failed to
    /// upload (`warnings[]`), as Kira reports a failed image.
    case warnDocument = "warn-document"
  }

  /// The kind.
  public var kind: Kind
  /// How many matching requests it applies to.
  public var count: Int
  /// Only requests with this method (nil: any).
  public var method: String?
  /// Only requests whose API path (without the prefix) starts with this (nil: any), e.g. `v1/users`.
  public var path: String?
  /// For `.delay`: seconds.
  public var delay: TimeInterval?

  /// Creates a rule.
  public init(
    kind: Kind, count: Int = 1, method: String? = nil, path: String? = nil, delay: TimeInterval? = nil
  ) {
    self.kind = kind
    self.count = max(1, count)
    self.method = method?.uppercased()
    self.path = path.map { $0.hasPrefix("/") ? String($0.dropFirst()) : $0 }
    self.delay = delay
  }

  /// Parses `KIND[xN][@[METHOD:]PATH]`, e.g. `503x2`, `429`, `drop-after@POST:v1/users`, `delay:2sx1`.
  public init(parsing text: String) throws {
    var rest = Substring(text.trimmingCharacters(in: .whitespaces))
    var method: String?
    var path: String?
    if let at = rest.firstIndex(of: "@") {
      var target = rest[rest.index(after: at)...]
      rest = rest[..<at]
      if let colon = target.firstIndex(of: ":") {
        method = String(target[..<colon])
        target = target[target.index(after: colon)...]
      }
      path = String(target)
    }
    var count = 1
    if let x = rest.lastIndex(of: "x"), let parsed = Int(rest[rest.index(after: x)...]) {
      count = parsed
      rest = rest[..<x]
    }
    var delay: TimeInterval?
    if rest.hasPrefix("delay:") {
      guard let seconds = SandboxDuration.seconds(String(rest.dropFirst("delay:".count))) else {
        throw SandboxError.invalidArgument("\"\(text)\": cannot read the delay (use e.g. delay:2s)")
      }
      delay = seconds
      rest = "delay"
    }
    guard let kind = Kind(rawValue: String(rest)), count >= 1 else {
      let kinds = Kind.allCases.map(\.rawValue).joined(separator: ", ")
      throw SandboxError.invalidArgument(
        "\"\(text)\" is not a fault; use KIND[xN][@[METHOD:]PATH] with KIND one of \(kinds)")
    }
    self.init(
      kind: kind, count: count, method: method, path: path, delay: delay ?? (kind == .delay ? 5 : nil))
  }

  /// True when this rule applies to a request.
  func matches(method: String, apiPath: String) -> Bool {
    if let wanted = self.method, wanted != method.uppercased() { return false }
    if let prefix = path, !apiPath.hasPrefix(prefix) { return false }
    return true
  }
}

/// Reads durations such as `200ms`, `2s`, `1.5` (seconds).
public enum SandboxDuration {
  /// Seconds, or nil when unreadable.
  public static func seconds(_ text: String) -> TimeInterval? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    let value: Double?
    if trimmed.hasSuffix("ms") {
      value = Double(trimmed.dropLast(2)).map { $0 / 1000 }
    } else if trimmed.hasSuffix("s") {
      value = Double(trimmed.dropLast())
    } else {
      value = Double(trimmed)
    }
    guard let value, value >= 0, value.isFinite else { return nil }
    return value
  }
}

/// A problem with sandbox arguments.
public enum SandboxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A flag or control-endpoint value could not be read.
  case invalidArgument(String)
  /// The server could not start (e.g. the port is taken).
  case couldNotStart(String)

  /// The message.
  public var description: String {
    switch self {
    case .invalidArgument(let message): message
    case .couldNotStart(let message): message
    }
  }
}
