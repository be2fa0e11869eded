/// The cells that changed between two grids, as runs of adjacent cells on
/// one row, so a terminal adapter only redraws what a key press changed.
/// Pure: no terminal involved, so the byte economy can be unit tested.
public struct ScreenDiff: Sendable, Hashable {
  /// Consecutive cells of one row to (re)draw, starting at `column`.
  public struct Run: Sendable, Hashable {
    /// Row of the run.
    public var row: Int
    /// Column of the first cell.
    public var column: Int
    /// The cells to draw, continuation cells included (a run never starts
    /// on a continuation cell and never ends between the halves of a wide
    /// character).
    public var cells: [Cell]

    /// A run of `cells` starting at (`row`, `column`).
    public init(row: Int, column: Int, cells: [Cell]) {
      self.row = row
      self.column = column
      self.cells = cells
    }

    /// Number of columns the run covers.
    public var columns: Int { cells.count }
  }

  /// The runs, top to bottom, left to right.
  public var runs: [Run]
  /// True when everything is redrawn (no previous grid, or its size changed).
  public var isFullRedraw: Bool

  /// Runs that turn `previous` into `next`. With no previous grid (first
  /// frame) or a different size, every row is one run. Unchanged gaps of at
  /// most `mergeGap` cells between two changes are drawn too, since moving
  /// the cursor costs more bytes than rewriting a few cells.
  public init(from previous: TextGrid?, to next: TextGrid, mergeGap: Int = 3) {
    guard let previous, previous.width == next.width, previous.height == next.height else {
      isFullRedraw = true
      runs = (0..<next.height).map { row in
        Run(row: row, column: 0, cells: (0..<next.width).map { next[row, $0] })
      }
      return
    }
    isFullRedraw = false
    runs = []
    for row in 0..<next.height {
      var column = 0
      var runStart: Int?
      var runEnd = 0  // exclusive end of the last changed cell in the run
      while column < next.width {
        if previous[row, column] != next[row, column] {
          var first = column
          // Start on the lead half of a wide character.
          if next[row, first].isContinuation || previous[row, first].isContinuation, first > 0 {
            first -= 1
          }
          var last = column + 1
          // End after the continuation half of a wide character.
          while last < next.width, next[row, last].isContinuation || previous[row, last].isContinuation {
            last += 1
          }
          if let start = runStart, first - runEnd <= mergeGap {
            runStart = min(start, first)
            runEnd = max(runEnd, last)
          } else {
            if let start = runStart { appendRun(row: row, from: start, to: runEnd, of: next) }
            runStart = first
            runEnd = last
          }
          column = last
        } else {
          column += 1
        }
      }
      if let start = runStart { appendRun(row: row, from: start, to: runEnd, of: next) }
    }
  }

  /// True when nothing changed.
  public var isEmpty: Bool { runs.isEmpty }

  /// Total number of cells in all runs.
  public var changedCells: Int { runs.reduce(0) { $0 + $1.cells.count } }

  private mutating func appendRun(row: Int, from start: Int, to end: Int, of grid: TextGrid) {
    var first = start
    while first > 0, grid[row, first].isContinuation { first -= 1 }
    runs.append(Run(row: row, column: first, cells: (first..<end).map { grid[row, $0] }))
  }
}
