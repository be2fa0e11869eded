import Foundation
import KiraClient

/// Where Kira credentials come from: the environment variables Kira's docs
/// use (`KIRA_API_KEY`, `KIRA_CLIENT_ID`, `KIRA_PASSWORD`), else an owner-only
/// JSON file `$XDG_CONFIG_HOME/kira-onboard/credentials.json`
/// (`~/.config/kira-onboard/credentials.json`):
///
/// ```json
/// {"api_key": "...", "client_id": "...", "password": "...", "base_url": "optional"}
/// ```
public struct CredentialsSource: Sendable {
  /// Credentials found, and where.
  public struct Loaded: Sendable {
    public var credentials: KiraCredentials
    /// "environment" or the file path.
    public var origin: String
    /// `base_url` from the file, if it names one.
    public var baseURL: String?
  }

  /// The variable names, as Kira's docs spell them.
  public static let variables = ["KIRA_API_KEY", "KIRA_CLIENT_ID", "KIRA_PASSWORD"]

  /// The variable that holds the webhook secret (else the file's `webhook_secret`).
  public static let webhookSecretVariable = "KIRA_WEBHOOK_SECRET"

  public var environment: [String: String]
  public var homeDirectory: String

  /// Reads from `environment`; the home folder is `$HOME`, else the account's.
  public init(
    environment: [String: String] = ProcessInfo.processInfo.environment, homeDirectory: String? = nil
  ) {
    self.environment = environment
    self.homeDirectory =
      homeDirectory ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FileManager.default.homeDirectoryForCurrentUser.path
  }

  /// The config file path (whether or not it exists).
  public var fileURL: URL {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return URL(fileURLWithPath: config).appendingPathComponent("kira-onboard/credentials.json")
    }
    return URL(fileURLWithPath: homeDirectory).appendingPathComponent(".config/kira-onboard/credentials.json")
  }

  /// The credentials, or nil when none are configured anywhere.
  public func load() throws -> Loaded? {
    let present = Self.variables.filter { !(environment[$0] ?? "").isEmpty }
    if !present.isEmpty {
      let missing = Self.variables.filter { !present.contains($0) }
      guard missing.isEmpty else { throw CredentialsError.partialEnvironment(missing: missing) }
      return Loaded(
        credentials: KiraCredentials(
          apiKey: environment["KIRA_API_KEY"]!, clientID: environment["KIRA_CLIENT_ID"]!,
          password: environment["KIRA_PASSWORD"]!),
        origin: "environment", baseURL: nil)
    }
    return try loadFile()
  }

  /// The webhook secret: `KIRA_WEBHOOK_SECRET`, else the file's
  /// `webhook_secret`; nil when neither names one (or the file is not a JSON object).
  public func webhookSecret() throws -> String? {
    if let value = environment[Self.webhookSecretVariable], !value.isEmpty { return value }
    guard let data = try readFile(),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let secret = object["webhook_secret"] as? String, !secret.isEmpty
    else { return nil }
    return secret
  }

  private func loadFile() throws -> Loaded? {
    let path = fileURL.path
    guard let data = try readFile() else { return nil }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw CredentialsError.malformedFile(path: path, reason: "it is not a JSON object")
    }
    var values: [String: String] = [:]
    var missing: [String] = []
    for key in ["api_key", "client_id", "password"] {
      if let value = object[key] as? String, !value.isEmpty {
        values[key] = value
      } else {
        missing.append(key)
      }
    }
    guard missing.isEmpty else {
      throw CredentialsError.malformedFile(path: path, reason: "missing " + missing.joined(separator: ", "))
    }
    return Loaded(
      credentials: KiraCredentials(
        apiKey: values["api_key"]!, clientID: values["client_id"]!, password: values["password"]!),
      origin: path, baseURL: object["base_url"] as? String)
  }

  /// The file's bytes, nil when there is none. Never through a link, never
  /// another user's file; refused when others may read it (the secrets may
  /// have leaked: a person must look).
  private func readFile() throws -> Data? {
    do {
      return try OwnedFile.read(fileURL.path, limit: 64 * 1024, wide: .refuse)
    } catch let error as OwnedFileError {
      throw CredentialsError(error)
    }
  }
}
