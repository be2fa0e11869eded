import KYCForm
import TerminalUI

/// The single table of keys: the reducer looks commands up here, the help
/// screen lists it, and the status line reads its short labels. Changing a
/// key here changes all three.
public struct Keymap: Sendable {
  /// Every binding, in lookup order (the first match wins).
  public let bindings: [KeyBinding]

  /// Creates a keymap from bindings in lookup order.
  public init(bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The command for `key` in the first of `contexts` that binds it, or nil
  /// (a character for the line editor, or nothing). Bindings needing a
  /// feature not in `features` do not count, nor Review's digits beyond its
  /// `reviewSteps` steps.
  public func command(
    for key: Key, in contexts: [KeyContext], fieldIsEmpty: Bool = true,
    features: Set<KeyBinding.Feature> = [], reviewSteps: Int = 0
  ) -> KeyCommand? {
    for context in contexts {
      for binding in bindings
      where binding.command != .edit
        && binding.matches(
          key, context: context, fieldIsEmpty: fieldIsEmpty, features: features, reviewSteps: reviewSteps)
      {
        if case .editStep = binding.command, case .character(let character) = key,
          let digit = character.wholeNumberValue
        {
          return .editStep(digit)
        }
        return binding.command
      }
    }
    return nil
  }

  /// Short labels for the status line in `contexts` ("F1 help", "Tab next";
  /// in Spanish "F1 ayuda", "Tab sig."), most important first (`statusRank`,
  /// then keymap order), each label once; only bindings the session offers
  /// (`features`), Review's digits for its `reviewSteps` steps ("1-8 edit",
  /// "1 edit"). Both languages list the same bindings in the same order.
  public func statusLabels(
    in contexts: [KeyContext], features: Set<KeyBinding.Feature>, reviewSteps: Int,
    language: OperatorLanguage = .english
  ) -> [String] {
    var found: [(rank: Int, order: Int, english: String, label: String)] = []
    for context in contexts {
      for binding in bindings
      where binding.contexts.contains(context) && binding.isOffered(with: features) {
        // Once per English label, so that Spanish keeps the same entries.
        if let english = binding.statusLabel(reviewSteps: reviewSteps),
          !found.contains(where: { $0.english == english }),
          let label = binding.statusLabel(reviewSteps: reviewSteps, language: language)
        {
          found.append((binding.statusRank, found.count, english, label))
        }
      }
    }
    return found.sorted { ($0.rank, $0.order) < ($1.rank, $1.order) }.map(\.label)
  }

  /// The help screen's content: sections in order, each with (keys, what they
  /// do), for the bindings that can act in a session offering `features`
  /// (the session has them and reaches one of their contexts), Review's
  /// digits for its `reviewSteps` steps. An entry shows once, where the
  /// keymap first has it. In `language`: titles, keys named by a word and
  /// summaries; both languages list the same entries.
  public func helpSections(
    features: Set<KeyBinding.Feature>, reviewSteps: Int, language: OperatorLanguage = .english
  ) -> [(title: String, entries: [(keys: String, summary: String)])] {
    var listed: Set<[String]> = []
    return KeyBinding.Section.allCases.compactMap { section in
      let entries = bindings.compactMap { binding -> (keys: String, summary: String)? in
        // Once per English entry, so that Spanish keeps the same entries.
        guard binding.section == section, !binding.summary.isEmpty, binding.acts(with: features),
          let keys = binding.keyLabel(reviewSteps: reviewSteps),
          listed.insert([keys, binding.summary]).inserted,
          let shownKeys = binding.keyLabel(reviewSteps: reviewSteps, language: language)
        else { return nil }
        return (shownKeys, binding.summary(in: language))
      }
      return entries.isEmpty ? nil : (section.title(in: language), entries)
    }
  }
}
