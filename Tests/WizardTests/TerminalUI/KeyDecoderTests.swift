import Testing

@testable import TerminalUI

@Suite("KeyDecoder and PasteCollector")
struct KeyDecoderTests {
  @Test(
    "raw bytes become keys",
    arguments: [
      (UInt32(9), Key.tab),
      (13, .enter),
      (10, .enter),
      (27, .escape),
      (127, .backspace),
      (8, .backspace),
      (1, .control("a")),
      (3, .control("c")),
      (14, .control("n")),
      (16, .control("p")),
      (17, .control("q")),
      (19, .control("s")),
      (21, .control("u")),
      (23, .control("w")),
      (26, .control("z")),
      (32, .character(" ")),
      (0x61, .character("a")),
      (0xF1, .character("ñ")),
      (0x5C71, .character("山")),
    ] as [(UInt32, Key)]
  )
  func decode(value: UInt32, expected: Key) {
    #expect(KeyDecoder.key(for: Unicode.Scalar(value)!) == expected)
  }

  @Test("bytes that mean nothing are dropped", arguments: [UInt32(0), 28, 29, 30, 31, 0x85, 0x9B])
  func ignored(value: UInt32) {
    #expect(KeyDecoder.key(for: Unicode.Scalar(value)!) == nil)
  }

  @Test("a paste keeps text and line breaks, drops controls")
  func paste() {
    var collector = PasteCollector()
    for scalar in "Av. Insurgentes\r\nSur 1457\rCDMX\u{1B}\u{7}\tÑ".unicodeScalars {
      collector.append(scalar)
    }
    #expect(collector.key == .paste("Av. Insurgentes\nSur 1457\nCDMX\tÑ"))
  }

  @Test("a runaway paste is capped")
  func capped() {
    var collector = PasteCollector()
    for _ in 0..<(PasteCollector.maximumScalars + 100) { collector.append("x") }
    #expect(collector.text.unicodeScalars.count == PasteCollector.maximumScalars)
  }

  @Test(
    "display names for help screens",
    arguments: [
      (Key.control("s"), "Ctrl-S"),
      (.function(10), "F10"),
      (.function(1), "F1"),
      (.pageDown, "PgDn"),
      (.pageUp, "PgUp"),
      (.backTab, "Shift-Tab"),
      (.tab, "Tab"),
      (.enter, "Enter"),
      (.escape, "Esc"),
      (.character(" "), "Space"),
      (.character("?"), "?"),
      (.up, "Up"),
      (.backspace, "Backspace"),
      (.delete, "Delete"),
      (.home, "Home"),
      (.end, "End"),
    ] as [(Key, String)]
  )
  func displayName(key: Key, expected: String) {
    #expect(key.displayName == expected)
  }
}
