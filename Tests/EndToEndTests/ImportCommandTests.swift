import Foundation
import KiraModels
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// `kira-onboard import` end to end: the built binary against a
/// `kira-onboard sandbox` process, proven from the sandbox's side (its
/// request log, its users, what its rate limit saw). The batch tests share
/// nothing but run one at a time: each paces itself to the sandbox's limit
/// and is mostly idle, so they do not starve the suites running beside them.
@Suite("import: batch onboarding at Kira's rate limit, end to end", .serialized)
struct ImportCommandTests {
  typealias SandboxProcess = SubmitCommandTests.SandboxProcess

  /// Rows of the big batches (the issue asks for 200; `KIRA_IMPORT_TEST_ROWS` changes it).
  static let batchSize = ProcessInfo.processInfo.environment["KIRA_IMPORT_TEST_ROWS"].flatMap(Int.init) ?? 200

  /// A folder with `front.jpg` and batch files written into it.
  struct Batch {
    let folder: URL
    let tag = UUID().uuidString.prefix(8).lowercased()

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "kira-import-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let jpeg: [UInt8] = [
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9,
      ]
      try Data(jpeg).write(to: folder.appendingPathComponent("front.jpg"))
    }

    var store: URL { folder.appendingPathComponent("store") }

    func email(_ row: Int) -> String { "applicant.\(tag).\(row)@example.com" }

    static let englishHeaders = [
      "first_name", "last_name", "email", "birth_date", "phone", "nationality", "address_street",
      "address_city",
      "address_state", "address_zip_code", "address_country", "document.type", "document.number",
      "document.country", "document.expiration", "document.front_image", "employment_status", "occupation",
      "current_employer", "source_of_funds", "account_purpose",
    ]
    static let spanishHeaders = [
      "Nombre", "Apellidos", "Correo electrónico", "Fecha de nacimiento", "Teléfono", "Nacionalidad", "Calle",
      "Ciudad", "Estado", "Código postal", "País", "Tipo de documento", "Número de documento",
      "País de emisión",
      "Fecha de vencimiento", "Imagen del frente", "Situación laboral", "Ocupación", "Empleador actual",
      "Origen de los fondos", "Propósito de la cuenta",
    ]

    func cells(_ row: Int) -> [String] {
      [
        "Ana María", "Ruiz, de la O", email(row), "1990-05-15", "+52 55 1234 5678", "MEX", "Av. Reforma 123",
        "Ciudad de México", "CDMX", "06600", "MEX", "passport", "G12345678", "MEX", "2030-05-15", "front.jpg",
        "employed", "Engineer", "Acme", "salary", "receive_payments",
      ]
    }

    /// A CSV of `rows` applicants (CRLF, quoted where needed), `edit` changing cells.
    func writeCSV(
      _ name: String, rows: Int, headers: [String] = Batch.englishHeaders,
      edit: (Int, inout [String]) -> Void = { _, _ in }
    ) throws -> URL {
      func quote(_ cell: String) -> String {
        cell.contains(where: { ",\"\r\n".contains($0) })
          ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
      }
      var text = "\u{FEFF}" + headers.map(quote).joined(separator: ",") + "\r\n"
      for row in 1...rows {
        var cells = cells(row)
        edit(row, &cells)
        text += cells.map(quote).joined(separator: ",") + "\r\n"
      }
      let url = folder.appendingPathComponent(name)
      try Data(text.utf8).write(to: url)
      return url
    }

    /// The same applicants as JSON Lines bodies.
    func writeJSONLines(_ name: String, rows: Int) throws -> URL {
      var lines: [String] = []
      for row in 1...rows {
        let body: JSONValue = [
          "type": "individual", "first_name": "Ana", "last_name": "Ruiz", "email": .string(email(row)),
          "birth_date": "1990-05-15", "phone": "+525512345678", "nationality": "MEX",
          "address_street": "Av. Reforma 123", "address_city": "Ciudad de Mexico", "address_state": "CDMX",
          "address_zip_code": "06600", "address_country": "MEX", "employment_status": "employed",
          "occupation": "Engineer", "current_employer": "Acme", "source_of_funds": "salary",
          "account_purpose": "receive_payments",
          "identifying_information": [
            [
              "type": "passport", "issuing_country": "MEX", "number": "G12345678", "expiration": "2030-05-15",
              "documents": [["type": "front", "file": "front.jpg"]],
            ]
          ],
        ]
        lines.append(body.encodedString())
      }
      let url = folder.appendingPathComponent(name)
      try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
      return url
    }

    func environment(_ sandbox: SandboxProcess) -> [String: String] {
      var environment = sandbox.clientEnvironment
      environment["KIRA_ONBOARD_STORE"] = store.path
      return environment
    }
  }

  /// The sandbox's users, checked: exactly `count`, one per e-mail, all of this batch.
  private func expectUsersOnce(_ sandbox: SandboxProcess, batch: Batch, count: Int) async throws {
    let emails = try await sandbox.users().compactMap { $0["email"]?.stringValue }
    #expect(emails.count == count, "the sandbox has \(emails.count) users, expected \(count)")
    #expect(Set(emails).count == emails.count, "some e-mail was created twice")
    #expect(Set(emails) == Set((1...count).map(batch.email)))
  }

  private func rateLimitStats(_ sandbox: SandboxProcess) async throws -> JSONValue {
    try JSONValue.parse(await sandbox.call("GET", "/_sandbox/rate-limit"))
  }

  // MARK: Validation

  @Test("an invalid row stops the batch before anything is sent; the report names row, field and rule")
  func invalidRowSendsNothing() async throws {
    let sandbox = try await SandboxProcess()
    let batch = try Batch()
    let file = try batch.writeCSV("three.csv", rows: 3) { row, cells in
      if row == 2 {
        cells[2] = "not-an-email"
        cells[3] = "1990-02-30"
      }
    }
    let results = batch.folder.appendingPathComponent("results.json")
    let run = try await ExecutableRunner.run(
      ["import", file.path, "--results", results.path], environment: batch.environment(sandbox))
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stdout.contains("row 2 (line 3): email: "))
    #expect(run.stdout.contains("[invalid_email]"))
    #expect(run.stdout.contains("row 2 (line 3): birth_date: ") && run.stdout.contains("[invalid_date]"))
    #expect(run.stdout.contains("validation: 2 valid, 1 invalid (of 3 rows)"))
    #expect(run.stdout.contains("nothing was sent"))
    #expect(try await sandbox.requests().isEmpty)
    let written = try JSONValue.parse(Data(contentsOf: results))
    #expect(
      written["rows"]?.arrayValue?.map { $0["status"]?.stringValue } == ["not_sent", "invalid", "not_sent"])

    // --skip-invalid sends the two others; the invalid row is reported as skipped.
    let skipping = try await ExecutableRunner.run(
      ["import", file.path, "--skip-invalid", "--results", results.path],
      environment: batch.environment(sandbox))
    #expect(skipping.status == 65, "\(skipping.stderr)")
    #expect(try await sandbox.requests().filter { $0.path == "v1/users" }.count == 2)
    let statuses = try JSONValue.parse(Data(contentsOf: results))["rows"]?.arrayValue?.map {
      $0["status"]?.stringValue
    }
    #expect(statuses == ["created", "skipped", "created"])
    _ = try await sandbox.stop()
  }

  @Test("a column that is not a Kira field is refused by name; a repeated e-mail is an invalid row")
  func badColumnsAndRepeatedEmail() async throws {
    let sandbox = try await SandboxProcess()
    let batch = try Batch()
    var headers = Batch.spanishHeaders
    headers[3] = "Fecha nac"
    let file = try batch.writeCSV("es.csv", rows: 2, headers: headers)
    let run = try await ExecutableRunner.run(["import", file.path], environment: batch.environment(sandbox))
    #expect(run.status == 65)
    #expect(run.stderr.contains("column 4 \"Fecha nac\": not a Kira field key or label"), "\(run.stderr)")

    let repeated = try batch.writeCSV("repeat.csv", rows: 3, headers: Batch.spanishHeaders) { row, cells in
      if row == 3 { cells[2] = batch.email(1).uppercased() }
    }
    let second = try await ExecutableRunner.run(
      ["import", repeated.path], environment: batch.environment(sandbox))
    #expect(second.status == 65)
    #expect(second.stdout.contains("row 3 (line 4): email: Email is the same as row 1's"), "\(second.stdout)")
    #expect(try await sandbox.requests().isEmpty)
    _ = try await sandbox.stop()
  }

  @Test("refused credentials stop the batch: nothing created, every row not_sent, exit 77")
  func credentialsRefused() async throws {
    let sandbox = try await SandboxProcess()
    let batch = try Batch()
    let file = try batch.writeCSV("five.csv", rows: 5)
    var environment = batch.environment(sandbox)
    environment["KIRA_PASSWORD"] = "wrong-password-123"
    let results = batch.folder.appendingPathComponent("results.csv")
    let run = try await ExecutableRunner.run(
      ["import", file.path, "--results", results.path], environment: environment)
    #expect(run.status == 77, "\(run.stdout)\n\(run.stderr)")
    #expect(!run.stdout.contains("wrong-password-123") && !run.stderr.contains("wrong-password-123"))
    #expect(try await sandbox.requests().filter { $0.path == "v1/users" }.isEmpty)
    #expect(try await sandbox.users().isEmpty)
    let written = try String(contentsOf: results, encoding: .utf8)
    #expect(written.components(separatedBy: ",not_sent,").count == 6, "\(written)")
    _ = try await sandbox.stop()
  }

  @Test("Kira down for row after row stops the batch: the rest is not sent, exit 69")
  func kiraDownStopsTheBatch() async throws {
    let sandbox = try await SandboxProcess(arguments: ["--fail", "503x1000@POST:v1/users", "--quiet"])
    let batch = try Batch()
    let file = try batch.writeCSV("twenty.csv", rows: 20)
    let results = batch.folder.appendingPathComponent("results.json")
    let run = try await ExecutableRunner.run(
      ["import", file.path, "--max-attempts", "1", "--results", results.path],
      environment: batch.environment(sandbox))
    #expect(run.status == 69, "\(run.stdout)\n\(run.stderr)")
    let statuses =
      try JSONValue.parse(Data(contentsOf: results))["rows"]?.arrayValue?.compactMap {
        $0["status"]?.stringValue
      } ?? []
    #expect(statuses.filter { $0 == "unavailable" }.count >= 5)
    #expect(statuses.filter { $0 == "not_sent" }.count >= 10, "\(statuses)")
    // Stopped after the streak: the rows not sent never reached the sandbox.
    let creates = try await sandbox.requests().filter { $0.path == "v1/users" }.count
    #expect(creates == statuses.filter { $0 == "unavailable" }.count)
    #expect(try await sandbox.users().isEmpty)
    _ = try await sandbox.stop()
  }

  // MARK: Rate limit

  @Test("200 rows at a 10 requests/s, 2-concurrent sandbox: all created, the limit never exceeded")
  func batchWithinRateLimit() async throws {
    let rows = Self.batchSize
    let sandbox = try await SandboxProcess(arguments: [
      "--rate-limit", "10", "--concurrency-limit", "2", "--quiet",
    ])
    let batch = try Batch()
    let file = try batch.writeCSV("es.csv", rows: rows, headers: Batch.spanishHeaders)
    let started = ContinuousClock.now
    let run = try await ExecutableRunner.run(
      ["import", file.path], environment: batch.environment(sandbox), timeout: 600)
    let elapsed = ContinuousClock.now - started
    #expect(run.status == 0, "\(run.stderr)")
    try await expectUsersOnce(sandbox, batch: batch, count: rows)
    let stats = try await rateLimitStats(sandbox)
    #expect(stats["refused_for_rate"]?.numberValue == 0, "\(stats.encodedString())")
    #expect(stats["refused_for_concurrency"]?.numberValue == 0)
    #expect((stats["peak_concurrent"]?.numberValue ?? 99) <= 2)
    // The bucket's own bound: a burst of 10 plus 10 a second.
    #expect((stats["peak_per_second"]?.numberValue ?? 99) <= 20)
    let requests = Int(stats["admitted"]?.numberValue ?? 0)
    // The sign-in and GET /v1/countries go before the sending phase; its ideal is one create per 0.1 s.
    let ideal = Double(rows) / 10
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    // The sending phase as the import measured it ("elapsed: 20.3 s"), and the whole process.
    let sending =
      run.stdout.split(separator: "\n").first { $0.hasPrefix("elapsed: ") }
      .flatMap { Double($0.dropFirst(9).split(separator: " ").first ?? "") } ?? 0
    print(
      "import timing: \(rows) rows, \(requests) requests at 10/s 2-concurrent: sending took "
        + String(
          format: "%.1f s (ideal %.1f s, %+.1f%%), the whole process %.1f s; peak %d requests in a second",
          sending, ideal, (sending / ideal - 1) * 100, seconds,
          Int(stats["peak_per_second"]?.numberValue ?? 0)))
    _ = try await sandbox.stop()
  }

  @Test("503s, dropped connections and lost answers during the batch: exactly one user per row")
  func batchThroughFaults() async throws {
    let rows = Self.batchSize
    let sandbox = try await SandboxProcess(arguments: [
      "--rate-limit", "10", "--concurrency-limit", "2", "--quiet",
    ])
    let batch = try Batch()
    let file = try batch.writeJSONLines("batch.jsonl", rows: rows)
    // One fault at a time, each injected once the one before was used, while the batch runs.
    let faults = ["503@POST:v1/users", "drop@POST:v1/users", "drop-after@POST:v1/users", "429@POST:v1/users"]
    let injector = Task {
      var injected = 0
      while !Task.isCancelled, injected < 16 {
        let pending =
          try JSONValue.parse(await sandbox.call("GET", "/_sandbox/faults"))["faults"]?.arrayValue ?? []
        if pending.isEmpty {
          try await sandbox.inject([faults[injected % faults.count]])
          injected += 1
        }
        try await Task.sleep(for: .milliseconds(400))
      }
      return injected
    }
    let run = try await ExecutableRunner.run(
      ["import", file.path, "--max-attempts", "8"], environment: batch.environment(sandbox), timeout: 600)
    injector.cancel()
    #expect(run.status == 0, "\(run.stdout)\n\(run.stderr)")
    try await expectUsersOnce(sandbox, batch: batch, count: rows)
    let faulted = try await sandbox.requests().filter { $0.fault != nil && $0.fault != "rate-limit" }
    #expect(faulted.count >= 4, "only \(faulted.count) faults were hit")
    let stats = try await rateLimitStats(sandbox)
    #expect(stats["refused_for_concurrency"]?.numberValue == 0, "\(stats.encodedString())")
    _ = try await sandbox.stop()
  }

  @Test("kill -9 in the middle of a batch, then the same import again: exactly 200 users, none twice")
  func killedBatchResumes() async throws {
    let rows = Self.batchSize
    let sandbox = try await SandboxProcess(arguments: [
      "--rate-limit", "10", "--concurrency-limit", "2", "--quiet",
    ])
    let batch = try Batch()
    let file = try batch.writeCSV("batch.csv", rows: rows)
    let environment = batch.environment(sandbox)

    let first = Process()
    first.executableURL = ExecutableRunner.binaryURL
    first.arguments = ["import", file.path]
    first.environment = ExecutableRunner.environment(environment)
    first.standardInput = FileHandle.nullDevice
    first.standardOutput = FileHandle.nullDevice
    first.standardError = FileHandle.nullDevice
    try first.run()
    // Killed once a good part of the batch is in, requests in flight.
    let target = rows * 2 / 5
    let deadline = ContinuousClock.now + .seconds(300)
    var created = 0
    while created < target, first.isRunning, ContinuousClock.now < deadline {
      try await Task.sleep(for: .milliseconds(50))
      created = try await sandbox.users().count
    }
    #expect(first.isRunning, "the import ended before it could be killed (\(created) users)")
    kill(first.processIdentifier, SIGKILL)
    while first.isRunning { try await Task.sleep(for: .milliseconds(20)) }
    #expect(first.terminationReason == .uncaughtSignal)
    let beforeRerun = try await sandbox.users().count
    #expect(beforeRerun < rows)

    let rerun = try await ExecutableRunner.run(["import", file.path], environment: environment, timeout: 600)
    #expect(rerun.status == 0, "\(rerun.stdout)\n\(rerun.stderr)")
    try await expectUsersOnce(sandbox, batch: batch, count: rows)
    // The rows the killed run had finished were skipped, not sent again.
    let skipped = rerun.stdout.split(separator: "\n").first { $0.hasPrefix("already_created") }
    #expect(skipped != nil, "\(rerun.stdout)")
    print("import kill -9: killed with \(beforeRerun) of \(rows) users created; the rerun: \(skipped ?? "")")
    _ = try await sandbox.stop()
  }
}
