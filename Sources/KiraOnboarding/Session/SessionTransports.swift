import Foundation
import KiraClient

/// A transport a session sends through, and how to let it go.
public struct SessionTransport: Sendable {
  /// Sends the session's requests.
  public var transport: any HTTPTransport
  /// Stops what the transport runs (the network helper and its embedded
  /// sandbox); nothing for an in-process transport.
  public var close: @Sendable () -> Void

  /// A transport and how to close it.
  public init(_ transport: any HTTPTransport, close: @escaping @Sendable () -> Void = {}) {
    self.transport = transport
    self.close = close
  }
}

/// An embedded sandbox that was started for a session: where it answers and
/// the transport that reaches it.
public struct EmbeddedSandbox: Sendable {
  /// Its base URL (`http://127.0.0.1:PORT/sandbox`).
  public var baseURL: URL
  /// The transport that reaches it (closing it stops the sandbox).
  public var transport: SessionTransport

  /// A started sandbox.
  public init(baseURL: URL, transport: SessionTransport) {
    self.baseURL = baseURL
    self.transport = transport
  }
}

/// How sessions reach Kira, given by whoever makes them: the executable
/// relays every request through its network helper (which also runs the
/// embedded sandbox), tests route requests in process.
public struct SessionTransports: Sendable {
  /// The transport for requests to a resolved base URL (Kira's, or a sandbox elsewhere).
  public var connect: @Sendable (_ baseURL: URL) -> SessionTransport
  /// Starts the embedded sandbox of a session without credentials; nil when
  /// this caller has none (such a session is then refused as unavailable).
  public var startEmbeddedSandbox: (@Sendable () async throws -> EmbeddedSandbox)?

  /// Transports made per base URL, and an embedded sandbox if there is one.
  public init(
    connect: @escaping @Sendable (_ baseURL: URL) -> SessionTransport,
    startEmbeddedSandbox: (@Sendable () async throws -> EmbeddedSandbox)? = nil
  ) {
    self.connect = connect
    self.startEmbeddedSandbox = startEmbeddedSandbox
  }

  /// Every request through `transport`, whatever the base URL; no embedded sandbox.
  public static func always(_ transport: any HTTPTransport) -> SessionTransports {
    SessionTransports(connect: { _ in SessionTransport(transport) })
  }
}
