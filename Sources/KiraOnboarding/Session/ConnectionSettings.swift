import KiraClient
import KiraModels

/// Where and how a command talks to Kira, as plain values: what the
/// executable's `ConnectionOptions` parsed, or what the wizard's short
/// argument path read (`WizardSettings(quickParsing:)`). Every default is the
/// option's default.
public struct ConnectionSettings: Equatable, Sendable {
  /// Every option at its default (the options' declared defaults).
  public static let defaults = ConnectionSettings()

  /// `--base-url`: talk to this URL instead of Kira's sandbox.
  public var baseURL: String?
  /// `--production`: talk to Kira's production API.
  public var production = false
  /// `--api-version`: the X-Api-Version sent.
  public var apiVersion = KiraAPI.defaultVersion
  /// `--connect-timeout`: seconds without progress before giving up.
  public var connectTimeout: Double = 10
  /// `--request-timeout`: seconds for a whole request.
  public var requestTimeout: Double = 30
  /// `--max-attempts`: attempts per call, retries included.
  public var maxAttempts = 4
  /// `--max-retry-time`: no retry whose wait would end later than this.
  public var maxRetryTime: Double = 60
  /// `--log-file`: the redacted log file, or "off".
  public var logFile: String?

  /// Settings with every value given (each defaults to its option's default).
  public init(
    baseURL: String? = nil, production: Bool = false, apiVersion: String = KiraAPI.defaultVersion,
    connectTimeout: Double = 10, requestTimeout: Double = 30, maxAttempts: Int = 4, maxRetryTime: Double = 60,
    logFile: String? = nil
  ) {
    self.baseURL = baseURL
    self.production = production
    self.apiVersion = apiVersion
    self.connectTimeout = connectTimeout
    self.requestTimeout = requestTimeout
    self.maxAttempts = maxAttempts
    self.maxRetryTime = maxRetryTime
    self.logFile = logFile
  }

  /// Refuses combinations and values out of range, naming the option and its rule.
  public func validate() throws(SettingsError) {
    if production && baseURL != nil {
      throw SettingsError("--production and --base-url cannot be combined")
    }
    if let baseURL {
      do {
        _ = try KiraEndpoint(url: baseURL)
      } catch let error as KiraError {
        throw SettingsError("--base-url: \(error.message)")
      } catch {
        throw SettingsError("--base-url: \(error)")
      }
    }
    if !(0.1...600).contains(connectTimeout) {
      throw SettingsError("--connect-timeout must be 0.1...600 s")
    }
    if !(0.1...3600).contains(requestTimeout) {
      throw SettingsError("--request-timeout must be 0.1...3600 s")
    }
    if !(1...20).contains(maxAttempts) { throw SettingsError("--max-attempts must be 1...20") }
    if !(0...3600).contains(maxRetryTime) { throw SettingsError("--max-retry-time must be 0...3600 s") }
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
      throw SettingsError("--api-version must look like \(KiraAPI.defaultVersion)")
    }
  }

  /// The retry bounds.
  public var retryPolicy: RetryPolicy {
    RetryPolicy(maxAttempts: maxAttempts, maxTotalTime: maxRetryTime)
  }
}
