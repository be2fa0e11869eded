import Foundation

/// Constants of Kira's HTTP contract, shared by the client and the sandbox.
public enum KiraAPI {
  /// The API version this tool is written against.
  public static let defaultVersion = "2026-04-14"
  /// Kira's sandbox base URL (the `/sandbox` prefix is part of it).
  public static let sandboxBaseURL = URL(string: "https://api.balampay.com/sandbox")!
  /// Kira's production base URL; only used by an explicit choice.
  public static let productionBaseURL = URL(string: "https://api.balampay.com")!

  /// Header names, as the docs spell them.
  public enum Header {
    public static let apiKey = "x-api-key"
    public static let authorization = "Authorization"
    public static let apiVersion = "X-Api-Version"
    public static let idempotencyKey = "Idempotency-Key"
    public static let contentType = "Content-Type"
    public static let userAgent = "User-Agent"
    public static let retryAfter = "Retry-After"
  }

  /// Paths relative to the base URL (never with a leading slash, so the
  /// sandbox prefix is kept).
  public enum Path {
    public static let auth = "auth"
    public static let users = "v1/users"
    public static let countries = "v1/countries"
    /// `POST /webhooks/register` (no `/v1/` prefix).
    public static let webhooksRegister = "webhooks/register"
    public static func user(_ id: String) -> String { "v1/users/\(id)" }
    public static func verifications(_ id: String) -> String { "v1/users/\(id)/verifications" }
  }

  /// The 21 countries Kira restricts for sanctions (kira-api.md section 8).
  public static let restrictedCountries: Set<String> = [
    "AFG", "BLR", "MMR", "CAF", "CIV", "CUB", "COD", "IRN", "IRQ", "LBR", "LBY",
    "PRK", "RUS", "SAU", "SOM", "SDN", "SYR", "UKR", "YEM", "VEN", "ZWE",
  ]
}
