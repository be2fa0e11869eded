/// A fixed-size grid of styled cells that screens draw into. Knows nothing
/// of curses: the same grid is shown by the terminal adapter and compared as
/// text in golden tests.
public struct TextGrid: Sendable, Hashable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  /// A blank grid of `width` x `height` cells.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at a position (blank outside the grid).
  public subscript(row: Int, column: Int) -> Cell {
    guard contains(row: row, column: column) else { return .blank }
    return cells[row * width + column]
  }

  /// True when the position is inside the grid.
  public func contains(row: Int, column: Int) -> Bool {
    row >= 0 && row < height && column >= 0 && column < width
  }

  /// Writes `text` from (`row`, `column`) in `style`, clipped at `maxColumns`
  /// (default: the right edge). A wide character that would straddle the
  /// limit is not drawn. Control characters are never written. Returns the
  /// number of columns used.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, row: Int, column: Int, style: Style = .plain, maxColumns: Int? = nil
  ) -> Int {
    guard row >= 0, row < height else { return 0 }
    let limit = min(width, column + (maxColumns ?? width))
    var position = column
    for character in text {
      let columns = DisplayWidth.of(character)
      if columns == 0 {
        // Combining marks join the previous cell; stray controls are dropped.
        if position > column, position - 1 < width, position - 1 >= 0,
          character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F })
        {
          var previous = position - 1
          if cells[row * width + previous].isContinuation, previous > 0 { previous -= 1 }
          cells[row * width + previous].text.append(character)
        }
        continue
      }
      if position + columns > limit { break }
      if position >= 0 {
        clearWideRemnants(row: row, column: position, columns: columns)
        cells[row * width + position] = Cell(text: String(character), style: style)
        if columns == 2 {
          cells[row * width + position + 1] = Cell(text: "", style: style, isContinuation: true)
        }
      }
      position += columns
    }
    return position - column
  }

  /// Fills `columns` cells from (`row`, `column`) with `character` in `style`.
  public mutating func fill(
    row: Int, column: Int, columns: Int, style: Style = .plain, character: Character = " "
  ) {
    guard row >= 0, row < height else { return }
    let start = max(0, column)
    let end = min(width, column + columns)
    guard start < end else { return }
    for position in start..<end {
      cells[row * width + position] = Cell(text: String(character), style: style)
    }
  }

  /// Changes the style of existing cells without touching their text.
  public mutating func restyle(row: Int, column: Int, columns: Int, style: Style) {
    guard row >= 0, row < height else { return }
    let start = max(0, column)
    let end = min(width, column + columns)
    guard start < end else { return }
    for position in start..<end { cells[row * width + position].style = style }
  }

  /// The text of one row, continuation cells skipped.
  public func line(_ row: Int) -> String {
    guard row >= 0, row < height else { return "" }
    var text = ""
    for column in 0..<width {
      let cell = cells[row * width + column]
      if !cell.isContinuation { text += cell.text }
    }
    return text
  }

  /// All rows as text.
  public var lines: [String] { (0..<height).map(line) }

  /// The golden form: each row followed by `|` (a visible right edge), and,
  /// when `includeStyles` is set, a style layer below using one letter per
  /// cell (see `Style.goldenCode`).
  public func golden(includeStyles: Bool = false) -> String {
    var text = lines.map { $0 + "|" }.joined(separator: "\n") + "\n"
    if includeStyles {
      text += "-- styles --\n"
      for row in 0..<height {
        var codes = ""
        for column in 0..<width { codes.append(cells[row * width + column].style.goldenCode) }
        text += codes + "|\n"
      }
    }
    return text
  }

  /// Overwriting half of a wide character blanks its other half.
  private mutating func clearWideRemnants(row: Int, column: Int, columns: Int) {
    let base = row * width
    if cells[base + column].isContinuation, column > 0 {
      cells[base + column - 1] = Cell(text: " ", style: cells[base + column - 1].style)
    }
    let after = column + columns
    if after < width, cells[base + after].isContinuation {
      cells[base + after] = Cell(text: " ", style: cells[base + after].style)
    }
  }
}
