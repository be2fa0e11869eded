import Foundation
import Hummingbird

/// How a sandbox is set up: where it listens, which credentials it accepts,
/// how fast users move through the lifecycle, and which faults to inject.
public struct SandboxConfiguration: Sendable {
  /// Host to bind; always loopback.
  public var host: String = "127.0.0.1"
  /// Port to bind; 0 picks a free one.
  public var port: Int = 0
}
