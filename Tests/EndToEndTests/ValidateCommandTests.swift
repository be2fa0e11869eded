import Foundation
import KiraModels
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `kira-onboard validate` run as a real process on files in a temporary folder.
@Suite("validate command (end to end)")
struct ValidateCommandTests {
  /// A folder with a small JPEG, a text file and JSON bodies; removed by `cleanUp()`.
  final class Workspace {
    let folder: URL

    init() throws {
      folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("kira-validate-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Self.jpeg.write(to: folder.appendingPathComponent("front.jpg"))
      try Data("not an image".utf8).write(to: folder.appendingPathComponent("notes.jpg"))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Writes `body` as `name` and returns its path.
    func write(_ name: String, _ body: JSONValue) throws -> String {
      let url = folder.appendingPathComponent(name)
      try body.encoded(pretty: true).write(to: url)
      return url.path
    }

    /// A baseline 8x8 grey JPEG (SOI, DQT, SOF0, two one-code DHTs, SOS, one block, EOI).
    static let jpeg: Data = {
      var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
      bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00]
      bytes += [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
      bytes += [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
      bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x3F, 0xFF, 0xD9]
      return Data(bytes)
    }()
  }

  /// The reference page's body (Maria Gonzalez) with a local image path and typed-in variants.
  static func maria(file: String = "front.jpg") -> JSONValue {
    [
      "type": "individual", "verification_mode": "automatic", "first_name": "Maria", "last_name": "Gonzalez",
      "birth_date": "1990-05-15", "gender": "female", "pep_status": false,
      "email": "maria.test+1782336813@example.com", "phone": "+52 55 1234 5678",
      "nationality": "mexico", "address_street": "Av. Reforma 123", "address_city": "Ciudad de Mexico",
      "address_state": "CDMX", "address_zip_code": "06600", "address_country": "MEX",
      "document_type": "passport",
      "document_number": "G12345678", "document_country": "MEX", "immigration_status": "Non-Resident of U.S.",
      "employment_status": "employed", "current_employer": "Self", "occupation": "Software Engineer",
      "account_purpose": "receive_payments", "source_of_funds": "salary", "expected_monthly_payments": "4",
      "identifying_information": [
        [
          "type": "passport", "issuing_country": "MEX", "number": "G12345678", "expiration": "2034-05-15",
          "documents": [["type": "front", "file": .string(file)]],
        ],
        ["type": "tax_id", "issuing_country": "MEX", "number": "GODE561231GR8"],
      ],
      "additional_info": ["has_us_bank_account": "no", "has_denied_bank_account": "no"],
    ]
  }

  static let broken: JSONValue = [
    "type": "individual", "first_name": "María José", "last_name": "Ñúñez", "email": "maria@",
    "birth_date": "2023-02-29", "address_country": "United", "phone": "12345", "source_of_funds": "lottery",
  ]

  @Test("a valid body exits 0; normalised values are reported as warnings")
  func valid() async throws {
    let workspace = try Workspace()
    let path = try workspace.write("maria.json", Self.maria())
    let output = try await ExecutableRunner.run(["validate", path])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("nationality: warning: Nationality \"mexico\" is read as \"MEX\" [normalized]"))
    #expect(
      lines.contains("readiness: Kira will verify an international customer (usa-virtual-accounts complete)"))
    #expect(lines.last == "valid (2 warnings)")
  }

  @Test("an invalid body exits 65 with one `path: message [code]` line per problem")
  func invalid() async throws {
    let workspace = try Workspace()
    let path = try workspace.write("broken.json", Self.broken)
    let output = try await ExecutableRunner.run(["validate", path])
    #expect(output.status == 65)
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("birth_date: Date of birth 2023-02-29 is not a real calendar date [invalid_date]"))
    #expect(lines.contains { $0.hasPrefix("email: ") && $0.hasSuffix("[invalid_email]") })
    #expect(lines.contains { $0.hasPrefix("address_country: ") && $0.hasSuffix("[ambiguous_country]") })
    #expect(lines.contains { $0.hasPrefix("phone: ") && $0.hasSuffix("[phone_needs_country_code]") })
    #expect(lines.contains { $0.hasPrefix("source_of_funds: ") && $0.hasSuffix("[invalid_enum_value]") })
    // Every warning is a readiness reminder: one per item an international
    // customer still lacks (a field with an error gets none).
    let reminders = lines.filter { $0.hasSuffix("[missing_for_kyc]") }
    #expect(reminders.count == 12, "\(reminders)")
    #expect(lines.contains { $0.hasPrefix("gender: warning: Gender is not given: Kira needs it to verify") })
    #expect(
      lines.contains(
        "readiness: Kira will create the user but not verify it yet: missing nationality, gender, street, "
          + "city, postal code, ID document with its front image, account purpose, employment status, "
          + "occupation, politically exposed person (yes/no), tax ID, expected monthly payments"))
    #expect(lines.last == "invalid: 5 errors, 12 warnings")
  }

  @Test("--json prints exactly valid, errors and warnings")
  func json() async throws {
    let workspace = try Workspace()
    let output = try await ExecutableRunner.run([
      "validate", "--json", try workspace.write("b.json", Self.broken),
    ])
    #expect(output.status == 65)
    let report = try JSONValue.parse(Data(output.stdout.utf8))
    #expect(Set(report.objectValue?.keys.map { $0 } ?? []) == ["valid", "errors", "warnings", "readiness"])
    #expect(report["readiness"]?["will_verify"] == .bool(false))
    #expect(report["readiness"]?["category"] == "international")
    #expect(report["valid"] == .bool(false))
    let errors = try #require(report["errors"]?.arrayValue)
    #expect(errors.count == 5)
    for entry in errors + (report["warnings"]?.arrayValue ?? []) {
      #expect(
        Set(entry.objectValue?.keys.map { $0 } ?? []) == ["path", "code", "message", "rule", "expected"])
    }
    #expect(errors.contains { $0["path"] == "birth_date" && $0["code"] == "invalid_date" })

    let valid = try await ExecutableRunner.run([
      "validate", "--json", try workspace.write("m.json", Self.maria()),
    ])
    #expect(valid.status == 0)
    let validReport = try JSONValue.parse(Data(valid.stdout.utf8))
    #expect(validReport["valid"] == .bool(true))
    #expect(validReport["readiness"]?["will_verify"] == .bool(true))
    let products = try #require(validReport["readiness"]?["products"]?.arrayValue)
    #expect(products.map { $0["code"] } == ["usa-virtual-accounts", "usa-virtual-accounts-act"])
    #expect(products.map { $0["complete"] } == [.bool(true), .bool(true)])
  }

  @Test("phone messages in --json name the rule and the expected format; a national number is sent as E.164")
  func phoneMessages() async throws {
    let workspace = try Workspace()
    func body(phone: String) -> JSONValue {
      var body = Self.maria()
      if case .object(var fields) = body {
        fields["phone"] = .string(phone)
        body = .object(fields)
      }
      return body
    }
    let cases: [(String, String, [String])] = [
      (
        "+52551234567", "phone_too_short",
        ["numbers after +52 have 10 digits; this has 9", "expected +52 and 10 digits, e.g. +52 222 123 4567"]
      ),
      (
        "+52 1 55 1234 5678", "phone_too_long",
        ["did you mean +52 55 1234 5678?", "expected +52 and 10 digits"]
      ),
      ("+1 555 555 5555", "phone_not_in_use", ["is not a valid number", "expected +1 and 10 digits"]),
      ("+52 55 1234 5678 ext. 12", "phone_extension", ["has an extension (ext. 12)"]),
    ]
    for (index, (phone, code, fragments)) in cases.enumerated() {
      let output = try await ExecutableRunner.run([
        "validate", "--json", try workspace.write("p\(index).json", body(phone: phone)),
      ])
      #expect(output.status == 65, "\(phone): \(output.stdout)")
      let report = try JSONValue.parse(Data(output.stdout.utf8))
      let entry = try #require(report["errors"]?.arrayValue?.first { $0["path"] == "phone" }, "\(phone)")
      #expect(entry["code"] == .string(code), "\(phone)")
      let message = entry["message"]?.stringValue ?? ""
      for fragment in fragments { #expect(message.contains(fragment), "\(phone): \(message)") }
    }
    let national = try await ExecutableRunner.run([
      "validate", "--print-payload", try workspace.write("n.json", body(phone: "(55) 1234-5678")),
    ])
    #expect(national.status == 0, "\(national.stdout)\(national.stderr)")
    #expect(try JSONValue.parse(Data(national.stdout.utf8))["phone"] == "+525512345678")
  }

  @Test("--print-payload prints the normalised body with the image as a data URI")
  func printPayload() async throws {
    let workspace = try Workspace()
    let output = try await ExecutableRunner.run([
      "validate", "--print-payload", try workspace.write("m.json", Self.maria()),
    ])
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.hasPrefix("{\n  \"account_purpose\""))
    let body = try JSONValue.parse(Data(output.stdout.utf8))
    #expect(body["nationality"] == "MEX")
    #expect(body["phone"] == "+525512345678")
    let document = try #require(body["identifying_information"]?.arrayValue?.first)
    let file = document["documents"]?.arrayValue?.first?["file"]?.stringValue
    #expect(file == "data:image/jpeg;base64," + Workspace.jpeg.base64EncodedString())
    #expect(output.stderr.contains("[normalized]"))
  }

  @Test("a missing or wrong-type image named in the body is an error at its path")
  func badImage() async throws {
    let workspace = try Workspace()
    let missing = try await ExecutableRunner.run([
      "validate", try workspace.write("a.json", Self.maria(file: "gone.jpg")),
    ])
    #expect(missing.status == 65)
    #expect(
      missing.stdout.contains("identifying_information.0.documents.0.file: Front image: file not found"))
    let wrong = try await ExecutableRunner.run([
      "validate", try workspace.write("b.json", Self.maria(file: "notes.jpg")),
    ])
    #expect(wrong.status == 65)
    #expect(wrong.stdout.contains("[file_wrong_type]"))
  }

  @Test("--minimum-age changes the age rule")
  func minimumAge() async throws {
    let workspace = try Workspace()
    let output = try await ExecutableRunner.run([
      "validate", "--minimum-age", "120", try workspace.write("m.json", Self.maria()),
    ])
    #expect(output.status == 65)
    #expect(output.stdout.contains("at least 120 years old"))
    #expect(output.stdout.contains("[too_young]"))
  }

  @Test("unreadable file exits 66, non-JSON exits 65, both on stderr")
  func unreadable() async throws {
    let workspace = try Workspace()
    let missing = try await ExecutableRunner.run([
      "validate", workspace.folder.appendingPathComponent("nope.json").path,
    ])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("cannot read"))
    #expect(missing.stdout.isEmpty)
    let folder = try await ExecutableRunner.run(["validate", workspace.folder.path])
    #expect(folder.status == 66)
    let notJSON = workspace.folder.appendingPathComponent("x.json")
    try Data("{not json".utf8).write(to: notJSON)
    let garbage = try await ExecutableRunner.run(["validate", notJSON.path])
    #expect(garbage.status == 65)
    #expect(garbage.stderr.contains("is not valid JSON"))
  }

  @Test(
    "a body that is a FIFO, a device, a folder or a 3 GB sparse file is refused before it is read",
    arguments: [
      ("pipe.json", 66, "named pipe (FIFO), not a regular file"),
      ("/dev/zero", 66, "device, not a regular file"),
      ("huge.json", 65, "huge.json is 3.0 GB"),
    ])
  func hostileBody(name: String, status: Int32, message: String) async throws {
    let workspace = try Workspace()
    let pipe = workspace.folder.appendingPathComponent("pipe.json").path
    #expect(mkfifo(pipe, 0o600) == 0)
    let huge = open(
      workspace.folder.appendingPathComponent("huge.json").path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
    #expect(huge >= 0 && ftruncate(huge, 3_000_000_000) == 0)
    close(huge)
    let path = name.hasPrefix("/") ? name : workspace.folder.appendingPathComponent(name).path
    for command in ["validate", "submit"] {
      let output = try await ExecutableRunner.run(
        [command, path], timeout: 30)
      #expect(output.status == status, "\(command): \(output.stderr)")
      #expect(output.stderr.contains(message), "\(command): \(output.stderr)")
    }
  }

  @Test(
    "an image field naming a FIFO, a device or a 3 GB sparse file names the field and the rule",
    arguments: [
      ("pipe.jpg", "named pipe (FIFO), not a regular file; attach the image file itself [file_not_regular]"),
      ("/dev/urandom", "device, not a regular file; attach the image file itself [file_not_regular]"),
      ("huge.jpg", "is 3,000,000,000 bytes; the limit is 10,000,000 bytes (10.0 MB) [file_too_large]"),
    ])
  func hostileImage(file: String, message: String) async throws {
    let workspace = try Workspace()
    #expect(mkfifo(workspace.folder.appendingPathComponent("pipe.jpg").path, 0o600) == 0)
    let huge = open(
      workspace.folder.appendingPathComponent("huge.jpg").path, O_CREAT | O_WRONLY | O_CLOEXEC, 0o600)
    #expect(huge >= 0 && ftruncate(huge, 3_000_000_000) == 0)
    close(huge)
    let output = try await ExecutableRunner.run(
      ["validate", try workspace.write("m.json", Self.maria(file: file))], timeout: 30)
    #expect(output.status == 65)
    let line = output.stdout.split(separator: "\n").first { $0.contains(message) }
    #expect(
      line?.hasPrefix("identifying_information.0.documents.0.file: Front image: \(file) is") == true,
      "\(output.stdout)")
  }

  @Test(
    "usage errors exit 64",
    arguments: [
      ["validate"], ["validate", "--json", "--print-payload", "x.json"],
      ["validate", "--minimum-age", "-3", "x.json"], ["validate", "--bogus", "x.json"],
    ])
  func usage(arguments: [String]) async throws {
    let output = try await ExecutableRunner.run(arguments)
    #expect(output.status == 64, "\(output.stderr)")
  }

  @Test("`-` reads the body from standard input")
  func standardInput() async throws {
    let output = try await ExecutableRunner.run(["validate", "--json", "-"], input: Self.broken.encoded())
    #expect(output.status == 65)
    #expect(output.stdout.contains("\"valid\":false"))
  }
}

/// States and postcodes through `validate` (issue 16).
@Suite("validate: states and postcodes")
struct ValidateAddressTests {
  static func body(_ changes: [String: JSONValue]) -> JSONValue {
    guard case .object(var fields) = ValidateCommandTests.maria() else { return .null }
    for (key, value) in changes { fields[key] = value }
    return .object(fields)
  }

  @Test("--json names the rule and the expected format of a refused postcode and state")
  func addressJSON() async throws {
    let workspace = try ValidateCommandTests.Workspace()
    let output = try await ExecutableRunner.run([
      "validate", "--json",
      try workspace.write("a.json", Self.body(["address_zip_code": "6600", "address_state": "ZZ"])),
    ])
    #expect(output.status == 65, "\(output.stdout)")
    let report = try JSONValue.parse(Data(output.stdout.utf8))
    let errors = try #require(report["errors"]?.arrayValue)
    let postcode = try #require(errors.first { $0["path"] == "address_zip_code" })
    #expect(postcode["code"] == "postcode_leading_zero")
    #expect(postcode["rule"] == "invalid_postcode")
    #expect(postcode["expected"] == "5 digits, e.g. 02860")
    #expect(
      postcode["message"]?.stringValue?.contains(
        "Mexican postcodes have 5 digits: did a leading zero get lost?") == true)
    let state = try #require(errors.first { $0["path"] == "address_state" })
    #expect(state["code"] == "invalid_state")
    #expect(state["rule"] == "invalid_state")
    #expect(state["expected"]?.stringValue?.hasPrefix("a state code of Mexico") == true)
  }

  @Test("names become codes and postcodes their canonical form, reported as read")
  func addressNormalized() async throws {
    let workspace = try ValidateCommandTests.Workspace()
    let output = try await ExecutableRunner.run([
      "validate",
      try workspace.write(
        "u.json",
        Self.body([
          "address_country": "USA", "address_state": "California", "address_zip_code": "941051234",
          "address_city": "San Francisco",
        ])),
    ])
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains("address_state: warning: State \"California\" is read as \"CA\" [normalized]"),
      "\(lines)")
    #expect(
      lines.contains(
        "address_zip_code: warning: Postal code \"941051234\" is read as \"94105-1234\" [normalized]"))
    #expect(!lines.contains { $0.hasPrefix("address_state: ") && !$0.contains("warning") })
  }

  @Test("a California ZIP that is New York's is refused")
  func zipOfAnotherState() async throws {
    let workspace = try ValidateCommandTests.Workspace()
    let output = try await ExecutableRunner.run([
      "validate",
      try workspace.write(
        "z.json", Self.body(["address_country": "USA", "address_state": "CA", "address_zip_code": "10001"])),
    ])
    #expect(output.status == 65)
    #expect(output.stdout.contains("address_zip_code: Postal code 10001 is not in California (CA)"))
    #expect(output.stdout.contains("[postcode_state_mismatch]"))
  }
}
