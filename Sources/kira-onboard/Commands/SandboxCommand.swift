import ArgumentParser
import Foundation

/// `kira-onboard sandbox`: run by the network helper (`main.swift` hands it
/// over before parsing); declared here so the command list shows it.
struct SandboxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sandbox",
    abstract: "Run a local Kira sandbox (for demos and tests) until Ctrl-C.")

  @Argument(parsing: .captureForPassthrough, help: "The sandbox's options (see kira-onboard sandbox --help).")
  var arguments: [String] = []

  func run() throws {
    throw ExitCode(
      NetworkHelper.execSandbox(arguments: arguments, environment: ProcessInfo.processInfo.environment))
  }
}
