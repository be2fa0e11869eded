import Testing

@testable import TerminalUI

@Suite("LineEditor")
struct LineEditorTests {
  /// Applies keys to an editor holding `text` with the cursor at `cursor`.
  private func edit(_ text: String, cursor: Int? = nil, _ keys: [Key]) -> LineEditor {
    var editor = LineEditor(text: text, cursor: cursor)
    for key in keys { editor.handle(key) }
    return editor
  }

  @Test("typing inserts at the cursor and moves it")
  func typing() {
    let editor = edit("", "Maria".map(Key.character))
    #expect(editor.text == "Maria")
    #expect(editor.cursor == 5)
    let middle = edit("Mara", cursor: 3, [.character("i")])
    #expect(middle.text == "Maria")
    #expect(middle.cursor == 4)
  }

  @Test(
    "editing keys",
    arguments: [
      // (text, cursor, keys, expected text, expected cursor)
      ("abc", 3, [Key.backspace], "ab", 2),
      ("abc", 0, [.backspace], "abc", 0),
      ("abc", 1, [.delete], "ac", 1),
      ("abc", 3, [.delete], "abc", 3),
      ("abc", 3, [.left, .left], "abc", 1),
      ("abc", 0, [.left], "abc", 0),
      ("abc", 3, [.right], "abc", 3),
      ("abc", 1, [.home], "abc", 0),
      ("abc", 1, [.end], "abc", 3),
      ("abc", 2, [.control("a")], "abc", 0),
      ("abc", 0, [.control("e")], "abc", 3),
      ("hello world", 5, [.control("u")], " world", 0),
      ("hello world", 5, [.control("k")], "hello", 5),
      ("María José", 10, [.control("w")], "María ", 6),
      ("María José  ", 12, [.control("w")], "María ", 6),
      ("one two", 3, [.control("w")], " two", 0),
      ("", 0, [.control("w")], "", 0),
    ] as [(String, Int, [Key], String, Int)]
  )
  func editingKeys(text: String, cursor: Int, keys: [Key], expectedText: String, expectedCursor: Int) {
    let editor = edit(text, cursor: cursor, keys)
    #expect(editor.text == expectedText)
    #expect(editor.cursor == expectedCursor)
  }

  @Test("the cursor moves by grapheme, not by scalar or byte")
  func graphemes() {
    // "é" as e + U+0301 and a flag are single graphemes.
    var editor = LineEditor(text: "Jose\u{301} 🇲🇽 山田")
    #expect(editor.count == 9)
    editor.handle(.backspace)
    #expect(editor.text == "Jose\u{301} 🇲🇽 山")
    editor.handle(.left)
    editor.handle(.left)
    editor.handle(.backspace)
    #expect(editor.text == "Jose\u{301}  山")
  }

  @Test("a combining mark typed after its base joins it")
  func combiningMark() {
    var editor = LineEditor(text: "Jose")
    editor.handle(.character("\u{301}"))
    #expect(editor.count == 4)
    #expect(editor.text == "Jos\u{E9}")
    #expect(editor.isCursorAtEnd)
  }

  @Test("control characters are refused; unhandled keys are left to the caller")
  func controls() {
    var editor = LineEditor(text: "ab")
    let unhandled: [Key] = [.character("\u{7}"), .enter, .tab, .up, .function(1), .control("s"), .escape]
    for key in unhandled {
      let handled = editor.handle(key)
      #expect(!handled, "\(key) should be left to the caller")
    }
    #expect(editor.text == "ab")
    let backspaceHandled = editor.handle(.backspace)
    #expect(backspaceHandled)
  }

  @Test("a paste inserts the whole value, trimmed, with line breaks as spaces")
  func paste() {
    var editor = LineEditor(text: "Calle ", cursor: 6)
    editor.handle(.paste("  Insurgentes\nSur 1457\r\n"))
    #expect(editor.text == "Calle Insurgentes Sur 1457")
    #expect(editor.isCursorAtEnd)
    var middle = LineEditor(text: "ab", cursor: 1)
    middle.handle(.paste("\u{1B}[31mX"))
    #expect(middle.text == "a[31mXb")
    #expect(middle.cursor == 6)
  }

  @Test("setText and clear")
  func replace() {
    var editor = LineEditor(text: "abc", cursor: 1)
    editor.setText("1990-05-15")
    #expect(editor.text == "1990-05-15")
    #expect(editor.cursor == 10)
    editor.clear()
    #expect(editor.isEmpty)
    #expect(editor.cursor == 0)
    #expect(LineEditor(text: "abc", cursor: 99).cursor == 3)
    #expect(LineEditor(text: "abc", cursor: -4).cursor == 0)
  }

  @Test("a selected text is replaced by typing, pasting or deleting; moving keeps it")
  func selection() {
    var editor = LineEditor(text: "female")
    editor.selectAll()
    #expect(editor.isSelected)
    editor.handle(.character("m"))
    #expect(editor.text == "m")
    #expect(!editor.isSelected)
    editor.handle(.character("a"))
    #expect(editor.text == "ma")
    editor = LineEditor(text: "female")
    editor.selectAll()
    editor.handle(.paste("male"))
    #expect(editor.text == "male")
    editor.selectAll()
    editor.handle(.delete)
    #expect(editor.isEmpty)
    editor = LineEditor(text: "female")
    editor.selectAll()
    editor.handle(.right)
    #expect(!editor.isSelected)
    editor.handle(.character("s"))
    #expect(editor.text == "females")
    var empty = LineEditor()
    empty.selectAll()
    #expect(!empty.isSelected)
  }
}
