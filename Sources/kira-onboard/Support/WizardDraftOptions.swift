import ArgumentParser

/// The wizard's draft options: where drafts live, and what to open first
/// (a saved draft, a JSON body, a failed journal attempt, or a fresh form).
/// `WizardCommand` reads them into its `WizardSettings`, which checks them.
struct WizardDraftOptions: ParsableArguments {
  @OptionGroup var store: StoreOptions

  @OptionGroup var retention: DraftRetentionOptions

  @Option(
    name: .customLong("resume"),
    help: ArgumentHelp(
      "Resume this saved draft (an id from `drafts list`), skipping the list.", valueName: "id"))
  var resumeID: String?

  @Flag(
    name: [.customLong("fresh"), .customLong("no-resume")],
    help: "Start a fresh form without offering the saved drafts.")
  var fresh = false

  @Option(
    name: .customLong("load"),
    help: ArgumentHelp(
      "Open a JSON body (API format) on Review with every local error shown.", valueName: "file"))
  var loadFile: String?

  @Option(
    name: .customLong("attempt"),
    help: ArgumentHelp(
      "Open a failed journal attempt (an id from `attempts`) on Review with Kira's field errors.",
      valueName: "id"))
  var attemptID: Int64?
}

/// `--keep-drafts`, for commands that submit (the wizard).
struct DraftRetentionOptions: ParsableArguments {
  @Flag(
    name: .customLong("keep-drafts"), help: "Keep a draft after Kira created its user (default: wipe it).")
  var keepDrafts = false
}
