/// A single-line text editor as a pure value: the text plus a cursor counted
/// in graphemes (so "é" typed as e + combining accent, or "山", is one step).
/// Screens draw it with `visibleSlice(width:)`; the wizard feeds it keys.
public struct LineEditor: Sendable, Hashable {
  /// The text being edited, one grapheme per element.
  public private(set) var characters: [Character] {
    didSet { isSelected = false }
  }
  /// The cursor position, from 0 (before the first grapheme) to `count`.
  public private(set) var cursor: Int {
    didSet { isSelected = false }
  }
  /// True when the whole text is selected, as a browser selects a field's
  /// value on entering it: the next typed or pasted character, Backspace or
  /// Delete replaces it; moving the cursor keeps it for editing. Any change
  /// of the text or the cursor ends the selection.
  public private(set) var isSelected = false

  /// An editor holding `text` with the cursor at the end (or at `cursor`,
  /// clamped to the text).
  public init(text: String = "", cursor: Int? = nil) {
    self.characters = Array(LineEditor.sanitized(text))
    self.cursor = min(max(0, cursor ?? characters.count), characters.count)
  }

  /// The text as a string.
  public var text: String { String(characters) }

  /// Number of graphemes.
  public var count: Int { characters.count }

  /// True when there is no text.
  public var isEmpty: Bool { characters.isEmpty }

  /// True when the cursor is after the last grapheme.
  public var isCursorAtEnd: Bool { cursor == characters.count }

  // MARK: - Changing the text

  /// Selects the whole text (nothing when it is empty).
  public mutating func selectAll() {
    isSelected = !characters.isEmpty
  }

  /// Replaces the whole text and puts the cursor at its end.
  public mutating func setText(_ text: String) {
    characters = Array(LineEditor.sanitized(text))
    cursor = characters.count
  }

  /// Inserts one grapheme at the cursor. Control characters are ignored; a
  /// combining mark typed on its own joins the grapheme before the cursor.
  public mutating func insert(_ character: Character) {
    insert(String(character))
  }

  /// Inserts text at the cursor (control characters dropped, line breaks and
  /// tabs turned into spaces) and moves the cursor after it. Graphemes that
  /// combine across the cursor (a combining accent after "e") are merged.
  public mutating func insert(_ text: String) {
    let clean = LineEditor.sanitized(text)
    guard !clean.isEmpty else { return }
    let before = String(characters[..<cursor])
    let after = String(characters[cursor...])
    let joined = before + clean
    characters = Array(joined + after)
    // Where the cursor lands: after the graphemes of `before + clean`
    // (re-segmented, since a combining mark merges with its base).
    cursor = min(joined.count, characters.count)
  }

  /// Inserts a bracketed paste at the cursor: the whole value at once, with
  /// surrounding whitespace and line breaks trimmed.
  public mutating func paste(_ text: String) {
    insert(LineEditor.trimmed(LineEditor.sanitized(text)))
  }

  /// Backspace: deletes the grapheme before the cursor.
  public mutating func deleteBackward() {
    guard cursor > 0 else { return }
    characters.remove(at: cursor - 1)
    cursor -= 1
  }

  /// Delete: deletes the grapheme under the cursor.
  public mutating func deleteForward() {
    guard cursor < characters.count else { return }
    characters.remove(at: cursor)
  }

  /// Ctrl-U: deletes everything before the cursor.
  public mutating func killToStart() {
    characters.removeSubrange(0..<cursor)
    cursor = 0
  }

  /// Ctrl-K: deletes everything from the cursor to the end.
  public mutating func killToEnd() {
    characters.removeSubrange(cursor..<characters.count)
  }

  /// Ctrl-W: deletes the word before the cursor, and the spaces after it
  /// (readline's `unix-word-rubout`: words are separated by whitespace).
  public mutating func deleteWordBackward() {
    var start = cursor
    while start > 0, characters[start - 1].isWhitespace { start -= 1 }
    while start > 0, !characters[start - 1].isWhitespace { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// Empties the editor.
  public mutating func clear() {
    characters = []
    cursor = 0
  }

  // MARK: - Moving the cursor

  /// Left: one grapheme back.
  public mutating func moveLeft() { cursor = max(0, cursor - 1) }

  /// Right: one grapheme forward.
  public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }

  /// Home / Ctrl-A: to the start.
  public mutating func moveToStart() { cursor = 0 }

  /// End / Ctrl-E: to the end.
  public mutating func moveToEnd() { cursor = characters.count }

  /// Puts the cursor at a grapheme offset (clamped).
  public mutating func moveCursor(to position: Int) {
    cursor = min(max(0, position), characters.count)
  }

  // MARK: - Keys

  /// Applies an editing key. Returns `true` when the key is an editing key
  /// (even if nothing changed, e.g. Backspace at the start), `false` when
  /// the caller should handle it (Enter, Tab, Up, function keys...).
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    if isSelected {
      switch key {
      case .character(let character) where !LineEditor.isControl(character):
        clear()
      case .paste, .backspace, .delete:
        clear()
        if key == .backspace || key == .delete { return true }
      default:
        break
      }
    }
    switch key {
    case .character(let character):
      guard !LineEditor.isControl(character) else { return false }
      insert(character)
    case .paste(let text): paste(text)
    case .left: moveLeft()
    case .right: moveRight()
    case .home, .control("a"): moveToStart()
    case .end, .control("e"): moveToEnd()
    case .backspace: deleteBackward()
    case .delete: deleteForward()
    case .control("u"): killToStart()
    case .control("k"): killToEnd()
    case .control("w"): deleteWordBackward()
    default: return false
    }
    return true
  }

  // MARK: - Cleaning input

  /// `text` without control characters; line breaks and tabs become spaces.
  static func sanitized(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "\t" || character.isNewline {
        result.append(" ")
      } else if !isControl(character) {
        result.append(character)
      }
    }
    return result
  }

  /// `text` without leading and trailing whitespace.
  static func trimmed(_ text: String) -> String {
    var slice = Substring(text)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }

  /// True for C0/C1 controls, DEL, and escape-introduced garbage.
  static func isControl(_ character: Character) -> Bool {
    character.unicodeScalars.contains { scalar in
      let value = scalar.value
      return value < 0x20 || (value >= 0x7F && value < 0xA0)
    }
  }
}
