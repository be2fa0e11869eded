import ArgumentParser
import Foundation
import KiraStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Options shared by every command that opens the local store (drafts and
/// the submission journal): where it lives, who is operating, and how long
/// unsubmitted drafts live.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "Folder of the local store (drafts, journal, key).",
      discussion: "Default: $KIRA_ONBOARD_STORE, else $XDG_DATA_HOME/kira-onboard, "
        + "else ~/.local/share/kira-onboard.",
      valueName: "path"))
  var storePath: String?

  @Option(
    name: .customLong("operator"),
    help: ArgumentHelp(
      "Operator name for the journal (default: login name).",
      valueName: "name"))
  var operatorOverride: String?

  @Option(
    name: .customLong("draft-max-age"),
    help: ArgumentHelp(
      "Unsubmitted drafts older than this are wiped when the store opens (e.g. 7d, 12h).",
      valueName: "age"))
  var draftMaxAge: String = RetentionAge.defaultDraftAge.description

  func validate() throws {
    _ = try RetentionAge.parse(draftMaxAge, option: "--draft-max-age")
  }

  /// The store folder after applying the flag, the environment and XDG rules.
  var location: StoreLocation {
    StoreLocation.resolve(
      explicitPath: storePath, environment: ProcessInfo.processInfo.environment,
      homeDirectory: FileManager.default.homeDirectoryForCurrentUser)
  }

  /// The operator: `--operator`, else the login name.
  var operatorName: String {
    if let operatorOverride, !operatorOverride.trimmingCharacters(in: .whitespaces).isEmpty {
      return operatorOverride
    }
    return Self.loginName()
  }

  /// The maximum draft age in seconds.
  var maximumDraftAge: RetentionAge {
    RetentionAge(parsing: draftMaxAge) ?? .defaultDraftAge
  }

  /// Opens the store (creating it on first use) and wipes expired drafts.
  func openStore(now: Date = Date()) throws -> LocalStore {
    let store = try LocalStore.open(at: location)
    try store.drafts.purge(olderThan: maximumDraftAge.seconds, now: now)
    return store
  }

  /// The login name of the current user (passwd entry, then $USER/$LOGNAME).
  static func loginName() -> String {
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      let text = String(cString: name)
      if !text.isEmpty { return text }
    }
    let environment = ProcessInfo.processInfo.environment
    return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
  }
}
