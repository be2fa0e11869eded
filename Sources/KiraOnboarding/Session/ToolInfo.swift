import BuildStamp

/// Name and version reported by `--version` and in the `User-Agent`.
public enum ToolInfo {
  public static let name = "kira-onboard"
  public static let version = BuildStamp.productVersion
  public static var userAgent: String { "\(name)/\(version)" }

  /// What `--version` prints: the version, then the commit and how the
  /// binary was built. `make install` and `make package` stamp the installed
  /// copy (`scripts/stamp-binary`); a binary run from a build folder says it
  /// is unstamped and whether it is a debug or release build.
  public static var versionDescription: String {
    BuildStamp.describe(version: "\(name) \(version)", stamp: BuildStamp.current)
  }
}
