import BuildStamp

/// Name and version reported by `--version` and in the `User-Agent`.
enum ToolInfo {
  static let name = "kira-onboard"
  static let version = BuildStamp.productVersion
  static var userAgent: String { "\(name)/\(version)" }

  /// What `--version` prints: the version, then the commit and how the
  /// binary was built. `make install` and `make package` stamp the installed
  /// copy (`scripts/stamp-binary`); a binary run from a build folder says it
  /// is unstamped and whether it is a debug or release build.
  static var versionDescription: String {
    BuildStamp.describe(version: "\(name) \(version)", stamp: BuildStamp.current)
  }
}
