import KYCForm

/// The open list of a choice or country field, filtered by what was typed.
public struct ChoicePopup: Sendable, Hashable {
  /// The field it belongs to.
  public var field: FieldID
  /// The options matching the typed text, best first (value sent, label shown).
  public var options: [ChoiceOption]
  /// Index of the highlighted option in `options`.
  public var highlighted: Int

  /// Creates a popup.
  public init(field: FieldID, options: [ChoiceOption], highlighted: Int = 0) {
    self.field = field
    self.options = options
    self.highlighted = options.isEmpty ? 0 : min(max(0, highlighted), options.count - 1)
  }

  /// The highlighted option, if any.
  public var highlightedOption: ChoiceOption? {
    options.indices.contains(highlighted) ? options[highlighted] : nil
  }
}
