import Foundation
import KiraClient
import KiraOnboarding

extension NetworkHelper {
  /// The transports of this executable's sessions: every request relayed
  /// through a `kira-onboard-net` child, which also runs the embedded
  /// sandbox (on `sandboxPort`, 0: a free one) for a session without credentials.
  static func sessionTransports(
    options: ConnectionSettings, environment: [String: String], sandboxPort: Int = 0
  ) -> SessionTransports {
    SessionTransports(
      connect: { baseURL in
        let helper = transport(options: options, environment: environment, target: baseURL)
        return SessionTransport(helper, close: { helper.close() })
      },
      startEmbeddedSandbox: {
        let helper = transport(options: options, environment: environment, embeddedSandboxPort: sandboxPort)
        guard let url = try await helper.start() else {
          throw TransportError(.helperUnavailable, detail: "the network helper started no sandbox")
        }
        return EmbeddedSandbox(baseURL: url, transport: SessionTransport(helper, close: { helper.close() }))
      })
  }
}

/// A session for a command: `KiraOnboarding.makeKiraSession` over the
/// network helper, notices on stderr, the redacted file log.
func makeKiraSession(
  options: ConnectionSettings, environment: [String: String] = ProcessInfo.processInfo.environment,
  sandboxPort: Int = 0,
  notice: @Sendable (String) -> Void = { ErrorPresenter.writeToStandardError($0) },
  onRetry: (@Sendable (RetryEvent) -> Void)? = nil
) async throws -> KiraSession {
  try await KiraOnboarding.makeKiraSession(
    settings: options, environment: environment,
    transport: NetworkHelper.sessionTransports(
      options: options, environment: environment, sandboxPort: sandboxPort),
    notice: notice, onRetry: onRetry)
}
