import ArgumentParser

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
}
