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
/// drafts live, as plain values: what the executable's `StoreOptions`
/// parsed, or what the wizard's short argument path read. Every default is
/// the option's default.
public struct StoreSettings: Equatable, Sendable {
  /// Every option at its default.
  public static let defaults = StoreSettings()

  /// `--store`: the store folder.
  public var storePath: String?
  /// `--operator`: the operator name for the journal.
  public var operatorOverride: String?
  /// `--draft-max-age`: unsubmitted drafts older than this are wiped when the store opens.
  public var draftMaxAge = RetentionAge.defaultDraftAge.description

  /// Settings with every value given (each defaults to its option's default).
  public init(
    storePath: String? = nil, operatorOverride: String? = nil,
    draftMaxAge: String = RetentionAge.defaultDraftAge.description
  ) {
    self.storePath = storePath
    self.operatorOverride = operatorOverride
    self.draftMaxAge = draftMaxAge
  }

  /// Refuses a draft age that is not a duration (`7d`, `12h`), naming the option.
  public func validate() throws(SettingsError) {
    _ = try RetentionAge.parse(draftMaxAge, option: "--draft-max-age")
  }

  /// The store folder after applying the flag, the environment and XDG rules.
  public var location: StoreLocation {
    StoreLocation.resolve(
      explicitPath: storePath, environment: ProcessInfo.processInfo.environment,
      homeDirectory: FileManager.default.homeDirectoryForCurrentUser)
  }

  /// The operator: `--operator`, else the login name.
  public var operatorName: String {
    if let operatorOverride, !operatorOverride.trimmingCharacters(in: .whitespaces).isEmpty {
      return operatorOverride
    }
    return Self.loginName()
  }

  /// The maximum draft age in seconds.
  public var maximumDraftAge: RetentionAge {
    RetentionAge(parsing: draftMaxAge) ?? .defaultDraftAge
  }

  /// Opens the store (creating it on first use) and wipes expired drafts.
  public func openStore(now: Date = Date()) throws -> LocalStore {
    let store = try LocalStore.open(at: location)
    try store.drafts.purge(olderThan: maximumDraftAge.seconds, now: now)
    return store
  }

  /// The login name of the current user (passwd entry, then $USER/$LOGNAME).
  public static func loginName() -> String {
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
      let text = String(cString: name)
      if !text.isEmpty { return text }
    }
    let environment = ProcessInfo.processInfo.environment
    return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
  }
}

extension RetentionAge {
  /// Parses the value given to `option` (`--draft-max-age`, `--older-than`), or
  /// refuses it naming the option and the accepted forms.
  public static func parse(_ text: String, option: String) throws(SettingsError) -> RetentionAge {
    guard let age = RetentionAge(parsing: text) else {
      throw SettingsError("\(option) must look like 7d, 12h, 30m, 90s or 2w, not \"\(text)\"")
    }
    return age
  }
}
