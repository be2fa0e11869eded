import Foundation
import KiraModels

/// Everything the client needs besides the transport: where, who, which
/// version, how to retry.
public struct KiraClientConfiguration: Sendable {
  /// Where requests go.
  public var endpoint: KiraEndpoint
  /// Who we are.
  public var credentials: KiraCredentials
  /// `X-Api-Version` sent on every call.
  public var apiVersion: String
  /// `User-Agent`, e.g. `kira-onboard/0.1.0`.
  public var userAgent: String
  /// Retry bounds.
  public var retryPolicy: RetryPolicy
  /// Renew the token when less than this many seconds remain (capped at half its lifetime).
  public var tokenRenewalMargin: TimeInterval

  /// Creates a configuration.
  public init(
    endpoint: KiraEndpoint = .sandbox, credentials: KiraCredentials,
    apiVersion: String = KiraAPI.defaultVersion, userAgent: String = "kira-onboard",
    retryPolicy: RetryPolicy = RetryPolicy(), tokenRenewalMargin: TimeInterval = 300
  ) {
    self.endpoint = endpoint
    self.credentials = credentials
    self.apiVersion = apiVersion
    self.userAgent = userAgent
    self.retryPolicy = retryPolicy
    self.tokenRenewalMargin = tokenRenewalMargin
  }
}
