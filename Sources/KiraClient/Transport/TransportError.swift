import Foundation

/// A failure below HTTP: the request got no HTTP answer at all.
public struct TransportError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// Why no answer came back.
  public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
    /// Nothing listens at the address (the request never left).
    case connectionRefused
    /// The host name could not be resolved (the request never left).
    case cannotFindHost
    /// No answer in time; the request may have reached the server.
    case timedOut
    /// The connection closed before a full answer; the request may have reached the server.
    case connectionLost
    /// The TLS handshake failed (the request never left).
    case tls
    /// The caller cancelled the request.
    case cancelled
    /// The network helper process could not be started or stopped working
    /// before the request was handed to it (the request never left).
    case helperUnavailable
    /// Any other failure.
    case other

    /// True when the server may have received (and acted on) the request.
    public var mayHaveReachedServer: Bool {
      switch self {
      case .connectionRefused, .cannotFindHost, .tls, .helperUnavailable: false
      case .timedOut, .connectionLost, .cancelled, .other: true
      }
    }

    /// Whether sending again can help.
    public var isRetryable: Bool {
      switch self {
      case .connectionRefused, .cannotFindHost, .timedOut, .connectionLost: true
      case .tls, .cancelled, .helperUnavailable, .other: false
      }
    }

    /// A short phrase for people: "connection refused".
    public var phrase: String {
      switch self {
      case .connectionRefused: "connection refused"
      case .cannotFindHost: "host not found"
      case .timedOut: "timed out"
      case .connectionLost: "connection dropped"
      case .tls: "TLS handshake failed"
      case .cancelled: "cancelled"
      case .helperUnavailable: "network helper unavailable"
      case .other: "network error"
      }
    }
  }

  /// The reason.
  public var reason: Reason
  /// A technical detail (from the networking library), never shown raw to people.
  public var detail: String

  /// Creates a transport error.
  public init(_ reason: Reason, detail: String = "") {
    self.reason = reason
    self.detail = detail
  }

  /// "connection refused (…detail…)".
  public var description: String {
    detail.isEmpty ? reason.phrase : "\(reason.phrase) (\(detail))"
  }
}
