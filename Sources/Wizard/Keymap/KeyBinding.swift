import KYCForm
import TerminalUI

/// One row of the keymap: keys, what they do, where, and how the help screen
/// and the status line describe them.
public struct KeyBinding: Sendable {
  /// When a binding applies, beyond its contexts.
  public enum Condition: Sendable, Hashable {
    /// Always.
    case always
    /// Only when the focused field's text is empty or wholly selected (the
    /// next character would replace it): `?` opens help only then.
    case fieldEmpty
    /// Only when the focused field has text (Tab completes a path only then).
    case fieldHasText
  }

  /// What a session offers. A binding needing a feature the session lacks
  /// does not exist there; a context needing one (`KeyContext.requirements`)
  /// is never reached there, so the help screen leaves out its bindings.
  public enum Feature: Sendable, Hashable {
    /// The embedded sandbox (the demo helpers).
    case embeddedSandbox
    /// Drafts are saved (a store is open and this is not a fix-up).
    case drafts
    /// The saved drafts are listed: the resume list offered at start shows.
    case resumeList
    /// Submissions create users (every session but a fix-up): the submitting
    /// and result screens.
    case userCreation
    /// The form's steps and Review show (every session but a fix-up with
    /// nothing to fix).
    case formSteps
    /// The steps have a field whose text is typed (text, date, secret, metadata).
    case textFields
    /// The steps have a choice or country field (and so their popup list).
    case listFields
    /// The steps have a yes/no field.
    case yesNoFields
    /// The steps have a document file field.
    case fileFields
    /// A fix-up of a remote user (its summary).
    case fixUp
    /// A fix-up whose summary opens fields to edit now: Kira lists missing or
    /// rejected fields, and no update or re-issue is in flight.
    case fixUpFields
    /// The fix-up summary of a REJECTED user with nothing in flight: R
    /// re-issues verification.
    case verificationReissue
    /// A user is being followed (`StatusFollowUp`): its status can be refreshed.
    case statusFollowUp
    /// A verification link to hand over: C copies it.
    case linkHandOff
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

    /// The group's title in `language` (the English one is `rawValue`).
    public func title(in language: OperatorLanguage) -> String {
      let (english, spanish) = titles
      return language == .spanish ? spanish : english
    }

    private var titles: (String, String) {
      switch self {
      case .moving: (rawValue, "Moverse")
      case .editing: (rawValue, "Editar texto")
      case .choices: (rawValue, "Listas, países, sí/no, archivos")
      case .review: (rawValue, "Revisión y resultado")
      case .general: (rawValue, "General")
      case .drafts: (rawValue, "Borradores y correcciones")
      case .demo: (rawValue, "Demo (solo con el sandbox integrado)")
      }
    }
  }

  /// The keys, in the order the help screen names them.
  public let keys: [Key]
  /// The command they trigger.
  public let command: KeyCommand
  /// What they do, for the help screen ("next field").
  public let summary: String
  /// The same in Spanish ("campo siguiente").
  public let spanishSummary: String
  /// The help screen group.
  public let section: Section
  /// Where the binding applies.
  public let contexts: Set<KeyContext>
  /// Extra condition on the focused field.
  public let condition: Condition
  /// Short form for the status line ("PgDn step"), or nil to leave it out.
  /// For Review's step digits, the words after the digits that act ("edit").
  public let statusLabel: String?
  /// The same in Spanish ("PgDn paso", "editar"), about as wide: nil exactly
  /// when `statusLabel` is.
  public let spanishStatusLabel: String?
  /// Order on the status line when space is short (lower first).
  public let statusRank: Int
  /// The feature the binding needs, or nil when every session has it. A
  /// binding whose feature is missing is not looked up, not on the status
  /// line and not in help.
  public let requirement: Feature?
  /// How the keys are written in help, when not just their names ("Paste").
  public let keyLabelOverride: String?
  /// The same in Spanish ("Pegar"): nil exactly when `keyLabelOverride` is.
  public let spanishKeyLabelOverride: String?

  /// Creates a binding. Every text comes with its Spanish beside it
  /// (`es:`; `status:` and `keyLabel:` as English and Spanish), so a
  /// missing translation does not compile.
  public init(
    _ keys: [Key], _ command: KeyCommand, _ summary: String, es spanishSummary: String, section: Section,
    contexts: Set<KeyContext>, condition: Condition = .always, status: (String, String)? = nil,
    statusRank: Int = 5, requires requirement: Feature? = nil, keyLabel: (String, String)? = nil
  ) {
    self.keys = keys
    self.command = command
    self.summary = summary
    self.spanishSummary = spanishSummary
    self.section = section
    self.contexts = contexts
    self.condition = condition
    self.statusLabel = status?.0
    self.spanishStatusLabel = status?.1
    self.statusRank = statusRank
    self.requirement = requirement
    self.keyLabelOverride = keyLabel?.0
    self.spanishKeyLabelOverride = keyLabel?.1
  }

  /// What the keys do, for the help screen, in `language`.
  public func summary(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishSummary : summary
  }

  /// The short form for the status line in `language`, before Review's
  /// digits are put in front ("edit", "editar"); nil to leave it out.
  public func statusLabel(in language: OperatorLanguage) -> String? {
    language == .spanish ? spanishStatusLabel : statusLabel
  }

  /// True for Review's step digits: which of them act, and how they are
  /// written, depend on how many steps Review lists.
  var editsSteps: Bool {
    if case .editStep = command { true } else { false }
  }

  /// The keys that act when Review lists `reviewSteps` steps: a step digit
  /// only when its step exists, any other key always.
  func actingKeys(reviewSteps: Int) -> [Key] {
    guard editsSteps else { return keys }
    return keys.filter { key in
      guard case .character(let character) = key, let digit = character.wholeNumberValue else { return false }
      return digit >= 1 && digit <= reviewSteps
    }
  }

  /// The keys as the help screen writes them ("Tab, Down"; "1-8", "1" for
  /// Review's step digits), or nil when none of them acts. In Spanish the
  /// keys named by a word are named in Spanish ("Espacio", "Arriba"); the
  /// others keep their names (Tab, PgDn, Esc, F10, Ctrl-R).
  public func keyLabel(reviewSteps: Int, language: OperatorLanguage = .english) -> String? {
    guard editsSteps else {
      let override = language == .spanish ? spanishKeyLabelOverride : keyLabelOverride
      return override ?? keys.map { $0.name(in: language) }.joined(separator: ", ")
    }
    let digits = actingKeys(reviewSteps: reviewSteps).map(\.displayName)
    guard let first = digits.first, let last = digits.last else { return nil }
    return digits.count == 1 ? first : "\(first)-\(last)"
  }

  /// The status line's label in `language` ("PgDn step", "PgDn paso";
  /// "1-8 edit", "1 edit" for Review's step digits), or nil to leave the
  /// binding out.
  func statusLabel(reviewSteps: Int, language: OperatorLanguage = .english) -> String? {
    guard let label = statusLabel(in: language) else { return nil }
    guard editsSteps else { return label }
    return keyLabel(reviewSteps: reviewSteps).map { "\($0) \(label)" }
  }

  /// True when a session offering `features` has this binding.
  func isOffered(with features: Set<Feature>) -> Bool {
    requirement.map(features.contains) ?? true
  }

  /// True when the binding can act in a session offering `features`: it has
  /// the binding, and reaches one of its contexts. The help screen lists
  /// only these.
  func acts(with features: Set<Feature>) -> Bool {
    isOffered(with: features) && contexts.contains { $0.requirements.isSubset(of: features) }
  }

  /// True when the binding applies to `key` here, with `reviewSteps` steps on Review.
  func matches(
    _ key: Key, context: KeyContext, fieldIsEmpty: Bool, features: Set<Feature>, reviewSteps: Int
  ) -> Bool {
    guard contexts.contains(context), isOffered(with: features) else { return false }
    switch condition {
    case .always: break
    case .fieldEmpty: guard fieldIsEmpty else { return false }
    case .fieldHasText: guard !fieldIsEmpty else { return false }
    }
    return actingKeys(reviewSteps: reviewSteps).contains(key)
  }
}
