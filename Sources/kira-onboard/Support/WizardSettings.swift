import ArgumentParser
import KYCForm
import KiraOnboarding
import Wizard

/// What `kira-onboard [options]` asks the wizard for, as plain values: what
/// `WizardCommand` parsed, or what the short argument path read
/// (`init(quickParsing:)`). Every default is the option's default.
struct WizardSettings: Equatable, Sendable {
  /// Every option at its default (`kira-onboard` alone).
  static let defaults = WizardSettings()

  /// Where and how to talk to Kira.
  var connection = ConnectionSettings()
  /// Where the drafts and the journal live, and who operates.
  var store = StoreSettings()
  /// `--keep-drafts`: keep a draft after Kira created its user.
  var keepDrafts = false
  /// `--resume`: the saved draft to open (an id or a unique prefix of one).
  var resumeID: String?
  /// `--fresh` / `--no-resume`: a fresh form without offering the saved drafts.
  var fresh = false
  /// `--load`: a JSON body to open on Review.
  var loadFile: String?
  /// `--attempt`: a failed journal attempt to open on Review.
  var attemptID: Int64?
  /// `--demo`: the embedded sandbox even with credentials.
  var demo = false
  /// `--minimum-age`: the youngest applicant accepted.
  var minimumAge = 18
  /// `--date-order`: how `05/04/1990` is read (day first by default).
  var dateOrder = DateOrder.dayFirst
  /// `--accessible`: the line mode (plain numbered prompts, no screen), also
  /// chosen by `TERM=dumb` and `KIRA_ONBOARD_ACCESSIBLE=1`.
  var accessible = false
  /// `--lang`: the operator's language (`es` or `en`); else the environment decides.
  var language: String?
  /// `--no-qr`: the verification link as text only (no QR code).
  var noQR = false

  /// What the wizard opens on: `--resume`, else `--load`, else `--attempt`,
  /// else a fresh form with `--fresh`, else the saved drafts to choose from.
  var opening: WizardOpening {
    if let resumeID { return .resume(resumeID) }
    if let loadFile { return .load(loadFile) }
    if let attemptID { return .attempt(attemptID) }
    return fresh ? .fresh : .resumeList
  }

  /// True when the wizard starts on a fresh form or the resume list, so the
  /// store can open after the first frame; `--resume`, `--load` and
  /// `--attempt` need it before (a wrong id or file is reported on stderr).
  var opensStoreAfterFirstFrame: Bool {
    opening.opensStoreAfterFirstFrame
  }

  /// Refuses anything the command line would: the connection's and the
  /// store's rules, then the wizard's own (`validateWizardRules`).
  func validate() throws {
    try checkAsUsage(connection.validate)
    try checkAsUsage(store.validate)
    try validateWizardRules()
  }

  /// The wizard's own rules: one start choice, `--demo` alone with the
  /// embedded sandbox, an age in 0...130.
  func validateWizardRules() throws {
    let chosen = [resumeID != nil, fresh, loadFile != nil, attemptID != nil].filter { $0 }.count
    if chosen > 1 {
      throw ValidationError("choose one of --resume, --fresh/--no-resume, --load and --attempt")
    }
    if demo && (connection.production || connection.baseURL != nil) {
      throw ValidationError(
        "--demo uses the embedded sandbox: it cannot be combined with --production or --base-url")
    }
    if let problem = ValidationPolicy.minimumAgeProblem(minimumAge) { throw ValidationError(problem) }
    if let language, OperatorLanguage(code: language) == nil {
      throw ValidationError("--lang must be es or en")
    }
  }
}
