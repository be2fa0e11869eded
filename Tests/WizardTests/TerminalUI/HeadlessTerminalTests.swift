import Testing

@testable import TerminalUI

@Suite("HeadlessTerminal")
struct HeadlessTerminalTests {
  @Test("delivers scripted keys in order, then nil")
  func keys() {
    let terminal = HeadlessTerminal(keys: [.character("a"), .enter])
    terminal.type("bc")
    #expect(terminal.nextKey(timeoutMilliseconds: 10) == .character("a"))
    #expect(terminal.nextKey(timeoutMilliseconds: 10) == .enter)
    #expect(terminal.nextKey(timeoutMilliseconds: 10) == .character("b"))
    #expect(terminal.nextKey(timeoutMilliseconds: 10) == .character("c"))
    #expect(terminal.nextKey(timeoutMilliseconds: 10) == nil)
    #expect(terminal.idlePolls == 1)
    #expect(terminal.requestedTimeouts == [10, 10, 10, 10, 10])
  }

  @Test("a resize key changes the size before it is delivered")
  func resize() {
    let terminal = HeadlessTerminal(keys: [.resize(columns: 100, rows: 30)])
    #expect(terminal.size == (80, 24))
    #expect(terminal.nextKey(timeoutMilliseconds: 0) == .resize(columns: 100, rows: 30))
    #expect(terminal.size == (100, 30))
  }

  @Test("records frames and the cells each one changed")
  func frames() {
    let terminal = HeadlessTerminal(columns: 10, rows: 2)
    var grid = TextGrid(width: 10, height: 2)
    grid.put("Mari", row: 0, column: 0)
    terminal.draw(Frame(grid: grid, cursor: (0, 4)))
    grid.put("a", row: 0, column: 4)
    terminal.draw(Frame(grid: grid, cursor: (0, 5)))
    #expect(terminal.frames.count == 2)
    #expect(terminal.diffs[0].isFullRedraw)
    #expect(terminal.diffs[1].changedCells == 1)
    #expect(terminal.screenLines == ["Maria     ", "          "])
    #expect(terminal.lastFrame?.cursor?.column == 5)
  }

  @Test("onIdle can feed more keys; shutdown is recorded")
  func idleAndShutdown() {
    let terminal = HeadlessTerminal()
    terminal.onIdle = { terminal in
      if terminal.idlePolls == 2 { terminal.enqueue([.escape]) }
    }
    #expect(terminal.nextKey(timeoutMilliseconds: 50) == nil)
    #expect(terminal.nextKey(timeoutMilliseconds: 50) == .escape)
    terminal.shutdown()
    terminal.shutdown()
    #expect(terminal.isShutDown)
    #expect(terminal.shutdownCount == 2)
  }
}
