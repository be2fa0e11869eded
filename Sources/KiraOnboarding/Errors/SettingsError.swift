/// A setting out of its rule (`--connect-timeout 0`, `--production` with
/// `--base-url`, `--draft-max-age soon`), named as its option is. The
/// executable's option groups turn it into ArgumentParser's usage error.
public struct SettingsError: Error, Equatable, Sendable, PresentableError {
  /// The option and its rule.
  public var message: String

  /// A refusal with its message.
  public init(_ message: String) {
    self.message = message
  }

  public var userMessage: String { message }

  public var exitStatus: Int32 { ExitStatus.usage }
}
