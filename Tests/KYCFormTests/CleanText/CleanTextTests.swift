import Foundation
import KiraModels
import Testing

@testable import KYCForm

/// NFC, invisible characters, byte limits and escaped messages.
@Suite("Clean text")
struct CleanTextTests {
  static let invisibles: [(String, UInt32)] = [
    ("zero-width space", 0x200B), ("zero-width non-joiner", 0x200C), ("zero-width joiner", 0x200D),
    ("left-to-right mark", 0x200E), ("right-to-left override", 0x202E), ("left-to-right embedding", 0x202A),
    ("first strong isolate", 0x2068), ("pop directional isolate", 0x2069), ("word joiner", 0x2060),
    ("BOM", 0xFEFF), ("soft hyphen", 0x00AD), ("line separator", 0x2028), ("paragraph separator", 0x2029),
    ("private use", 0xE000), ("tag A", 0xE0041), ("cancel tag", 0xE007F), ("Hangul filler", 0x3164),
    ("Hangul choseong filler", 0x115F), ("Hangul jungseong filler", 0x1160), ("half-width filler", 0xFFA0),
    ("variation selector 16", 0xFE0F), ("Mongolian vowel separator", 0x180E), ("escape", 0x1B),
    ("bell", 0x07),
    ("delete", 0x7F), ("C1 CSI", 0x9B),
  ]

  @Test("names and free text refuse invisible and formatting characters", arguments: invisibles)
  func refused(_ name: String, _ code: UInt32) {
    let scalar = Unicode.Scalar(code)!
    for field in [
      FieldID.firstName, .lastName, .middleName, .occupation, .addressStreet, .addressCity, .email,
    ] {
      let value = field == .email ? "ma\(Character(scalar))ria@example.com" : "Ma\(Character(scalar))ria"
      let issues = ok(field, value).issues()
      #expect(!issues.isEmpty, "\(field) \(name)")
      #expect(
        issues.contains {
          $0.code == "invisible_characters" || $0.code == "control_characters" || $0.code == "invalid_email"
        },
        "\(field) \(name): \(issues.map(\.code))")
      for issue in issues {
        #expect(!issue.message.unicodeScalars.contains(scalar), "\(field) \(name) echoed: \(issue.message)")
      }
    }
  }

  @Test("a name that is only a filler or marks has no letter; fillers are refused first")
  func nameNeedsALetter() {
    #expect(ok(.firstName, "\u{3164}").issues().first?.code == "invisible_characters")
    #expect(ok(.firstName, "\u{0301}\u{0301}").issues().first?.code == "invalid_name")
    #expect(ok(.firstName, "María").issues().isEmpty)
    #expect(ok(.firstName, "Ana-María O'Neil").issues().isEmpty)
  }

  @Test("one letter with 3,000 combining marks is one character but fails the byte bound")
  func combiningMarks() {
    let zalgo = "a" + String(repeating: "\u{0301}", count: 3_000)
    #expect(zalgo.count == 1)
    let issue = ok(.firstName, zalgo).issues().first
    #expect(issue?.code == "too_long")
    #expect(issue?.message.contains("bytes") == true)
  }

  @Test("every value is NFC: a decomposed name is stored composed, as Foundation composes it")
  func nfc() {
    let form = OnboardingForm.individual
    let decomposed = "Jose\u{0301} N\u{0303}u\u{0301}n\u{0303}ez"
    let stored = form.normalized(decomposed, for: .firstName)
    #expect(stored == "José Ñúñez")
    #expect(stored.unicodeScalars.count == "José Ñúñez".unicodeScalars.count)
    for sample in [decomposed, "e\u{0301}\u{0327}", "\u{1100}\u{1161}\u{11A8}", "Å", "ﬁ", "한국어", "ǅ", "ẛ̣"] {
      #expect(
        CleanText.nfc(sample).unicodeScalars.elementsEqual(
          sample.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
    // A file path is kept byte for byte.
    #expect(form.normalized("/tmp/Jose\u{0301}.jpg", for: .documentFrontImage) == "/tmp/Jose\u{0301}.jpg")
  }

  @Test("escaped shows invisible characters as \\u{...} and leaves the rest")
  func escaped() {
    #expect(CleanText.escaped("abc\u{1B}[2J\u{07}\u{202E}d") == "abc\\u{001B}[2J\\u{0007}\\u{202E}d")
    #expect(CleanText.escaped("María · ok") == "María · ok")
    let issue = ValidationIssue(
      field: "x", path: "a\u{1B}b", code: "c", message: "got \"\u{1B}]0;pwned\u{07}\"")
    #expect(issue.message == "got \"\\u{001B}]0;pwned\\u{0007}\"")
    #expect(issue.path == "a\\u{001B}b")
  }
}

/// Punycode (RFC 3492) and the email domain read as IDNA.
@Suite("Punycode and IDNA emails")
struct PunycodeTests {
  static let vectors: [(String, String)] = [
    ("münchen", "mnchen-3ya"), ("bücher", "bcher-kva"), ("mañana", "maana-pta"), ("méxico", "mxico-bsa"),
    ("他们为什么不说中文", "ihqwcrb4cv8a8dqg056pqjye"),
    ("ليهمابتكلموشعربي؟", "egbpdaj6bu4bxfgehfvwxn"),
    ("почемужеонинеговорятпорусски", "b1abfaaepdrnnbgefbadotcwatmq2g4l"),
    ("3年b組金八先生", "3b-ww4c5e180e575a65lsy2b"), ("pass", "pass-"),
  ]

  @Test("RFC 3492 samples encode and decode", arguments: vectors)
  func roundTrip(_ unicode: String, _ encoded: String) {
    #expect(Punycode.encode(unicode) == encoded)
    #expect(Punycode.decode(encoded) == unicode)
  }

  @Test("random labels round-trip; random ASCII never crashes the decoder")
  func randomRoundTrip() {
    var generator = SeededGenerator(state: 3492)
    let pools: [ClosedRange<UInt32>] = [
      0x61...0x7A, 0xE0...0x17F, 0x400...0x4FF, 0x4E00...0x9FFF, 0x1F600...0x1F64F,
    ]
    for _ in 0..<2_000 {
      var label = String.UnicodeScalarView()
      for _ in 0..<Int.random(in: 1...20, using: &generator) {
        let pool = pools.randomElement(using: &generator)!
        label.append(Unicode.Scalar(UInt32.random(in: pool, using: &generator))!)
      }
      let text = String(label)
      let encoded = Punycode.encode(text)
      #expect(encoded != nil)
      #expect(encoded.flatMap(Punycode.decode) == text, "\(text.debugDescription)")
      let junk = String(
        (0..<Int.random(in: 0...30, using: &generator)).map { _ in
          "abcxyz0189-".randomElement(using: &generator)!
        })
      _ = Punycode.decode(junk)
    }
  }

  @Test("a Unicode domain and its Punycode are the same address")
  func sameAddress() {
    let form = OnboardingForm.individual
    let unicode = form.normalized("maria@México.mx", for: .email)
    let puny = form.normalized("maria@XN--MXICO-BSA.mx", for: .email)
    #expect(unicode == "maria@méxico.mx")
    #expect(puny == unicode)
    #expect(ok(.email, "maria@méxico.mx").issues().isEmpty)
    #expect(ok(.email, "maria@xn--mxico-bsa.mx").issues().isEmpty)
    #expect(ok(.email, "ana@xn--a.com").issues().first?.code == "invalid_email")
    #expect(ok(.email, "ana@ab--cd.com").issues().first?.code == "invalid_email")
    #expect(ok(.email, "ana@exa\u{200B}mple.com").issues().first?.code == "invisible_characters")
  }
}
