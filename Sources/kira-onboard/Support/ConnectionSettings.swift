import ArgumentParser
import KiraClient
import KiraModels

/// Where and how a command talks to Kira, as plain values: what
/// `ConnectionOptions` parsed, or what the wizard's short argument path read
/// (`WizardSettings(quickParsing:)`). Every default is the option's default.
struct ConnectionSettings: Equatable, Sendable {
  /// Every option at its default (the options' declared defaults).
  static let defaults = ConnectionSettings()

  /// `--base-url`: talk to this URL instead of Kira's sandbox.
  var baseURL: String?
  /// `--production`: talk to Kira's production API.
  var production = false
  /// `--api-version`: the X-Api-Version sent.
  var apiVersion = KiraAPI.defaultVersion
  /// `--connect-timeout`: seconds without progress before giving up.
  var connectTimeout: Double = 10
  /// `--request-timeout`: seconds for a whole request.
  var requestTimeout: Double = 30
  /// `--max-attempts`: attempts per call, retries included.
  var maxAttempts = 4
  /// `--max-retry-time`: no retry whose wait would end later than this.
  var maxRetryTime: Double = 60
  /// `--log-file`: the redacted log file, or "off".
  var logFile: String?

  /// Refuses combinations and values out of range, naming the option and its rule.
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
