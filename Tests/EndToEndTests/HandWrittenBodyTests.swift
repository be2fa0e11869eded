import Foundation
import KiraModels
import Testing

/// Bodies written by hand: strict JSON with line and column, unknown keys
/// with the closest Kira key, and no raw control or bidi character of the
/// body ever reaching the operator's terminal.
@Suite("hand-written bodies (end to end)")
struct HandWrittenBodyTests {
  final class Folder {
    let url: URL
    init() throws {
      url = FileManager.default.temporaryDirectory.appendingPathComponent("kira-bodies-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    func write(_ name: String, _ text: String) throws -> String {
      let file = url.appendingPathComponent(name)
      try Data(text.utf8).write(to: file)
      return file.path
    }

    func write(_ name: String, bytes: [UInt8]) throws -> String {
      let file = url.appendingPathComponent(name)
      try Data(bytes).write(to: file)
      return file.path
    }
  }

  static let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{202E}"

  /// Every kind of field the old text output echoed raw: names, countries,
  /// dates, choices, yes/no, the file path, plus an unknown key.
  static var hostileBody: JSONValue {
    let h = hostile
    return .object([
      "type": "individual", "first_name": .string("Ana\(h)"), "last_name": .string("R\(h)"),
      "email": .string("ana\(h)@example.com"), "birth_date": .string("1990-05-15\(h)"),
      "gender": .string("male\(h)"), "nationality": .string("MEX\(h)"), "address_country": .string("MEX\(h)"),
      "language": .string("es\(h)"), "employment_status": .string("employed\(h)"),
      "source_of_funds": .string("salary\(h)"), "pep_status": .string("no\(h)"),
      "verification_mode": .string("automatic\(h)"),
      "additional_info": .object(["has_us_bank_account": .string("no\(h)")]),
      "identifying_information": .array([
        .object([
          "type": .string("passport\(h)"), "issuing_country": .string("MEX\(h)"), "number": "G12345678",
          "expiration": .string("2099-01-01\(h)"),
          "documents": .array([.object(["type": "front", "file": .string("front\(h).jpg")])]),
        ])
      ]),
      "middle_nme\(h)": "x",
    ])
  }

  static func rawTroubles(_ text: String) -> [String] {
    var found: [String] = []
    if text.unicodeScalars.contains("\u{1B}") { found.append("ESC") }
    if text.unicodeScalars.contains("\u{07}") { found.append("BEL") }
    if text.unicodeScalars.contains("\u{202E}") { found.append("RLO") }
    return found
  }

  @Test("text-mode validate and submit never echo ESC, BEL or U+202E from any field")
  func noRawControls() async throws {
    let folder = try Folder()
    let path = try folder.write("hostile.json", Self.hostileBody.encodedString(pretty: true))
    let text = try await ExecutableRunner.run(["validate", path])
    #expect(text.status == 65)
    #expect(Self.rawTroubles(text.stdout + text.stderr).isEmpty, "\(text.stdout.debugDescription)")
    #expect(text.stdout.contains("\\u{001B}"))
    let lines = text.stdout.split(separator: "\n")
    #expect(lines.count >= 13, "\(text.stdout)")
    let json = try await ExecutableRunner.run(["validate", "--json", path])
    #expect(Self.rawTroubles(json.stdout + json.stderr).isEmpty)
    let submit = try await ExecutableRunner.run(
      ["submit", path],
      environment: [
        "KIRA_ONBOARD_LOG": "off", "XDG_CONFIG_HOME": folder.url.path, "XDG_DATA_HOME": folder.url.path,
        "XDG_STATE_HOME": folder.url.path,
      ])
    #expect(submit.status == 65, "\(submit.stderr)")
    #expect(Self.rawTroubles(submit.stdout + submit.stderr).isEmpty, "\(submit.stderr.debugDescription)")
  }

  @Test("a mistyped key is a warning naming the closest Kira key, nested keys too")
  func unknownKeys() async throws {
    let folder = try Folder()
    let body = """
      {"type": "individual", "first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com",
       "middle_nme": "Luz",
       "identifying_information": [{"type": "passport", "issuing_country": "MEX", "numbr": "G1"}]}
      """
    let output = try await ExecutableRunner.run(["validate", try folder.write("typo.json", body)])
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains {
        $0.hasPrefix("middle_nme: warning: `middle_nme` is not a Kira field; did you mean `middle_name`?")
      },
      "\(output.stdout)")
    #expect(lines.contains { $0.contains("identifying_information.0.numbr") && $0.contains("`number`") })
  }

  @Test(
    "a trailing comma, a duplicate key and invalid UTF-8 are errors with line and column",
    arguments: [
      ("comma.json", "{\n  \"first_name\": \"Ana\",\n}", "line 2, column 22", "trailing_comma"),
      ("dup.json", "{\"email\": \"a@b.co\",\n \"email\": \"c@d.co\"}", "line 2, column 2", "duplicate_key"),
    ])
  func syntax(_ name: String, _ text: String, _ place: String, _ code: String) async throws {
    let folder = try Folder()
    for command in ["validate", "submit"] {
      let output = try await ExecutableRunner.run(
        [command, try folder.write(name, text)], environment: ["KIRA_ONBOARD_LOG": "off"])
      #expect(output.status == 65, "\(command): \(output.stderr)")
      #expect(
        output.stderr.contains(place) && output.stderr.contains("[\(code)]"), "\(command): \(output.stderr)")
    }
  }

  @Test("invalid UTF-8 says the line and column")
  func invalidUTF8() async throws {
    let folder = try Folder()
    let path = try folder.write(
      "latin1.json", bytes: Array("{\n\"first_name\": \"Jos".utf8) + [0xE9] + Array("\"}".utf8))
    let output = try await ExecutableRunner.run(["validate", path])
    #expect(output.status == 65)
    #expect(
      output.stderr.contains("line 2, column 19") && output.stderr.contains("[invalid_utf8]"),
      "\(output.stderr)")
  }

  @Test("--json names the rule and the expected format of every problem, tax numbers included")
  func jsonRuleAndExpected() async throws {
    let folder = try Folder()
    let body = """
      {"type": "individual", "first_name": "Ana", "last_name": "Ruiz", "email": "ana@example",
       "address_country": "BRA", "birth_date": "1990-02-30",
       "identifying_information": [{"type": "tax_id", "number": "GODE561231GR8"}]}
      """
    let output = try await ExecutableRunner.run(["validate", "--json", try folder.write("b.json", body)])
    let report = try JSONValue.parse(Data(output.stdout.utf8))
    let entries = (report["errors"]?.arrayValue ?? []) + (report["warnings"]?.arrayValue ?? [])
    #expect(!entries.isEmpty)
    for entry in entries {
      #expect(entry["rule"]?.stringValue?.isEmpty == false, "\(entry)")
      #expect(entry["expected"]?.stringValue?.isEmpty == false, "\(entry)")
    }
    let tax = entries.first { $0["path"] == "identifying_information.0.number" }
    #expect(tax?["code"] == "tax_id_other_country")
    #expect(tax?["rule"] == "invalid_tax_id")
    #expect(
      tax?["message"]?.stringValue?.contains("this looks like a Mexican RFC; the tax country is Brazil")
        == true)
    #expect(tax?["expected"]?.stringValue?.contains("11 digits") == true)
  }
}
