import Testing

@testable import TerminalUI

@Suite("DisplayWidth")
struct DisplayWidthTests {
  @Test(
    "columns per grapheme",
    arguments: [
      ("a", 1), ("ñ", 1), ("é", 1), ("e\u{301}", 1), ("山", 2), ("田", 2), ("한", 2), ("ｱ", 1),
      ("Ａ", 2), ("😀", 2), ("\u{7}", 0), ("\u{200B}", 0), ("·", 1), ("—", 1),
    ] as [(Character, Int)]
  )
  func character(character: Character, columns: Int) {
    #expect(DisplayWidth.of(character) == columns)
  }

  @Test("strings add up their graphemes")
  func strings() {
    #expect(DisplayWidth.of("María José Ñúñez") == 16)
    #expect(DisplayWidth.of("山田 太郎") == 9)
    #expect(DisplayWidth.of("") == 0)
  }

  @Test("truncate never exceeds the budget nor splits a wide character")
  func truncate() {
    #expect(DisplayWidth.truncate("María José", toColumns: 20) == "María José")
    #expect(DisplayWidth.truncate("María José", toColumns: 6) == "María…")
    #expect(DisplayWidth.truncate("山田太郎", toColumns: 6) == "山田…")
    #expect(DisplayWidth.truncate("山田太郎", toColumns: 4) == "山…")
    #expect(DisplayWidth.truncate("abc", toColumns: 0) == "")
    for columns in 1...9 {
      #expect(DisplayWidth.of(DisplayWidth.truncate("山a田bc太郎", toColumns: columns)) <= columns)
    }
  }
}

@Suite("DisplayWidth: the scalar fast path counts as characters do")
struct DisplayWidthFastPathTests {
  /// Pieces that mix the fast path's ranges with what must leave it.
  static let pieces: [String] = [
    "a", "Z", " ", "·", "›", "█", "░", "…", "↑", "─", "\r\n", "\t", "\u{7F}", "é", "e\u{301}", "\u{200B}",
    "\u{200D}", "\u{202E}", "\u{2060}", "\u{20DD}", "⌚", "☀\u{FE0F}", "👩\u{200D}💻", "🇲🇽", "漢", "ｱ", "한",
    "\u{0}",
  ]

  @Test("random strings of those pieces measure the same both ways")
  func sameAsCharacters() {
    // What this test found once: a joiner makes one character of two watches.
    #expect(DisplayWidth.of("⌚\u{200D}⌚") == 2)
    // One expectation at the end: a #expect per string made this test hold a
    // cooperative thread for over a minute on a loaded 2-core machine.
    var generator = SystemRandomNumberGenerator()
    var mismatches: [String] = []
    for _ in 0..<10_000 {
      let count = Int.random(in: 0...12, using: &generator)
      let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
      if DisplayWidth.of(text) != DisplayWidth.ofCharacters(text) {
        mismatches.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
  }
}
