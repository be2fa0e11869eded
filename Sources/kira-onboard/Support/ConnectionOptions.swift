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
      CLIHelp.baseURL.text,
      discussion: CLIHelp.baseURLDiscussion.text,
      valueName: "url"))
  var baseURL: String?

  @Flag(name: .long, help: CLIHelp.production.help)
  var production = false

  @Option(name: .customLong("api-version"), help: ArgumentHelp(CLIHelp.apiVersion.text, valueName: "date"))
  var apiVersion: String = ConnectionSettings.defaults.apiVersion

  @Option(
    name: .customLong("connect-timeout"),
    help: ArgumentHelp(CLIHelp.connectTimeout.text, valueName: "s"))
  var connectTimeout: Double = ConnectionSettings.defaults.connectTimeout

  @Option(
    name: .customLong("request-timeout"),
    help: ArgumentHelp(CLIHelp.requestTimeout.text, valueName: "s"))
  var requestTimeout: Double = ConnectionSettings.defaults.requestTimeout

  @Option(
    name: .customLong("max-attempts"),
    help: ArgumentHelp(
      CLIHelp.maxAttempts.text, valueName: "n"))
  var maxAttempts: Int = ConnectionSettings.defaults.maxAttempts

  @Option(
    name: .customLong("max-retry-time"),
    help: ArgumentHelp(
      CLIHelp.maxRetryTime.text, valueName: "s"))
  var maxRetryTime: Double = ConnectionSettings.defaults.maxRetryTime

  @Option(
    name: .customLong("log-file"),
    help: ArgumentHelp(
      CLIHelp.logFile.text,
      discussion: CLIHelp.logFileDiscussion.text,
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
