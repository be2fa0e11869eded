import ArgumentParser
import Foundation
import KiraClient
import KiraModels

/// Options shared by every command that talks to Kira: where, which API
/// version, timeouts, retry bounds, and the log file.
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
  var apiVersion: String = KiraAPI.defaultVersion

  @Option(
    name: .customLong("connect-timeout"),
    help: ArgumentHelp("Seconds without progress (connecting included) before giving up.", valueName: "s"))
  var connectTimeout: Double = 10

  @Option(
    name: .customLong("request-timeout"),
    help: ArgumentHelp("Seconds for a whole request before giving up.", valueName: "s"))
  var requestTimeout: Double = 30

  @Option(
    name: .customLong("max-attempts"),
    help: ArgumentHelp(
      "Attempts per call, retries included (retries: refused, timeouts, 429, 502-504).", valueName: "n"))
  var maxAttempts: Int = 4

  @Option(
    name: .customLong("max-retry-time"),
    help: ArgumentHelp(
      "Stop retrying when the next wait would end later than this many seconds.", valueName: "s"))
  var maxRetryTime: Double = 60

  @Option(
    name: .customLong("log-file"),
    help: ArgumentHelp(
      "Redacted log file, or \"off\".",
      discussion: "Default: $KIRA_ONBOARD_LOG, else $XDG_STATE_HOME/kira-onboard/kira-onboard.log.",
      valueName: "path"))
  var logFile: String?

  func validate() throws {
    if production && baseURL != nil {
      throw ValidationError("--production and --base-url cannot be combined")
    }
    if let baseURL {
      do {
        _ = try KiraEndpoint(url: baseURL)
      } catch let error as KiraError {
        throw ValidationError("--base-url: \(error.message)")
      }
    }
    if !(0.1...600).contains(connectTimeout) {
      throw ValidationError("--connect-timeout must be 0.1...600 s")
    }
    if !(0.1...3600).contains(requestTimeout) {
      throw ValidationError("--request-timeout must be 0.1...3600 s")
    }
    if !(1...20).contains(maxAttempts) { throw ValidationError("--max-attempts must be 1...20") }
    if !(0...3600).contains(maxRetryTime) { throw ValidationError("--max-retry-time must be 0...3600 s") }
    // YYYY-MM-DD checked by hand: a regular expression here would load ICU's
    // regex engine before the wizard's first frame (a few ms at every start).
    let versionShape = Array(apiVersion.utf8)
    let looksLikeDate =
      versionShape.count == 10
      && versionShape.indices.allSatisfy { index in
        let byte = versionShape[index]
        return index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
      }
    if !looksLikeDate {
      throw ValidationError("--api-version must look like \(KiraAPI.defaultVersion)")
    }
  }

  /// The retry bounds.
  var retryPolicy: RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, maxTotalTime: maxRetryTime)
  }
}
