import ArgumentParser
import Foundation
import KiraClient
import KiraModels
import KiraOnboarding

/// Options shared by every command that talks to Kira: where, which API
/// version, timeouts, retry bounds, and the log file. The command code reads
/// them as `settings` (the application library's plain values).
struct ConnectionOptions: ParsableArguments {
  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp(
      "Talk to this URL instead of Kira's sandbox (https, or http on loopback).",
      discussion: "Default: $KIRA_BASE_URL, else base_url in the credentials file, else Kira's sandbox.",
      valueName: "url"))
  var baseURL: String?

  @Flag(name: .long, help: "Talk to Kira's production API (https://api.balampay.com).")
  var production = false

  @Option(name: .customLong("api-version"), help: ArgumentHelp("X-Api-Version to send.", valueName: "date"))
  var apiVersion: String = ConnectionSettings.defaults.apiVersion

  @Option(
    name: .customLong("connect-timeout"),
    help: ArgumentHelp("Seconds without progress (connecting included) before giving up.", valueName: "s"))
  var connectTimeout: Double = ConnectionSettings.defaults.connectTimeout

  @Option(
    name: .customLong("request-timeout"),
    help: ArgumentHelp("Seconds for a whole request before giving up.", valueName: "s"))
  var requestTimeout: Double = ConnectionSettings.defaults.requestTimeout

  @Option(
    name: .customLong("max-attempts"),
    help: ArgumentHelp(
      "Attempts per call, retries included (retries: refused, timeouts, 429, 502-504).", valueName: "n"))
  var maxAttempts: Int = ConnectionSettings.defaults.maxAttempts

  @Option(
    name: .customLong("max-retry-time"),
    help: ArgumentHelp(
      "Stop retrying when the next wait would end later than this many seconds.", valueName: "s"))
  var maxRetryTime: Double = ConnectionSettings.defaults.maxRetryTime

  @Option(
    name: .customLong("log-file"),
    help: ArgumentHelp(
      "Redacted log file, or \"off\".",
      discussion: "Default: $KIRA_ONBOARD_LOG, else $XDG_STATE_HOME/kira-onboard/kira-onboard.log.",
      valueName: "path"))
  var logFile: String?

  /// The parsed values.
  var settings: ConnectionSettings {
    ConnectionSettings(
      baseURL: baseURL, production: production, apiVersion: apiVersion, connectTimeout: connectTimeout,
      requestTimeout: requestTimeout, maxAttempts: maxAttempts, maxRetryTime: maxRetryTime,
      logFile: logFile)
  }

  func validate() throws {
    try checkAsUsage(settings.validate)
  }
}
