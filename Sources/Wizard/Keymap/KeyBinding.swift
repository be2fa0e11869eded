import TerminalUI

/// One row of the keymap: keys, what they do, where, and how the help screen
/// and the status line describe them.
public struct KeyBinding: Sendable {
  /// When a binding applies, beyond its contexts.
  public enum Condition: Sendable, Hashable {
    /// Always.
    case always
    /// Only when the focused field's text is empty (`?` opens help only then).
    case fieldEmpty
    /// Only when the focused field has text (Tab completes a path only then).
    case fieldHasText
  }

  /// What a session must offer for a binding to exist in it at all.
  public enum Feature: Sendable, Hashable {
    /// The embedded sandbox (the demo helpers).
    case embeddedSandbox
    /// Drafts are saved (a store is open and this is not a fix-up).
    case drafts
  }

  /// Groups of the help screen, in display order.
  public enum Section: String, Sendable, Hashable, CaseIterable {
    case moving = "Moving"
    case editing = "Editing text"
    case choices = "Lists, countries, yes/no, files"
    case review = "Review and result"
    case general = "General"
    case drafts = "Drafts and fix-ups"
    case demo = "Demo (embedded sandbox only)"
  }

  /// The keys, in the order the help screen names them.
  public let keys: [Key]
  /// The command they trigger.
  public let command: KeyCommand
  /// What they do, for the help screen ("next field").
  public let summary: String
  /// The help screen group.
  public let section: Section
  /// Where the binding applies.
  public let contexts: Set<KeyContext>
  /// Extra condition on the focused field.
  public let condition: Condition
  /// Short form for the status line ("PgDn step"), or nil to leave it out.
  public let statusLabel: String?
  /// Order on the status line when space is short (lower first).
  public let statusRank: Int
  /// The feature the binding needs, or nil when every session has it. A
  /// binding whose feature is missing is not looked up, not on the status
  /// line and not in help.
  public let requirement: Feature?
  /// How the keys are written in help, when not just their names ("1-8").
  public let keyLabelOverride: String?

  /// Creates a binding.
  public init(
    _ keys: [Key], _ command: KeyCommand, _ summary: String, section: Section,
    contexts: Set<KeyContext>, condition: Condition = .always, status: String? = nil, statusRank: Int = 5,
    requires requirement: Feature? = nil, keyLabel: String? = nil
  ) {
    self.keys = keys
    self.command = command
    self.summary = summary
    self.section = section
    self.contexts = contexts
    self.condition = condition
    self.statusLabel = status
    self.statusRank = statusRank
    self.requirement = requirement
    self.keyLabelOverride = keyLabel
  }

  /// The keys as the help screen writes them ("Tab, Down").
  public var keyLabel: String {
    keyLabelOverride ?? keys.map(\.displayName).joined(separator: ", ")
  }

  /// True when a session offering `features` has this binding.
  func isOffered(with features: Set<Feature>) -> Bool {
    requirement.map(features.contains) ?? true
  }

  /// True when the binding applies to `key` here.
  func matches(_ key: Key, context: KeyContext, fieldIsEmpty: Bool, features: Set<Feature>) -> Bool {
    guard contexts.contains(context), isOffered(with: features) else { return false }
    switch condition {
    case .always: break
    case .fieldEmpty: guard fieldIsEmpty else { return false }
    case .fieldHasText: guard !fieldIsEmpty else { return false }
    }
    if case .editStep = command, case .character(let character) = key,
      let digit = character.wholeNumberValue
    {
      return (1...9).contains(digit)
    }
    return keys.contains(key)
  }
}
