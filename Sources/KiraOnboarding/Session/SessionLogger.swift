import Foundation
import KiraClient
import Logging

/// The redacted file logger (`--log-file`, `KIRA_ONBOARD_LOG`, or the XDG state file), or no logging.
public func makeLogger(settings: ConnectionSettings, environment: [String: String]) -> Logger {
  let choice = settings.logFile ?? environment["KIRA_ONBOARD_LOG"]
  let silent = Logger(label: "kira-onboard", factory: { _ in SwiftLogNoOpLogHandler() })
  if choice == "off" || choice == "" { return silent }
  let url =
    choice.map { URL(fileURLWithPath: PathExpansionForLogs.expand($0, environment: environment)) }
    ?? FileLogHandler.defaultURL(environment: environment)
  guard let sink = try? FileLogHandler.Sink(url: url) else { return silent }
  return Logger(label: "kira-onboard") { FileLogHandler(label: $0, sink: sink) }
}

/// `~` in a log path.
enum PathExpansionForLogs {
  static func expand(_ path: String, environment: [String: String]) -> String {
    guard path == "~" || path.hasPrefix("~/") else { return path }
    return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
  }
}
