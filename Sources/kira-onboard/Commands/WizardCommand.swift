import ArgumentParser
import CursesTerminal
import Foundation
import KYCForm
import KiraClient
import TerminalUI
import Wizard

/// `kira-onboard` (no subcommand): the interactive onboarding wizard.
struct WizardCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wizard",
    abstract: "Onboard a customer interactively (the default command).",
    discussion: """
      With Kira credentials (KIRA_API_KEY, KIRA_CLIENT_ID, KIRA_PASSWORD, or the credentials file) \
      it talks to Kira's sandbox, or to production with --production. Without them, or with --demo, \
      it runs an embedded sandbox on 127.0.0.1 and shows a SANDBOX banner on every screen \
      (KIRA_ONBOARD_SANDBOX_PORT pins its port). F1 in the wizard lists every key.
      """)

  @OptionGroup var connection: ConnectionOptions

  @OptionGroup var drafts: WizardDraftOptions

  @Flag(name: .long, help: "Use the embedded sandbox even when credentials are configured.")
  var demo = false

  @Option(
    name: .customLong("minimum-age"), help: ArgumentHelp("Youngest applicant accepted.", valueName: "years"))
  var minimumAge: Int = WizardSettings.defaults.minimumAge

  @Option(
    name: .customLong("date-order"),
    help: ArgumentHelp(
      "How 05/04/1990 is read: dmy (day first, the default) or mdy (month first, US desks).",
      valueName: "dmy|mdy"))
  var dateOrder: DateOrder = WizardSettings.defaults.dateOrder

  @Flag(
    name: .long,
    help: """
      The accessible line mode: plain numbered prompts, one question at a time, no screen drawing \
      (for screen readers, and over a pipe). Also when TERM=dumb or KIRA_ONBOARD_ACCESSIBLE=1.
      """)
  var accessible = false

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      "The operator's language: es or en (default: KIRA_ONBOARD_LANG, else LC_ALL, LC_MESSAGES, LANG).",
      valueName: "es|en"))
  var language: String?
  @Flag(name: .customLong("no-qr"), help: "Show a verification link as text only, without its QR code.")
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
