import Foundation
import KiraModels
import Testing

@testable import KYCForm

/// The strict parser for bodies written by hand.
@Suite("Strict JSON")
struct StrictJSONTests {
  static let refused: [(String, String, Int, Int)] = [
    ("{\"a\": 1,}", "trailing_comma", 1, 8),
    ("{\n  \"a\": [1, 2,]\n}", "trailing_comma", 2, 13),
    ("{\"a\": 1, \"a\": 2}", "duplicate_key", 1, 10),
    ("{\n \"first_name\": \"A\",\n \"first_name\": \"B\"\n}", "duplicate_key", 3, 2),
    ("{\"a\": }", "invalid_json", 1, 7),
    ("{\"a\" 1}", "invalid_json", 1, 6),
    ("{'a': 1}", "invalid_json", 1, 2),
    ("{\"a\": 01}", "invalid_json", 1, 7),
    ("{\"a\": \"x\ty\"}", "invalid_json", 1, 9),
    ("{\"a\": \"\\x\"}", "invalid_json", 1, 8),
    ("{\"a\": \"\\uD800\"}", "invalid_json", 1, 8),
    ("{\"a\": 1} x", "invalid_json", 1, 10),
    ("{\"a\": tru}", "invalid_json", 1, 7),
    ("", "invalid_json", 1, 1),
    ("{\"a\": \"unclosed}", "invalid_json", 1, 7),
    ("{\"ñ\": 1,,}", "invalid_json", 1, 9),
    ("[1e999]", "invalid_json", 1, 2),
  ]

  @Test("refused with the code, line and column", arguments: refused)
  func refusedBody(_ text: String, _ code: String, _ line: Int, _ column: Int) {
    #expect(throws: JSONSyntaxError.self) { try StrictJSON.parse(Data(text.utf8)) }
    do {
      _ = try StrictJSON.parse(Data(text.utf8))
    } catch {
      #expect(error.code == code, "\(error)")
      #expect(error.line == line && error.column == column, "\(error)")
    }
  }

  @Test("invalid UTF-8 says where")
  func invalidUTF8() {
    var bytes = Array("{\n  \"first_name\": \"Mar".utf8)
    bytes += [0xC3, 0x28]  // a lead byte without its continuation
    bytes += Array("ia\"\n}".utf8)
    do {
      _ = try StrictJSON.parse(Data(bytes))
      Issue.record("accepted")
    } catch {
      #expect(error.code == "invalid_utf8")
      #expect(error.line == 2 && error.column == 21, "\(error)")
    }
    for bad: [UInt8] in [
      [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ] {
      #expect(throws: JSONSyntaxError.self) { try StrictJSON.parse(Data([0x22] + bad + [0x22])) }
    }
  }

  @Test("depth and size are bounded")
  func bounds() {
    let deep = String(repeating: "[", count: 65) + String(repeating: "]", count: 65)
    #expect(throws: JSONSyntaxError.self) { try StrictJSON.parse(Data(deep.utf8)) }
    let fine = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect((try? StrictJSON.parse(Data(fine.utf8))) != nil)
    #expect(throws: JSONSyntaxError.self) { try StrictJSON.parse(Data("[1, 2]".utf8), maxBytes: 3) }
  }

  @Test(
    "what Foundation reads, we read the same (escapes, numbers, Unicode, BOM)",
    arguments: [
      "{\"a\": \"\\u00e9\\n\\t\\\"\\\\\\/\", \"b\": [1, -2.5, 3e2, 0, -0.0, 1E-3], \"c\": {\"d\": null, \"e\": true, \"f\": false}}",
      "\u{FEFF}{\"x\": \"\\ud83d\\ude00 emoji and 日本語\"}", "  [ ]  ", "\"plain\"",
      "{\"identifying_information\": [{\"type\": \"passport\"}]}",
    ])
  func sameAsFoundation(_ text: String) throws {
    let ours = try StrictJSON.parse(Data(text.utf8))
    let theirs = try JSONValue.parse(Data(text.replacingOccurrences(of: "\u{FEFF}", with: "").utf8))
    #expect(ours == theirs)
  }
}

/// Unknown keys of a body written by hand.
@Suite("Unknown keys")
struct UnknownKeyTests {
  @Test(
    "a mistyped key names the closest Kira key, nested keys too",
    arguments: [
      ("{\"middle_nme\": \"A\"}", "middle_nme", "middle_name"),
      ("{\"First_Name\": \"A\"}", "First_Name", "first_name"),
      ("{\"birthdate\": \"1990-01-01\"}", "birthdate", "birth_date"),
      ("{\"identifying_information\": [{\"numbr\": \"1\"}]}", "identifying_information.0.numbr", "number"),
      (
        "{\"identifying_information\": [{\"type\": \"passport\", \"documents\": [{\"fiel\": \"x\"}]}]}",
        "identifying_information.0.documents.0.fiel", "file"
      ),
      (
        "{\"additional_info\": {\"has_us_bank_acount\": \"yes\"}}", "additional_info.has_us_bank_acount",
        "has_us_bank_account"
      ),
    ])
  func closest(_ body: String, _ path: String, _ suggestion: String) throws {
    let issues = OnboardingForm.individual.unknownKeyIssues(in: try StrictJSON.parse(Data(body.utf8)))
    #expect(issues.count == 1)
    #expect(issues.first?.path == path)
    #expect(issues.first?.severity == .warning)
    #expect(issues.first?.message.contains("did you mean `\(suggestion)`?") == true, "\(issues)")
  }

  @Test("the issue's own example is worded as asked")
  func example() throws {
    let issues = OnboardingForm.individual.unknownKeyIssues(in: ["middle_nme": "A", "first_name": "B"])
    #expect(
      issues.first?.message.hasPrefix("`middle_nme` is not a Kira field; did you mean `middle_name`?") == true
    )
  }

  @Test("known keys, response-only keys and metadata keys are not flagged; a far key has no suggestion")
  func known() {
    let body: JSONValue = [
      "first_name": "A", "id": "usr_1", "created_at": "x", "metadata": ["anything": "v"],
      "identifying_information": [["type": "ssn", "number": "1", "issuing_country": "USA"]],
    ]
    #expect(OnboardingForm.individual.unknownKeyIssues(in: body).isEmpty)
    let far = OnboardingForm.individual.unknownKeyIssues(in: ["zzzzqqqq": "1"])
    #expect(far.first?.message.contains("did you mean") == false)
  }
}
