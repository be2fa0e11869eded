/// The credentials every kira-onboard sandbox accepts: fake, public,
/// sandbox-only. Shared by the sandbox (which checks them) and by
/// kira-onboard (which sends them in demo mode), which live in different
/// processes.
public enum SandboxDemoCredentials {
  /// The demo `x-api-key`.
  public static let apiKey = "sandbox-demo-api-key"
  /// The demo `client_id` (a UUID, as Kira's are).
  public static let clientID = "00000000-0000-4000-8000-00000000d3e0"
  /// The demo password.
  public static let password = "sandbox-demo-password"
  /// The secret the sandbox signs its webhook deliveries with (demo only).
  public static let webhookSecret = "sandbox-demo-webhook-secret"
}
