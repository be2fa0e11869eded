import ArgumentParser
import KiraOnboarding

/// Options shared by every command that opens the local store (drafts and
/// the submission journal): where it lives, who is operating, and how long
/// unsubmitted drafts live. The command code reads them as `settings`.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("store"),
    help: ArgumentHelp(
      "Folder of the local store (drafts, journal, key).",
      discussion: "Default: $KIRA_ONBOARD_STORE, else $XDG_DATA_HOME/kira-onboard, "
        + "else ~/.local/share/kira-onboard.",
      valueName: "path"))
  var storePath: String?

  @Option(
    name: .customLong("operator"),
    help: ArgumentHelp(
      "Operator name for the journal (default: login name).",
      valueName: "name"))
  var operatorOverride: String?

  @Option(
    name: .customLong("draft-max-age"),
    help: ArgumentHelp(
      "Unsubmitted drafts older than this are wiped when the store opens (e.g. 7d, 12h).",
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
