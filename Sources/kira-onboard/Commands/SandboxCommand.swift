import ArgumentParser
import Foundation

/// `kira-onboard sandbox`: run by the network helper (`main.swift` hands it
/// over before parsing); declared here so the command list shows it.
struct SandboxCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "sandbox",
      abstract: CLIHelp.sandboxAbstract.text)
  }

  @Argument(parsing: .captureForPassthrough, help: CLIHelp.sandboxArguments.help)
  var arguments: [String] = []

  func run() throws {
    throw ExitCode(
      NetworkHelper.execSandbox(arguments: arguments, environment: ProcessInfo.processInfo.environment))
  }
}
