/// One terminal cell. A wide character (CJK) occupies its cell and the next,
/// which is marked as a continuation and carries no text of its own.
public struct Cell: Sendable, Hashable {
  /// The grapheme drawn here ("" for a continuation cell).
  public var text: String
  public var style: Style
  /// True for the right half of a two-column character.
  public var isContinuation: Bool

  public init(text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.text = text
    self.style = style
    self.isContinuation = isContinuation
  }

  /// An empty cell in the plain style.
  public static let blank = Cell()
}
