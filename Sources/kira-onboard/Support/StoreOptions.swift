import ArgumentParser
import KiraOnboarding

/// Options shared by every command that opens the local store (drafts and
/// the submission journal): where it lives, who is operating, and how long
/// unsubmitted drafts live. The command code reads them as `settings`.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      CLIHelp.storePath.text,
      discussion: CLIHelp.storePathDiscussion.text,
      valueName: "path"))
  var storePath: String?

  @Option(
    name: .customLong("operator"),
    help: ArgumentHelp(
      CLIHelp.operatorName.text,
      valueName: "name"))
  var operatorOverride: String?

  @Option(
    name: .customLong("draft-max-age"),
    help: ArgumentHelp(
      CLIHelp.draftMaxAge.text,
      valueName: "age"))
  var draftMaxAge: String = StoreSettings.defaults.draftMaxAge

  /// The parsed values.
  var settings: StoreSettings {
    StoreSettings(storePath: storePath, operatorOverride: operatorOverride, draftMaxAge: draftMaxAge)
  }

  func validate() throws {
    try checkAsUsage(settings.validate)
  }
}
