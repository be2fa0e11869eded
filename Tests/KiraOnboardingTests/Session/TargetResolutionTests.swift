import Foundation
import KiraClient
import KiraModels
import KiraOnboarding
import Testing

/// `resolveKiraTarget`: the one place a session's URL and credentials are decided.
@Suite("Target resolution")
struct TargetResolutionTests {
  /// Where a base URL may come from, and which one wins.
  struct Case: Sendable, CustomTestStringConvertible {
    var flag: String?
    var variable: String?
    var file: String?
    /// The base URL the session goes to (nil: Kira's sandbox).
    var expected: String?

    var testDescription: String {
      "flag \(flag ?? "-"), KIRA_BASE_URL \(variable ?? "-"), file \(file ?? "-") → \(expected ?? "Kira sandbox")"
    }
  }

  static let orderCases: [Case] = [
    Case(flag: nil, variable: nil, file: nil, expected: nil),
    Case(flag: nil, variable: nil, file: "https://file.kira.example", expected: "https://file.kira.example"),
    Case(
      flag: nil, variable: "https://variable.kira.example", file: "https://file.kira.example",
      expected: "https://variable.kira.example"),
    Case(
      flag: "https://flag.kira.example", variable: "https://variable.kira.example",
      file: "https://file.kira.example", expected: "https://flag.kira.example"),
    Case(flag: "https://flag.kira.example", variable: nil, file: nil, expected: "https://flag.kira.example"),
    // An empty variable is no choice at all: the file decides.
    Case(flag: nil, variable: "", file: "https://file.kira.example", expected: "https://file.kira.example"),
  ]

  @Test(
    "the base URL: --base-url, else KIRA_BASE_URL, else the file's base_url, else Kira's sandbox",
    arguments: orderCases)
  func order(_ example: Case) throws {
    let home = try CredentialsHome(baseURL: example.file)
    var environment = home.environment
    environment["KIRA_BASE_URL"] = example.variable
    let target = try resolveKiraTarget(
      settings: ConnectionSettings(baseURL: example.flag), environment: environment)
    #expect(target.chosenURL == example.expected)
    #expect(
      target.endpoint.baseURL.absoluteString == example.expected
        ?? KiraEndpoint.sandbox.baseURL.absoluteString)
    #expect(target.credentials.apiKey == "file-key")
    #expect(target.origin == home.file)
    #expect(!target.startsEmbeddedSandbox)
  }

  @Test("--production wins over KIRA_BASE_URL and the file's base_url, and names no URL")
  func productionIgnoresOtherURLs() throws {
    let home = try CredentialsHome(baseURL: "https://file.kira.example")
    var environment = home.environment
    environment["KIRA_BASE_URL"] = "https://variable.kira.example"
    let target = try resolveKiraTarget(
      settings: ConnectionSettings(production: true), environment: environment)
    #expect(target.endpoint == .production)
    #expect(target.chosenURL == nil)
  }

  @Test("--production with --base-url is refused, naming both options")
  func productionWithBaseURLRefused() throws {
    let home = try CredentialsHome(baseURL: nil)
    #expect(throws: SettingsError("--production and --base-url cannot be combined")) {
      try resolveKiraTarget(
        settings: ConnectionSettings(baseURL: "https://flag.kira.example", production: true),
        environment: home.environment)
    }
  }

  @Test(
    "without credentials: a non-loopback URL is refused, a loopback one gets the demo credentials",
    arguments: [
      ("https://kira.example", false), ("http://127.0.0.1:8080/sandbox", true),
      ("http://localhost:9000", true), ("https://api.balampay.com", false),
    ])
  func withoutCredentials(url: String, accepted: Bool) throws {
    let environment = ["HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config"]
    let settings = ConnectionSettings(baseURL: url)
    if accepted {
      let target = try resolveKiraTarget(settings: settings, environment: environment)
      #expect(target.origin == "demo")
      #expect(target.credentials.apiKey == SandboxDemoCredentials.apiKey)
      #expect(target.demoNotice?.contains("demo credentials") == true)
      #expect(!target.startsEmbeddedSandbox)
    } else {
      #expect(throws: CredentialsError.self) {
        try resolveKiraTarget(settings: settings, environment: environment)
      }
      do {
        _ = try resolveKiraTarget(settings: settings, environment: environment)
      } catch let error as CredentialsError {
        guard case .missing(_, let file) = error else {
          Issue.record("expected .missing, got \(error)")
          return
        }
        #expect(file == "/nonexistent/kira-config/kira-onboard/credentials.json")
        #expect(error.exitStatus == ExitStatus.permissionDenied)
      }
    }
  }

  @Test("--production without credentials is refused; no URL at all means the embedded sandbox")
  func productionWithoutCredentialsAndTheEmbeddedSandbox() throws {
    let environment = ["HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config"]
    #expect(throws: CredentialsError.self) {
      try resolveKiraTarget(settings: ConnectionSettings(production: true), environment: environment)
    }
    let target = try resolveKiraTarget(settings: ConnectionSettings(), environment: environment)
    #expect(target.startsEmbeddedSandbox)
    #expect(target.origin == "demo")
  }

  @Test(
    "the environment's credentials win over the file, which is then not read at all, and must be complete")
  func environmentCredentials() throws {
    let home = try CredentialsHome(baseURL: "https://file.kira.example")
    var environment = home.environment
    environment["KIRA_API_KEY"] = "env-key"
    environment["KIRA_CLIENT_ID"] = "env-client"
    environment["KIRA_PASSWORD"] = "env-pass"
    let target = try resolveKiraTarget(settings: ConnectionSettings(), environment: environment)
    #expect(target.credentials.apiKey == "env-key")
    #expect(target.origin == "environment")
    // The file is one unit: with the environment's credentials its base_url is not read either.
    #expect(target.chosenURL == nil)
    #expect(target.endpoint == .sandbox)

    environment["KIRA_PASSWORD"] = nil
    #expect(throws: CredentialsError.partialEnvironment(missing: ["KIRA_PASSWORD"])) {
      try resolveKiraTarget(settings: ConnectionSettings(), environment: environment)
    }
  }

  @Test(
    "a credentials file others may read is refused with the chmod to run", arguments: [0o644, 0o640, 0o604])
  func wideFileRefused(mode: Int) throws {
    let home = try CredentialsHome(
      json: #"{"api_key": "k", "client_id": "c", "password": "p"}"#, mode: mode)
    #expect(throws: CredentialsError.fileTooOpen(path: home.file, mode: mode)) {
      try resolveKiraTarget(settings: ConnectionSettings(), environment: home.environment)
    }
  }

  @Test(
    "a credentials file without a key is refused, naming what is missing",
    arguments: [
      (#"{"api_key": "k", "client_id": "c"}"#, "missing password"),
      (#"{"api_key": "", "client_id": "c", "password": "p"}"#, "missing api_key"),
      (#"["k", "c", "p"]"#, "it is not a JSON object"),
    ])
  func incompleteFileRefused(json: String, reason: String) throws {
    let home = try CredentialsHome(json: json)
    #expect(throws: CredentialsError.malformedFile(path: home.file, reason: reason)) {
      try resolveKiraTarget(settings: ConnectionSettings(), environment: home.environment)
    }
  }

  @Test(
    "settings out of their rules are refused before anything is read",
    arguments: [
      (ConnectionSettings(connectTimeout: 0), "--connect-timeout must be 0.1...600 s"),
      (ConnectionSettings(maxAttempts: 0), "--max-attempts must be 1...20"),
      (ConnectionSettings(apiVersion: "2024-1-01"), "--api-version must look like \(KiraAPI.defaultVersion)"),
    ])
  func settingsRules(settings: ConnectionSettings, message: String) throws {
    let home = try CredentialsHome(baseURL: nil)
    #expect(throws: SettingsError(message)) {
      try resolveKiraTarget(settings: settings, environment: home.environment)
    }
  }

  @Test("the webhook secret: the variable, else the credentials file's webhook_secret")
  func webhookSecret() throws {
    let home = try CredentialsHome(
      json: #"{"api_key": "k", "client_id": "c", "password": "p", "webhook_secret": "from-file"}"#)
    #expect(try CredentialsSource(environment: home.environment).webhookSecret() == "from-file")
    var environment = home.environment
    environment[CredentialsSource.webhookSecretVariable] = "from-variable"
    #expect(try CredentialsSource(environment: environment).webhookSecret() == "from-variable")
    let none = ["HOME": "/nonexistent/kira-home", "XDG_CONFIG_HOME": "/nonexistent/kira-config"]
    #expect(try CredentialsSource(environment: none).webhookSecret() == nil)
  }
}
