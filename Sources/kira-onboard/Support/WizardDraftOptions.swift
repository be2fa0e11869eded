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
      CLIHelp.resume.text, valueName: "id"))
  var resumeID: String?

  @Flag(
    name: [.customLong("fresh"), .customLong("no-resume")],
    help: CLIHelp.fresh.help)
  var fresh = false

  @Option(
    name: .customLong("load"),
    help: ArgumentHelp(
      CLIHelp.load.text, valueName: "file"))
  var loadFile: String?

  @Option(
    name: .customLong("attempt"),
    help: ArgumentHelp(
      CLIHelp.attempt.text,
      valueName: "id"))
  var attemptID: Int64?
}

/// `--keep-drafts`, for commands that submit (the wizard).
struct DraftRetentionOptions: ParsableArguments {
  @Flag(
    name: .customLong("keep-drafts"), help: CLIHelp.keepDrafts.help)
  var keepDrafts = false
}
