/// Name and version reported by `--version` and in the `User-Agent`.
enum ToolInfo {
  static let name = "kira-onboard"
  static let version = "0.1.0"
  static var userAgent: String { "\(name)/\(version)" }
}
