import Testing

@testable import TerminalUI

/// What one terminal sends for one key, and the key it must decode to.
struct TerminalSequence: Sendable, CustomTestStringConvertible {
  let terminal: String
  let name: String
  let bytes: String
  let key: Key?

  init(_ terminal: String, _ name: String, _ bytes: String, _ key: Key?) {
    self.terminal = terminal
    self.name = name
    self.bytes = bytes
    self.key = key
  }

  var testDescription: String {
    let shown = bytes.unicodeScalars.map { $0 == "\u{1B}" ? "ESC " : String($0) }.joined()
    return "\(terminal) \(name): \(shown)"
  }
}

private let escape = "\u{1B}"
private let csi = "\u{1B}["
private let ss3 = "\u{1B}O"

/// The sequences of xterm, VT100, VT220, PuTTY, rxvt, the Linux console and
/// tmux/screen for the keys the wizard uses (`nil`: read and dropped).
let terminalSequences: [TerminalSequence] = [
  // xterm (normal and application cursor mode)
  .init("xterm", "Up", csi + "A", .up),
  .init("xterm", "Down", csi + "B", .down),
  .init("xterm", "Right", csi + "C", .right),
  .init("xterm", "Left", csi + "D", .left),
  .init("xterm", "Home", csi + "H", .home),
  .init("xterm", "End", csi + "F", .end),
  .init("xterm app", "Up", ss3 + "A", .up),
  .init("xterm app", "Down", ss3 + "B", .down),
  .init("xterm app", "Right", ss3 + "C", .right),
  .init("xterm app", "Left", ss3 + "D", .left),
  .init("xterm app", "Home", ss3 + "H", .home),
  .init("xterm app", "End", ss3 + "F", .end),
  .init("xterm", "Insert", csi + "2~", nil),
  .init("xterm", "Delete", csi + "3~", .delete),
  .init("xterm", "PgUp", csi + "5~", .pageUp),
  .init("xterm", "PgDn", csi + "6~", .pageDown),
  .init("xterm", "Shift-Tab", csi + "Z", .backTab),
  .init("xterm", "F1", ss3 + "P", .function(1)),
  .init("xterm", "F2", ss3 + "Q", .function(2)),
  .init("xterm", "F3", ss3 + "R", .function(3)),
  .init("xterm", "F4", ss3 + "S", .function(4)),
  .init("xterm", "F5", csi + "15~", .function(5)),
  .init("xterm", "F6", csi + "17~", .function(6)),
  .init("xterm", "F7", csi + "18~", .function(7)),
  .init("xterm", "F8", csi + "19~", .function(8)),
  .init("xterm", "F9", csi + "20~", .function(9)),
  .init("xterm", "F10", csi + "21~", .function(10)),
  .init("xterm", "F11", csi + "23~", .function(11)),
  .init("xterm", "F12", csi + "24~", .function(12)),
  // xterm with modifiers: the key without them
  .init("xterm", "Ctrl-Right", csi + "1;5C", .right),
  .init("xterm", "Ctrl-Left", csi + "1;5D", .left),
  .init("xterm", "Shift-Up", csi + "1;2A", .up),
  .init("xterm", "Alt-Down", csi + "1;3B", .down),
  .init("xterm", "Ctrl-Home", csi + "1;5H", .home),
  .init("xterm", "Shift-End", csi + "1;2F", .end),
  .init("xterm", "Ctrl-PgDn", csi + "6;5~", .pageDown),
  .init("xterm", "Ctrl-Delete", csi + "3;5~", .delete),
  .init("xterm", "Shift-F1", csi + "1;2P", .function(1)),
  .init("xterm", "Shift-F3", csi + "1;2R", .function(3)),
  .init("xterm", "Ctrl-F5", csi + "15;5~", .function(5)),
  .init("xterm", "Shift-F10", csi + "21;2~", .function(10)),
  .init("old xterm", "Shift-F1", ss3 + "2P", .function(1)),
  // VT220, tmux and screen (TERM=screen, tmux-256color)
  .init("VT220", "Home (Find)", csi + "1~", .home),
  .init("VT220", "Insert", csi + "2~", nil),
  .init("VT220", "Delete (Remove)", csi + "3~", .delete),
  .init("VT220", "End (Select)", csi + "4~", .end),
  .init("VT220", "PgUp (Prev)", csi + "5~", .pageUp),
  .init("VT220", "PgDn (Next)", csi + "6~", .pageDown),
  .init("VT220", "F6", csi + "17~", .function(6)),
  .init("tmux", "Home", csi + "1~", .home),
  .init("tmux", "End", csi + "4~", .end),
  .init("tmux", "F1", ss3 + "P", .function(1)),
  .init("tmux", "PgDn", csi + "6~", .pageDown),
  // rxvt
  .init("rxvt", "Home", csi + "7~", .home),
  .init("rxvt", "End", csi + "8~", .end),
  .init("rxvt", "F1", csi + "11~", .function(1)),
  .init("rxvt", "Shift-F3", csi + "25~", nil),
  .init("rxvt", "Ctrl-Up", ss3 + "a", nil),
  // PuTTY (default ESC [n~ function keys)
  .init("PuTTY", "F1", csi + "11~", .function(1)),
  .init("PuTTY", "F2", csi + "12~", .function(2)),
  .init("PuTTY", "F3", csi + "13~", .function(3)),
  .init("PuTTY", "F4", csi + "14~", .function(4)),
  .init("PuTTY", "F5", csi + "15~", .function(5)),
  .init("PuTTY", "Home", csi + "1~", .home),
  .init("PuTTY", "End", csi + "4~", .end),
  .init("PuTTY", "Ctrl-Up", ss3 + "A", .up),
  // Linux console
  .init("Linux", "F1", csi + "[A", .function(1)),
  .init("Linux", "F2", csi + "[B", .function(2)),
  .init("Linux", "F3", csi + "[C", .function(3)),
  .init("Linux", "F4", csi + "[D", .function(4)),
  .init("Linux", "F5", csi + "[E", .function(5)),
  .init("Linux", "F6", csi + "17~", .function(6)),
  .init("Linux", "Home", csi + "1~", .home),
  .init("Linux", "End", csi + "4~", .end),
  .init("Linux", "keypad 5", csi + "G", nil),
  // VT100 (PF1-PF4, keypad in application mode)
  .init("VT100", "PF1", ss3 + "P", .function(1)),
  .init("VT100", "PF4", ss3 + "S", .function(4)),
  .init("VT100", "keypad Enter", ss3 + "M", .enter),
  .init("VT100", "keypad 0", ss3 + "p", .character("0")),
  .init("VT100", "keypad 9", ss3 + "y", .character("9")),
  .init("VT100", "keypad -", ss3 + "m", .character("-")),
  .init("VT100", "keypad .", ss3 + "n", .character(".")),
  // Sequences no key of the wizard uses
  .init("xterm", "focus in", csi + "I", nil),
  .init("xterm", "SGR mouse", csi + "<0;12;5M", nil),
  .init("xterm", "modifyOtherKeys Ctrl-Enter", csi + "27;5;13~", nil),
  .init("kitty", "Ctrl-a", csi + "97;5u", nil),
  .init("any", "stray paste end", csi + "201~", nil),
  .init("any", "Alt-a", escape + "a", nil),
  .init("any", "Alt-ñ", escape + "ñ", nil),
  .init("any", "Alt-Backspace", escape + "\u{7F}", nil),
  .init("any", "unknown CSI", csi + "99~", nil),
  .init("any", "CSI with intermediates", csi + "1 q", nil),
]

@Suite("KeyStreamDecoder: terminal byte streams to keys")
struct KeyStreamDecoderTests {
  /// Every key of `bytes` fed at once, then the time-out a reader would call.
  static func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
    var decoder = KeyStreamDecoder()
    var keys = decoder.feed(bytes)
    if decoder.pendingWait != nil { keys += decoder.timeOut() }
    return keys
  }

  /// The same bytes fed one at a time.
  static func decodeByteByByte(_ bytes: some Sequence<UInt8>) -> [Key] {
    var decoder = KeyStreamDecoder()
    var keys: [Key] = []
    for byte in bytes { keys += decoder.feed([byte]) }
    if decoder.pendingWait != nil { keys += decoder.timeOut() }
    return keys
  }

  @Test("each terminal's sequence is its key, with nothing left to type", arguments: terminalSequences)
  func sequence(_ sequence: TerminalSequence) {
    var decoder = KeyStreamDecoder()
    let keys = decoder.feed(Array(sequence.bytes.utf8))
    #expect(keys == (sequence.key.map { [$0] } ?? []))
    #expect(decoder.pendingWait == nil, "the sequence is complete without waiting")
  }

  @Test(
    "a sequence read in pieces, then text: the key, then the text typed",
    arguments: terminalSequences)
  func splitReads(_ sequence: TerminalSequence) {
    let bytes = Array((sequence.bytes + "Ana").utf8)
    let expected = (sequence.key.map { [$0] } ?? []) + [.character("A"), .character("n"), .character("a")]
    #expect(Self.decodeByteByByte(bytes) == expected)
    // Split at every place: two reads give the same keys.
    for cut in 1..<bytes.count {
      var decoder = KeyStreamDecoder()
      let keys = decoder.feed(bytes[..<cut]) + decoder.feed(bytes[cut...])
      #expect(keys == expected, "split after byte \(cut)")
    }
  }

  @Test("a lone Esc is Esc once no byte follows in time, never before")
  func loneEscape() {
    var decoder = KeyStreamDecoder()
    #expect(decoder.feed([0x1B]).isEmpty)
    #expect(decoder.pendingWait == KeyStreamDecoder.escapeWaitMilliseconds)
    #expect(decoder.timeOut() == [.escape])
    #expect(decoder.pendingWait == nil)
    #expect(decoder.feed(Array("x".utf8)) == [.character("x")])
    #expect(KeyStreamDecoder.escapeWaitMilliseconds <= 50)
  }

  @Test("Esc twice is two Escs; Esc then an arrow is Esc and the arrow")
  func escapeTwice() {
    #expect(Self.decode([0x1B, 0x1B]) == [.escape, .escape])
    var decoder = KeyStreamDecoder()
    #expect(decoder.feed([0x1B]).isEmpty)
    #expect(decoder.timeOut() == [.escape])
    #expect(decoder.feed(Array((csi + "B").utf8)) == [.down])
  }

  @Test("a sequence cut by silence is dropped whole, not typed")
  func halfSequence() {
    var decoder = KeyStreamDecoder()
    #expect(decoder.feed(Array((csi + "1").utf8)).isEmpty)
    #expect(decoder.pendingWait != nil)
    #expect(decoder.timeOut().isEmpty)
    #expect(decoder.feed(Array("a".utf8)) == [.character("a")])
  }

  @Test("a sequence broken by a control byte or a new Esc is dropped; the byte still counts")
  func brokenSequence() {
    #expect(Self.decode(Array((csi + "1\r").utf8)) == [.enter])
    #expect(Self.decode(Array((csi + "12" + csi + "B").utf8)) == [.down])
    #expect(Self.decode(Array((csi + "[\t").utf8)) == [.tab])
  }

  @Test("an endless sequence is read to its end and dropped")
  func overlongSequence() {
    let bytes = Array((csi + String(repeating: "1;", count: 500) + "~z").utf8)
    #expect(Self.decode(bytes) == [.character("z")])
  }

  @Test("UTF-8 text in any split, invalid bytes dropped")
  func utf8() {
    let text = "Ñúñez 山田 😀"
    let expected = text.unicodeScalars.map { Key.character(Character($0)) }
    #expect(Self.decode(Array(text.utf8)) == expected)
    #expect(Self.decodeByteByByte(Array(text.utf8)) == expected)
    // A stray continuation byte, an overlong "/", a truncated 山 before "a".
    #expect(Self.decode([0x80, 0x41, 0xC0, 0xAF, 0xE5, 0xB1, 0x61]) == [.character("A"), .character("a")])
    // 0x9B (8-bit CSI) is not UTF-8: dropped, the rest typed.
    #expect(Self.decode([0x9B, 0x41]) == [.character("A")])
  }

  @Test("control bytes are the same keys as before")
  func controls() {
    #expect(
      Self.decode([9, 13, 10, 127, 8, 3, 17, 0]) == [
        .tab, .enter, .enter, .backspace, .backspace, .control("c"), .control("q"),
      ])
  }

  @Test("a bracketed paste is one key, whatever it holds, in any split")
  func paste() {
    let inside = "Av. Insurgentes\r\nSur \u{1B}[1~1457 \u{1B}[20 México"
    let bytes = Array((csi + "200~" + inside + csi + "201~x").utf8)
    let expected: [Key] = [.paste("Av. Insurgentes\nSur [1~1457 [20 México"), .character("x")]
    #expect(Self.decode(bytes) == expected)
    #expect(Self.decodeByteByByte(bytes) == expected)
  }

  @Test("a paste without its end marker ends after a silence")
  func unfinishedPaste() {
    var decoder = KeyStreamDecoder()
    #expect(decoder.feed(Array((csi + "200~Maria" + escape + "[20").utf8)).isEmpty)
    #expect(decoder.pendingWait == KeyStreamDecoder.pasteSilenceMilliseconds)
    #expect(decoder.timeOut() == [.paste("Maria[20")])
    #expect(decoder.pendingWait == nil)
  }

  @Test("a stream from tmux: Home, text, End, F1, PgDn in one read")
  func tmuxStream() {
    let bytes = Array((csi + "1~" + "ab" + csi + "4~" + ss3 + "P" + csi + "6~" + escape).utf8)
    var decoder = KeyStreamDecoder()
    #expect(decoder.feed(bytes) == [.home, .character("a"), .character("b"), .end, .function(1), .pageDown])
    #expect(decoder.timeOut() == [.escape])
  }
}
