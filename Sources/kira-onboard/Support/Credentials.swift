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
struct CredentialsSource {
  /// Credentials found, and where.
  struct Loaded: Sendable {
    var credentials: KiraCredentials
    /// "environment" or the file path.
    var origin: String
    /// `base_url` from the file, if it names one.
    var baseURL: String?
  }

  /// The variable names, as Kira's docs spell them.
  static let variables = ["KIRA_API_KEY", "KIRA_CLIENT_ID", "KIRA_PASSWORD"]

  var environment: [String: String]
  var homeDirectory: String

  /// Reads from `environment`; the home folder is `$HOME`, else the account's.
  init(environment: [String: String] = ProcessInfo.processInfo.environment, homeDirectory: String? = nil) {
    self.environment = environment
    self.homeDirectory =
      homeDirectory ?? environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
      ?? FileManager.default.homeDirectoryForCurrentUser.path
  }

  /// The config file path (whether or not it exists).
  var fileURL: URL {
    if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
      return URL(fileURLWithPath: config).appendingPathComponent("kira-onboard/credentials.json")
    }
    return URL(fileURLWithPath: homeDirectory).appendingPathComponent(".config/kira-onboard/credentials.json")
  }

  /// The credentials, or nil when none are configured anywhere.
  func load() throws -> Loaded? {
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

  private func loadFile() throws -> Loaded? {
    let path = fileURL.path
    let data: Data
    do {
      // Never through a link, never another user's file; refused when others
      // may read it (the secrets may have leaked: a person must look).
      guard let read = try OwnedFile.read(path, limit: 64 * 1024, wide: .refuse) else { return nil }
      data = read
    } catch let error as OwnedFileError {
      throw CredentialsError(error)
    }
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
}

/// Why credentials could not be used. Messages never include a credential.
enum CredentialsError: Error, Equatable, PresentableError {
  /// Some but not all of the three variables are set.
  case partialEnvironment(missing: [String])
  /// The file can be read by group or others.
  case fileTooOpen(path: String, mode: Int)
  /// The file exists but cannot be read.
  case unreadableFile(path: String, reason: String)
  /// The file is not the expected JSON.
  case malformedFile(path: String, reason: String)
  /// A non-sandbox target was chosen without credentials.
  case missing(target: String, file: String)

  var userMessage: String {
    switch self {
    case .partialEnvironment(let missing):
      return "Kira credentials are incomplete: set \(missing.joined(separator: ", ")) too "
        + "(or unset all three to use the embedded sandbox)"
    case .fileTooOpen(let path, let mode):
      return "refusing \(path): it is readable by others (mode \(String(mode & 0o777, radix: 8))). "
        + "Run: chmod 600 \(ShellQuoting.quote(path))"
    case .unreadableFile(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .malformedFile(let path, let reason):
      return "\(path) is not a usable credentials file: \(reason). Expected "
        + "{\"api_key\": \"…\", \"client_id\": \"…\", \"password\": \"…\"}"
    case .missing(let target, let file):
      return "no Kira credentials for \(target): set KIRA_API_KEY, KIRA_CLIENT_ID and KIRA_PASSWORD, "
        + "or write them to \(file) (mode 600)"
    }
  }

  var exitStatus: Int32 { ExitStatus.permissionDenied }
}

/// Quoting for commands printed for people to copy.
enum ShellQuoting {
  /// `word` as is when it is safe, else in single quotes.
  static func quote(_ word: String) -> String {
    let safe = CharacterSet(
      charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@%+,")
    if !word.isEmpty, word.unicodeScalars.allSatisfy({ safe.contains($0) }) { return word }
    return "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

extension CredentialsError {
  /// The credentials file's wording of an owned-file failure.
  init(_ error: OwnedFileError) {
    switch error {
    case .symbolicLink(let path):
      self = .unreadableFile(
        path: path, reason: "it is a symbolic link; kira-onboard reads only the file itself, never a link")
    case .notRegular(let path): self = .unreadableFile(path: path, reason: "it is not a regular file")
    case .wrongOwner(let path, let owner):
      self = .unreadableFile(
        path: path, reason: "it belongs to another user (uid \(owner)); credentials must be your own file")
    case .tooWide(let path, let mode): self = .fileTooOpen(path: path, mode: Int(mode))
    case .tooLarge(let path, let limit):
      self = .unreadableFile(path: path, reason: "it is larger than \(limit) bytes")
    case .system(let path, let reason): self = .unreadableFile(path: path, reason: reason)
    }
  }
}
