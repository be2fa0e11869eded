import CBuildStamp

/// The build stamp written into an installed binary by `scripts/stamp-binary`:
/// `key=value` lines (`commit`, `date`, `build`). Shared by both executables.
public struct BuildStamp: Equatable, Sendable {
  /// kira-onboard's version, shared by both executables and read by
  /// `scripts/package` from `--version`.
  public static let productVersion = "0.2.0"

  /// The commit the binary was built from (short hash, `-dirty` when the
  /// work tree had changes).
  public var commit: String?
  /// The day of the build (`YYYY-MM-DD`, UTC).
  public var date: String?
  /// How it was built, e.g. "release, static Swift runtime, lld, order file".
  public var build: String?

  public init(commit: String? = nil, date: String? = nil, build: String? = nil) {
    self.commit = commit
    self.date = date
    self.build = build
  }

  /// Reads the `key=value` lines of a stamp; unknown keys are ignored, so an
  /// older binary reads a newer stamp.
  public init(text: String) {
    self.init()
    for line in text.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      let key = line[..<equals]
      let value = String(line[line.index(after: equals)...])
      switch key {
      case "commit": commit = value
      case "date": date = value
      case "build": build = value
      default: continue
      }
    }
  }

  /// This binary's stamp, or nil when it was never stamped.
  public static var current: BuildStamp? {
    let text = String(cString: kira_build_stamp())
    return text.isEmpty ? nil : BuildStamp(text: text)
  }

  /// The configuration this binary was compiled in.
  public static var compiledConfiguration: String {
    #if DEBUG
      return "debug"
    #else
      return "release"
    #endif
  }

  /// The text of `--version`: the tool's version on the first line, then the
  /// commit and the build on their own lines.
  public static func describe(version: String, stamp: BuildStamp?) -> String {
    guard let stamp else {
      return """
        \(version)
        commit: unknown (unstamped \(compiledConfiguration) build; make install stamps the installed copy)
        """
    }
    var lines = [version]
    lines.append("commit: \(stamp.commit ?? "unknown")" + (stamp.date.map { " (built \($0))" } ?? ""))
    lines.append("build: \(stamp.build ?? compiledConfiguration)")
    return lines.joined(separator: "\n")
  }
}
