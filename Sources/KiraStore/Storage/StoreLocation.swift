import Foundation

/// Where the local store lives: an explicit `--store` path, then
/// `KIRA_ONBOARD_STORE`, then `$XDG_DATA_HOME/kira-onboard`, then
/// `~/.local/share/kira-onboard`. Pure: the environment and home folder are
/// passed in.
public struct StoreLocation: Sendable, Hashable {
  /// The folder holding the database and the key file (kept `0700`).
  public var directory: URL

  /// Creates a location for an explicit folder.
  public init(directory: URL) {
    self.directory = directory.standardizedFileURL
  }

  /// The SQLite database holding drafts and the submission journal.
  public var databaseURL: URL { directory.appendingPathComponent("store.sqlite") }

  /// The owner-only master key file (`0600`).
  public var keyFileURL: URL { directory.appendingPathComponent("store.key") }

  /// Environment variable that overrides the store folder.
  public static let environmentVariable = "KIRA_ONBOARD_STORE"

  /// Resolves the folder from, in order: `explicitPath`, `KIRA_ONBOARD_STORE`,
  /// `XDG_DATA_HOME`, and the home folder.
  public static func resolve(
    explicitPath: String?,
    environment: [String: String],
    homeDirectory: URL
  ) -> StoreLocation {
    func expand(_ path: String) -> URL {
      if path == "~" { return homeDirectory }
      if path.hasPrefix("~/") {
        return homeDirectory.appendingPathComponent(String(path.dropFirst(2)))
      }
      return URL(fileURLWithPath: path)
    }
    if let explicitPath, !explicitPath.isEmpty {
      return StoreLocation(directory: expand(explicitPath))
    }
    if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty {
      return StoreLocation(directory: expand(fromEnvironment))
    }
    // XDG says a relative XDG_DATA_HOME is invalid and must be ignored.
    if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
      return StoreLocation(
        directory: URL(fileURLWithPath: dataHome).appendingPathComponent("kira-onboard"))
    }
    return StoreLocation(
      directory: homeDirectory.appendingPathComponent(".local/share/kira-onboard"))
  }
}
