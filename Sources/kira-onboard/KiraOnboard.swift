import ArgumentParser
import Foundation

/// The `kira-onboard` command: the wizard by default, plus batch and support commands.
@main
struct KiraOnboard: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "kira-onboard",
    abstract: "Onboard individual customers onto Kira through its KYC user-creation API.",
    version: ToolInfo.version,
    subcommands: [
      WizardCommand.self,
      ValidateCommand.self,
      AttemptsCommand.self, DraftsCommand.self, UsersCommand.self, FixCommand.self,
      SubmitCommand.self, SandboxCommand.self,
    ],
    defaultSubcommand: WizardCommand.self
  )

  /// Runs the command line. `kira-onboard sandbox …` belongs to the network
  /// helper, which has the sandbox: this process becomes the helper before
  /// any parsing, so its options, help and signals are the helper's own.
  static func main() async {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == SandboxCommand.configuration.commandName {
      let status = NetworkHelper.execSandbox(
        arguments: Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
      exit(withError: ExitCode(status))
    }
    do {
      var command = try parseAsRoot(arguments)
      if var asynchronous = command as? any AsyncParsableCommand {
        try await asynchronous.run()
      } else {
        try command.run()
      }
    } catch {
      exit(withError: error)
    }
  }
}
