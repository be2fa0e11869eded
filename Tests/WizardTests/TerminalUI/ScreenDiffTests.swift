import Testing

@testable import TerminalUI

@Suite("ScreenDiff")
struct ScreenDiffTests {
  private func grid(_ lines: [String], width: Int = 20) -> TextGrid {
    var grid = TextGrid(width: width, height: lines.count)
    for (row, line) in lines.enumerated() { grid.put(line, row: row, column: 0) }
    return grid
  }

  @Test("the first frame and a size change redraw every row")
  func fullRedraw() {
    let next = grid(["abc", "def"])
    let first = ScreenDiff(from: nil, to: next)
    #expect(first.isFullRedraw)
    #expect(first.runs.count == 2)
    #expect(first.changedCells == 40)
    let resized = ScreenDiff(from: grid(["abc"], width: 10), to: next)
    #expect(resized.isFullRedraw)
  }

  @Test("identical grids give no runs")
  func unchanged() {
    let diff = ScreenDiff(from: grid(["abc", "def"]), to: grid(["abc", "def"]))
    #expect(diff.isEmpty)
    #expect(!diff.isFullRedraw)
  }

  @Test("one typed character is one cell")
  func typedCharacter() {
    let diff = ScreenDiff(from: grid(["Name: Mari"]), to: grid(["Name: Maria"]))
    #expect(diff.runs == [ScreenDiff.Run(row: 0, column: 10, cells: [Cell(text: "a")])])
  }

  @Test("close changes merge into one run, distant ones do not")
  func merging() {
    let close = ScreenDiff(from: grid(["abcdefgh"]), to: grid(["XbcYefgh"]))
    #expect(close.runs.count == 1)
    #expect(close.runs[0].column == 0)
    #expect(close.runs[0].columns == 4)
    let far = ScreenDiff(from: grid(["abcdefghijkl"]), to: grid(["XbcdefghijkY"]))
    #expect(far.runs.map(\.column) == [0, 11])
    let unmerged = ScreenDiff(from: grid(["abcdefgh"]), to: grid(["XbcYefgh"]), mergeGap: 0)
    #expect(unmerged.runs.map(\.column) == [0, 3])
  }

  @Test("a style change alone is a change")
  func styleChange() {
    let before = grid(["Name: Maria"])
    var after = before
    after.restyle(row: 0, column: 6, columns: 5, style: .focused)
    let diff = ScreenDiff(from: before, to: after)
    #expect(diff.runs.count == 1)
    #expect(diff.runs[0].column == 6)
    #expect(diff.runs[0].cells.allSatisfy { $0.style == .focused })
  }

  @Test("runs never start or end inside a wide character")
  func wideCharacters() {
    // 山 (2 columns) replaced by "ab": both halves redrawn.
    let narrowed = ScreenDiff(from: grid(["x山y"]), to: grid(["xaby"]), mergeGap: 0)
    #expect(narrowed.runs.count == 1)
    #expect(narrowed.runs[0].column == 1)
    #expect(narrowed.runs[0].columns == 2)
    // Only the style of 田 changes: the run covers both of its cells.
    let before = grid(["山田"])
    var after = before
    after.restyle(row: 0, column: 3, columns: 1, style: .error)
    let restyled = ScreenDiff(from: before, to: after, mergeGap: 0)
    #expect(restyled.runs.count == 1)
    #expect(restyled.runs[0].column == 2)
    #expect(restyled.runs[0].columns == 2)
    #expect(!restyled.runs[0].cells[0].isContinuation)
  }

  @Test("moving focus between two fields changes only those fields")
  func focusMove() {
    var before = TextGrid(width: 80, height: 24)
    before.put("First name", row: 4, column: 2, style: .label)
    before.put("María José", row: 4, column: 20, style: .focused)
    before.put("Last name", row: 6, column: 2, style: .label)
    before.put("Ñúñez", row: 6, column: 20, style: .input)
    var after = before
    after.restyle(row: 4, column: 20, columns: 10, style: .input)
    after.restyle(row: 6, column: 20, columns: 5, style: .focused)
    let diff = ScreenDiff(from: before, to: after)
    #expect(diff.runs.map(\.row) == [4, 6])
    #expect(diff.changedCells == 15)
  }
}
