import Wizard

extension WizardState {
  /// The keys the status line lists here, as the screen asks the keymap.
  var listedKeys: [String] {
    keymap.statusLabels(in: keyContexts, features: keyFeatures, reviewSteps: reviewStepCount)
  }

  /// The help screen's entries for this session, as the screen asks the keymap.
  var helpEntries: [(keys: String, summary: String)] {
    keymap.helpSections(features: keyFeatures, reviewSteps: reviewStepCount).flatMap(\.entries)
  }
}
