/// The part of a line editor's text that fits a field of a given width.
public struct VisibleSlice: Sendable, Hashable {
  /// The text to draw (never wider than the field, never half a wide character).
  public var text: String
  /// The cursor's column inside the field (0-based).
  public var cursorColumn: Int
  /// True when text before the slice is hidden (scrolled off to the left).
  public var isClippedLeft: Bool
  /// True when text after the slice is hidden.
  public var isClippedRight: Bool

  /// A slice with its text, cursor column and clipping flags.
  public init(text: String, cursorColumn: Int, isClippedLeft: Bool, isClippedRight: Bool) {
    self.text = text
    self.cursorColumn = cursorColumn
    self.isClippedLeft = isClippedLeft
    self.isClippedRight = isClippedRight
  }
}

extension LineEditor {
  /// The horizontally scrolled view of the text in a field `width` columns
  /// wide, keeping the cursor visible. Wide characters count two columns and
  /// are never split. The view scrolls only as far as needed: while the text
  /// up to the cursor fits, it starts at the first grapheme; otherwise the
  /// cursor sits at the right edge (one free column for it at the end).
  public func visibleSlice(width: Int) -> VisibleSlice {
    guard width > 0 else {
      return VisibleSlice(
        text: "", cursorColumn: 0, isClippedLeft: cursor > 0, isClippedRight: cursor < count)
    }
    let widths = characters.map(DisplayWidth.of)
    // The cursor needs one column of its own when it is at the end.
    let cursorCellWidth = cursor < characters.count ? max(1, widths[cursor]) : 1
    var start = 0
    var beforeCursor = widths[0..<cursor].reduce(0, +)
    while start < cursor, beforeCursor + cursorCellWidth > width {
      beforeCursor -= widths[start]
      start += 1
    }
    var text = ""
    var used = 0
    var end = start
    while end < characters.count, used + widths[end] <= width {
      text.append(characters[end])
      used += widths[end]
      end += 1
    }
    return VisibleSlice(
      text: text, cursorColumn: min(beforeCursor, max(0, width - 1)),
      isClippedLeft: start > 0, isClippedRight: end < characters.count)
  }
}
