import ArgumentParser
import Foundation

extension AttemptsCommand {
  /// `kira-onboard attempts open ID`: the wizard on a failed attempt (the
  /// same as `kira-onboard --attempt ID`).
  struct Open: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        commandName: "open",
        abstract: CLIHelp.openAbstract.text,
        discussion: CLIHelp.openDiscussion.text)
    }

    @Argument(help: CLIHelp.openID.help)
    var id: Int64

    @OptionGroup var connection: ConnectionOptions

    @OptionGroup var store: StoreOptions

    @OptionGroup var retention: DraftRetentionOptions

    @Flag(name: .long, help: CLIHelp.demo.help)
    var demo = false

    func run() async throws {
      let settings = WizardSettings(
        connection: connection.settings, store: store.settings, keepDrafts: retention.keepDrafts,
        attemptID: id, demo: demo)
      try settings.validate()
      try await MainActor.run { try settings.runOnMainThread() }
    }
  }
}
