import Foundation
import KYCForm
import KiraModels

/// How a sandbox is set up: where it listens, which credentials it accepts,
/// how fast users move through the lifecycle, and which faults to inject.
public struct SandboxConfiguration: Sendable {
  /// Demo credentials: fake, public, sandbox-only.
  public typealias Demo = SandboxDemoCredentials

  /// Host to bind; loopback only.
  public var host: String = "127.0.0.1"
  /// Port to bind; 0 picks a free one (the server reports the bound port).
  public var port: Int = 0
  /// Path prefix every API route lives under, like Kira's `/sandbox` (empty for none).
  public var pathPrefix: String = "sandbox"
  /// Accepted `x-api-key`.
  public var apiKey: String = Demo.apiKey
  /// Accepted `client_id`.
  public var clientID: String = Demo.clientID
  /// Accepted password.
  public var password: String = Demo.password
  /// The secret webhook deliveries are signed with.
  public var webhookSecret: String = Demo.webhookSecret
  /// Seconds a token lives (`expires_in`).
  public var tokenLifetime: TimeInterval = 3600
  /// Seconds after creation a complete user moves CREATED -> VERIFYING.
  public var verifyingAfter: TimeInterval = 1
  /// Seconds after creation a complete user reaches its final state (VERIFIED, or REJECTED/REVIEW by scenario).
  public var decisionAfter: TimeInterval = 8
  /// Seconds after creation a user without `source_of_funds` is auto-rejected (as Kira's sandbox does).
  public var autoRejectAfter: TimeInterval = 3
  /// Delay added to every API request (a fault for demos).
  public var latency: TimeInterval = 0
  /// Faults queued at start (`--fail`).
  public var faults: [FaultRule] = []
  /// `Retry-After` seconds sent with injected 429s.
  public var retryAfterSeconds: Int = 1
  /// How long the `+slow` scenario holds its first answer.
  public var slowScenarioDelay: TimeInterval = 5
  /// Largest request body accepted (bigger gets Kira's 413): the request
  /// limit the form budgets files against.
  public var maxBodyBytes: Int = DocumentBudget.requestLimit
  /// A rate limit to enforce like Kira's gateway (429 with `Retry-After`); none by default.
  public var rateLimit: SandboxRateLimit?
  /// The sandbox's clock (tests may fix it).
  public var now: @Sendable () -> Date = { Date() }
  /// Called after every API request with its log record (the `sandbox` command prints them).
  public var onRequest: (@Sendable (SandboxRequestRecord) -> Void)?

  /// The default configuration: 127.0.0.1, a free port, demo credentials.
  public init() {}
}
