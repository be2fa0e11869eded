import Testing

@testable import TerminalUI

@Suite("LineEditor.visibleSlice")
struct VisibleSliceTests {
  @Test("short text is shown whole with the cursor at its column")
  func fits() {
    let slice = LineEditor(text: "María", cursor: 2).visibleSlice(width: 10)
    #expect(slice.text == "María")
    #expect(slice.cursorColumn == 2)
    #expect(!slice.isClippedLeft)
    #expect(!slice.isClippedRight)
  }

  @Test("long text scrolls so the cursor stays visible")
  func scrolls() {
    let text = "abcdefghijklmnopqrstuvwxyz"
    let atEnd = LineEditor(text: text).visibleSlice(width: 10)
    #expect(atEnd.text == "rstuvwxyz")
    #expect(atEnd.cursorColumn == 9)
    #expect(atEnd.isClippedLeft)
    #expect(!atEnd.isClippedRight)

    let atStart = LineEditor(text: text, cursor: 0).visibleSlice(width: 10)
    #expect(atStart.text == "abcdefghij")
    #expect(atStart.cursorColumn == 0)
    #expect(!atStart.isClippedLeft)
    #expect(atStart.isClippedRight)

    let middle = LineEditor(text: text, cursor: 15).visibleSlice(width: 10)
    #expect(middle.text == "ghijklmnop")
    #expect(middle.cursorColumn == 9)
    #expect(middle.isClippedLeft && middle.isClippedRight)
  }

  @Test("wide characters count two columns and are never split")
  func wide() {
    // 山田太郎 is 8 columns; in 5 columns only two fit at the start.
    let start = LineEditor(text: "山田太郎", cursor: 0).visibleSlice(width: 5)
    #expect(start.text == "山田")
    #expect(start.cursorColumn == 0)
    // At the end: the cursor needs a column, so 4 columns of text remain.
    let end = LineEditor(text: "山田太郎").visibleSlice(width: 5)
    #expect(end.text == "太郎")
    #expect(end.cursorColumn == 4)
    // Cursor on a wide character that would not fit: scrolled to show it.
    let onWide = LineEditor(text: "ab山田", cursor: 3).visibleSlice(width: 4)
    #expect(onWide.text == "山田")
    #expect(onWide.cursorColumn == 2)
    for width in 1...9 {
      for cursor in 0...4 {
        let slice = LineEditor(text: "山a田b", cursor: cursor).visibleSlice(width: width)
        #expect(DisplayWidth.of(slice.text) <= width)
        #expect(slice.cursorColumn < width)
      }
    }
  }

  @Test("combining marks take no column")
  func combining() {
    let slice = LineEditor(text: "Nu\u{303}n\u{303}ez").visibleSlice(width: 10)
    #expect(slice.text == "Nu\u{303}n\u{303}ez")
    #expect(slice.cursorColumn == 5)
  }

  @Test("a zero width field shows nothing")
  func zeroWidth() {
    let slice = LineEditor(text: "abc", cursor: 1).visibleSlice(width: 0)
    #expect(slice.text.isEmpty)
    #expect(slice.isClippedLeft && slice.isClippedRight)
  }
}
