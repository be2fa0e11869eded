/// What a screen renders: a grid of styled cells plus where the cursor goes.
public struct Frame: Sendable, Hashable {
  public var grid: TextGrid
  /// Cursor position (row, column) when visible, e.g. inside the focused text field.
  public var cursor: (row: Int, column: Int)?

  /// Text of the grid that is a link: a terminal that supports OSC 8 makes
  /// it clickable (the grid already shows the text).
  public var hyperlinks: [Hyperlink] = []

  public init(grid: TextGrid, cursor: (row: Int, column: Int)? = nil, hyperlinks: [Hyperlink] = []) {
    self.grid = grid
    self.cursor = cursor
    self.hyperlinks = hyperlinks
  }

  public static func == (lhs: Frame, rhs: Frame) -> Bool {
    lhs.grid == rhs.grid && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
      && lhs.hyperlinks == rhs.hyperlinks
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(grid)
    hasher.combine(hyperlinks)
    hasher.combine(cursor?.row)
    hasher.combine(cursor?.column)
  }
}

/// A piece of a frame's text that links to `url` (a wrapped link is several
/// pieces with one url).
public struct Hyperlink: Sendable, Hashable {
  /// Where the text starts.
  public var row: Int
  /// Where the text starts.
  public var column: Int
  /// The text as the grid shows it there (plain characters, one cell each).
  public var text: String
  /// Where it leads (already checked and cleaned by the screen).
  public var url: String

  /// Creates a link piece.
  public init(row: Int, column: Int, text: String, url: String) {
    self.row = row
    self.column = column
    self.text = text
    self.url = url
  }
}
