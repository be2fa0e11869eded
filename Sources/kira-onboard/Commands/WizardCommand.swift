import ArgumentParser
import CursesTerminal
import Foundation
import KYCForm
import KiraClient
import TerminalUI
import Wizard

/// `kira-onboard` (no subcommand): the interactive onboarding wizard.
struct WizardCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "wizard",
      abstract: CLIHelp.wizardAbstract.text,
      discussion: CLIHelp.wizardDiscussion.text)
  }

  @OptionGroup var connection: ConnectionOptions

  @OptionGroup var drafts: WizardDraftOptions

  @Flag(name: .long, help: CLIHelp.demo.help)
  var demo = false

  @Option(
    name: .customLong("minimum-age"), help: ArgumentHelp(CLIHelp.wizardMinimumAge.text, valueName: "years"))
  var minimumAge: Int = WizardSettings.defaults.minimumAge

  @Option(
    name: .customLong("date-order"),
    help: ArgumentHelp(
      CLIHelp.dateOrder.text,
      valueName: "dmy|mdy"))
  var dateOrder: DateOrder = WizardSettings.defaults.dateOrder

  @Flag(
    name: .long,
    help: CLIHelp.accessible.help)
  var accessible = false

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      CLIHelp.language.text,
      valueName: "es|en"))
  var language: String?
  @Flag(name: .customLong("no-qr"), help: CLIHelp.noQR.help)
  var noQR = false

  /// The parsed values.
  var settings: WizardSettings {
    WizardSettings(
      connection: connection.settings, store: drafts.store.settings, keepDrafts: drafts.retention.keepDrafts,
      resumeID: drafts.resumeID, fresh: drafts.fresh, loadFile: drafts.loadFile, attemptID: drafts.attemptID,
      demo: demo, minimumAge: minimumAge, dateOrder: dateOrder, accessible: accessible, language: language,
      noQR: noQR)
  }

  /// The wizard's own rules (each option group checks its own).
  func validate() throws {
    try settings.validateWizardRules()
  }

  /// Reached when `kira-onboard wizard …` (or another caller) runs the
  /// command: the key loop belongs on the main thread.
  func run() async throws {
    let settings = settings
    try await MainActor.run { try settings.runOnMainThread() }
  }
}

extension DateOrder: ExpressibleByArgument {}
