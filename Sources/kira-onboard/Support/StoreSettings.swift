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

/// Where the local store lives, who is operating, and how long unsubmitted
/// drafts live, as plain values: what `StoreOptions` parsed, or what the
/// wizard's short argument path read. Every default is the option's default.
struct StoreSettings: Equatable, Sendable {
  /// Every option at its default.
  static let defaults = StoreSettings()

  /// `--store`: the store folder.
  var storePath: String?
  /// `--operator`: the operator name for the journal.
  var operatorOverride: String?
  /// `--draft-max-age`: unsubmitted drafts older than this are wiped when the store opens.
  var draftMaxAge = RetentionAge.defaultDraftAge.description

  /// Refuses a draft age that is not a duration (`7d`, `12h`), naming the option.
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
