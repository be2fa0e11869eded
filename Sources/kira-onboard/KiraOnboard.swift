import ArgumentParser
import CursesTerminal
import Foundation
import KiraOnboarding

/// The `kira-onboard` command: the wizard by default, plus batch and support commands.
///
/// Every command names itself (`commandName`): ArgumentParser otherwise
/// derives the name from the type's name through reflection at every start,
/// which cost the wizard's first frame about 2 ms of protocol-conformance scans.
@main
struct KiraOnboard: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "kira-onboard",
      abstract: CLIHelp.rootAbstract.text,
      version: ToolInfo.versionDescription,
      subcommands: [
        WizardCommand.self,
        ValidateCommand.self,
        AttemptsCommand.self, DraftsCommand.self, UsersCommand.self, FixCommand.self,
        SubmitCommand.self, ImportCommand.self, SandboxCommand.self,
        WebhooksCommand.self, EventsCommand.self, QueueCommand.self,
      ],
      defaultSubcommand: WizardCommand.self
    )
  }

  /// Runs the command line. `kira-onboard sandbox …` belongs to the network
  /// helper, which has the sandbox: this process becomes the helper before
  /// any parsing, so its options, help and signals are the helper's own.
  @MainActor
  static func main() async {
    // First: a crash never waits for a key at a terminal (see CrashGuard).
    CrashGuard.install()
    CrashGuard.crashForTestIfAsked("start")
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == SandboxCommand.configuration.commandName {
      let status = NetworkHelper.execSandbox(
        arguments: Array(arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
      exit(withError: ExitCode(status))
    }
    do {
      if let wizard = WizardSettings(quickParsing: arguments) {
        // Still on the main thread (nothing has suspended yet): the wizard's
        // key loop runs right here, with no thread hop before its first frame.
        try wizard.runOnMainThread()
        return
      }
      try await runCommandLine(arguments)
    } catch {
      exit(withError: error)
    }
  }

  /// Parses and runs any other command line on the global executor, as
  /// ArgumentParser would (`kira-onboard wizard …` hops to the main actor).
  nonisolated static func runCommandLine(_ arguments: [String]) async throws {
    var command = try parseAsRoot(arguments)
    if var asynchronous = command as? any AsyncParsableCommand {
      try await asynchronous.run()
    } else {
      try command.run()
    }
  }
}
