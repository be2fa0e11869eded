import Testing

@testable import TerminalUI

@Suite("TextGrid")
struct TextGridTests {
  @Test("put writes text and reports the columns used")
  func put() {
    var grid = TextGrid(width: 12, height: 1)
    let used = grid.put("María 山田", row: 0, column: 1, style: .input)
    #expect(used == 10)
    #expect(grid.line(0) == " María 山田 ")
    #expect(grid[0, 7].text == "山")
    #expect(grid[0, 8].isContinuation)
    #expect(grid[0, 8].style == .input)
  }

  @Test("a wide character that would straddle the edge is not drawn")
  func clipping() {
    var grid = TextGrid(width: 5, height: 1)
    let used = grid.put("ab山田", row: 0, column: 0)
    #expect(used == 4)
    #expect(grid.line(0) == "ab山 ")
    var limited = TextGrid(width: 10, height: 1)
    #expect(limited.put("山田太郎", row: 0, column: 0, maxColumns: 3) == 2)
  }

  @Test("overwriting half of a wide character blanks the other half")
  func remnants() {
    var grid = TextGrid(width: 6, height: 1)
    grid.put("山田", row: 0, column: 0)
    grid.put("x", row: 0, column: 1)
    #expect(grid.line(0) == " x田  ")
    #expect(!grid[0, 0].isContinuation)
    grid.put("y", row: 0, column: 2)
    #expect(grid.line(0) == " xy   ")
  }

  @Test("control characters are never written; combining marks join their base")
  func controls() {
    var grid = TextGrid(width: 8, height: 1)
    grid.put("a\u{1B}[31mb", row: 0, column: 0)
    #expect(grid.line(0) == "a[31mb  ")
    var accents = TextGrid(width: 4, height: 1)
    accents.put("N\u{303}u", row: 0, column: 0)
    #expect(accents[0, 0].text == "N\u{303}")
    #expect(accents.line(0) == "N\u{303}u  ")
  }

  @Test("out-of-range writes are ignored")
  func outside() {
    var grid = TextGrid(width: 3, height: 1)
    #expect(grid.put("abc", row: 5, column: 0) == 0)
    grid.fill(row: 0, column: -2, columns: 10, style: .header, character: "=")
    #expect(grid.line(0) == "===")
    #expect(grid[7, 7] == .blank)
  }

  @Test("golden form shows the right edge and the style layer")
  func golden() {
    var grid = TextGrid(width: 4, height: 2)
    grid.put("ab", row: 0, column: 0, style: .label)
    grid.put("!", row: 1, column: 3, style: .error)
    #expect(grid.golden() == "ab  |\n   !|\n")
    #expect(grid.golden(includeStyles: true) == "ab  |\n   !|\n-- styles --\nll  |\n   E|\n")
  }
}
