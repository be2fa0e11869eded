import Foundation
import KiraModels
import TerminalUI
import Testing

/// The one sanitiser (`UntrustedText`) and its byte-level twin for the
/// stderr replay (`TerminalByteFilter`): every escape a terminal acts on is
/// removed whole, payload included.
@Suite("the one sanitiser and the byte filter")
struct UntrustedTextTests {
  static let sequences: [(String, String)] = [
    ("CSI", "a\u{1B}[2Jb"),
    ("CSI 8-bit", "a\u{9B}31mb"),
    ("OSC 0 title, BEL", "a\u{1B}]0;PWNED\u{07}b"),
    ("OSC 8 link, ST", "a\u{1B}]8;;https://evil.test\u{1B}\\b\u{1B}]8;;\u{1B}\\"),
    ("OSC 52 clipboard", "a\u{1B}]52;c;UFdORUQ=\u{07}b"),
    ("OSC 8-bit", "a\u{9D}0;PWNED\u{9C}b"),
    ("DCS", "a\u{1B}P1$qPWNED\u{1B}\\b"),
    ("DCS 8-bit", "a\u{90}PWNED\u{9C}b"),
    ("PM", "a\u{1B}^PWNED\u{1B}\\b"),
    ("APC", "a\u{1B}_PWNED\u{1B}\\b"),
    ("SOS", "a\u{1B}XPWNED\u{1B}\\b"),
    ("charset", "a\u{1B}(Bb"),
    ("reset", "a\u{1B}cb"),
    ("C1 NEL and others", "a\u{85}\u{8D}b"),
    ("bidi override and isolate", "a\u{202E}\u{2067}\u{200F}\u{061C}b"),
    ("C0 and DEL", "a\u{0}\u{7}\u{8}\u{7F}b"),
  ]

  @Test("each sequence is removed whole", arguments: sequences)
  func clean(name: String, text: String) {
    let cleaned = UntrustedText.clean(text)
    #expect(cleaned.hasPrefix("a"), "\(name)")
    #expect(cleaned.hasSuffix("b"), "\(name)")
    #expect(!cleaned.contains("PWNED"), "\(name)")
    #expect(!cleaned.unicodeScalars.contains(where: UntrustedText.isRemoved), "\(name)")
    #expect(UntrustedText.printable(text + "\nnext") == cleaned + "\nnext", "\(name)")
  }

  @Test("printable keeps the layout, drops a carriage return that could overwrite a line")
  func printableLayout() {
    #expect(UntrustedText.printable("a\r\n  b\tc") == "a\n  b c")
    #expect(UntrustedText.printable("safe\rFAKE") == "safeFAKE")
    #expect(UntrustedText.printable("María 山田 😀") == "María 山田 😀")
  }

  @Test("JSON for a terminal escapes what clean removes, keeping the meaning")
  func jsonForTerminal() throws {
    let value: JSONValue = ["name": .string("a\u{1B}]0;x\u{07}\u{85}\u{202E}b")]
    let printed = UntrustedText.jsonForTerminal(value.encodedString())
    #expect(!printed.unicodeScalars.contains { UntrustedText.isRemoved($0) })
    #expect(try JSONValue.parseStrict(Data(printed.utf8)) == value)
  }

  @Test("invalid UTF-8 becomes U+FFFD, never raw bytes")
  func invalidUTF8() {
    let cleaned = UntrustedText.clean(bytes: [0x61, 0xFF, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x62])
    #expect(cleaned.hasPrefix("a") && cleaned.hasSuffix("b"))
    #expect(cleaned.unicodeScalars.allSatisfy { $0 == "a" || $0 == "b" || $0 == "\u{FFFD}" })
  }

  @Test("the byte filter removes the same sequences from raw bytes", arguments: sequences)
  func byteFilter(name: String, text: String) {
    let output = Self.filtered(Array((text + "\n").utf8))
    #expect(output == Array((UntrustedText.clean(text) + "\n").utf8), "\(name)")
  }

  @Test("the byte filter works across chunk boundaries and turns bad bytes into ?")
  func byteFilterChunks() {
    let input = Array("x\u{1B}]0;PWNED\u{07}é\u{202E}y\n".utf8) + [0xFF, 0xC3]
    for split in 0...input.count {
      var filter = TerminalByteFilter()
      let first = Self.filtered(Array(input[..<split]), with: &filter)
      let second = Self.filtered(Array(input[split...]), with: &filter)
      #expect(first + second == Array("xéy\n?".utf8), "split at \(split)")
    }
  }

  static func filtered(_ bytes: [UInt8]) -> [UInt8] {
    var filter = TerminalByteFilter()
    return filtered(bytes, with: &filter)
  }

  static func filtered(_ bytes: [UInt8], with filter: inout TerminalByteFilter) -> [UInt8] {
    var output = [UInt8](repeating: 0, count: TerminalByteFilter.outputCapacity(forInput: bytes.count))
    let count = bytes.withUnsafeBufferPointer { input in
      output.withUnsafeMutableBufferPointer { filter.filter(input, into: $0) }
    }
    return Array(output[..<count])
  }
}
