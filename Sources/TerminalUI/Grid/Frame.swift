/// What a screen renders: a grid of styled cells plus where the cursor goes.
public struct Frame: Sendable, Hashable {
  public var grid: TextGrid
  /// Cursor position (row, column) when visible, e.g. inside the focused text field.
  public var cursor: (row: Int, column: Int)?

  public init(grid: TextGrid, cursor: (row: Int, column: Int)? = nil) {
    self.grid = grid
    self.cursor = cursor
  }

  public static func == (lhs: Frame, rhs: Frame) -> Bool {
    lhs.grid == rhs.grid && lhs.cursor?.row == rhs.cursor?.row && lhs.cursor?.column == rhs.cursor?.column
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(grid)
    hasher.combine(cursor?.row)
    hasher.combine(cursor?.column)
  }
}
