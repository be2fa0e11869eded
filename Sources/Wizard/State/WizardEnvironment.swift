/// Where the wizard sends its data, as the header and banner show it.
public struct WizardEnvironment: Sendable, Hashable {
  /// Name for the header: "SANDBOX", "sandbox", "production" or a base URL.
  public var name: String
  /// True in demo mode (no credentials or `--demo`): the embedded sandbox on
  /// loopback, a SANDBOX banner on every screen, and the demo helpers.
  public var isEmbeddedSandbox: Bool
  /// True for Kira's production base URL.
  public var isProduction: Bool
  /// Folder where the demo helper writes its sample document image.
  public var demoFilesDirectory: String?

  /// Creates an environment description.
  public init(
    name: String, isEmbeddedSandbox: Bool, isProduction: Bool = false, demoFilesDirectory: String? = nil
  ) {
    self.name = name
    self.isEmbeddedSandbox = isEmbeddedSandbox
    self.isProduction = isProduction
    self.demoFilesDirectory = demoFilesDirectory
  }

  /// The embedded sandbox of demo mode.
  public static func embeddedSandbox(demoFilesDirectory: String? = nil) -> WizardEnvironment {
    WizardEnvironment(name: "SANDBOX", isEmbeddedSandbox: true, demoFilesDirectory: demoFilesDirectory)
  }
}

/// Whether the wizard has a connection to Kira (or its sandbox) yet. The
/// first frame is drawn before connecting; this fills in behind it.
public enum ConnectionStatus: Sendable, Hashable {
  /// Not started yet: the embedded sandbox starts at the first submit.
  case notStarted
  /// Starting the embedded sandbox or authenticating.
  case connecting
  /// Ready to submit.
  case ready
  /// Could not connect; the text says why (server text already cleaned).
  case failed(String)
}
