import Foundation
import KiraModels
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The accessible line mode end to end, over pipes (no terminal): the built
/// binary against a `kira-onboard sandbox` process, proven by the sandbox's
/// request log.
@Suite("The accessible line mode over a pipe", .serialized)
struct LineModeTests {
  /// The passport scan the answers name.
  static let jpeg: [UInt8] = [
    0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0xFF, 0xD9,
  ]

  /// A temporary folder with the scan and a home of its own.
  struct Workspace {
    let folder: URL

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("kira-line-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(LineModeTests.jpeg).write(to: scan)
    }

    var scan: URL { folder.appendingPathComponent("pasaporte.jpg") }
    var store: String { folder.appendingPathComponent("store").path }
  }

  /// The reference page's Maria Gonzalez, answered in Spanish one line per
  /// question: a date that does not exist is corrected, and `atrás` goes
  /// back a question (to the date, kept with an empty line). Split where the
  /// kill test stops the first run.
  static func answers(email: String, scan: String) -> (identity: [String], rest: [String]) {
    let identity = [
      "", "",  // 1 Verificación: automatic (kept), no page language
      "Maria", "", "Gonzalez", "31/02/1990", "15/05/1990", "atrás", "", "", "México",  // 2 Identidad
    ]
    let rest = [
      email, "+52 55 1234 5678",  // 3 Contacto
      "México", "Av. Reforma 123", "", "Ciudad de Mexico", "CDMX", "06600",  // 4 Domicilio
      "pasaporte", "G12345678", "México", "15/05/2030", scan, "",  // 5 Identificación
      "",  // 6 Identificación fiscal
      // 7 Perfil
      "Empleado", "Software Engineer", "Self", "No residente de EE. UU.", "salario", "1", "", "", "", "",
      "no", "no", "", "",  // 8 Información adicional
      "enviar", "enviar",  // Review, then once more past the readiness question
    ]
    return (identity, rest)
  }

  /// The body Kira must receive: the reference fixture with this e-mail and
  /// the scan as a data URI.
  static func expectedBody(email: String) throws -> JSONValue {
    var body = try ReferenceBody.maria(
      documentFile: "data:image/jpeg;base64," + Data(jpeg).base64EncodedString())
    body["email"] = .string(email)
    return .object(body)
  }

  static func environment(_ sandbox: SubmitCommandTests.SandboxProcess, _ workspace: Workspace) -> [String:
    String]
  {
    sandbox.clientEnvironment.merging(
      ["KIRA_ONBOARD_LANG": "es", "KIRA_ONBOARD_STORE": workspace.store, "TERM": "dumb"]
    ) { $1 }
  }

  @Test(
    "Maria typed line by line in Spanish: a wrong date corrected, back used, one create with the exact body")
  func spanishOnboarding() async throws {
    let sandbox = try await SubmitCommandTests.SandboxProcess()
    let workspace = try Workspace()
    let email = "maria.linea.\(UUID().uuidString.prefix(8).lowercased())@example.com"
    let (identity, rest) = Self.answers(email: email, scan: workspace.scan.path)
    let input = (identity + rest).joined(separator: "\n") + "\n"
    // TERM=dumb: the line mode starts by itself (no --accessible needed).
    let result = try await ExecutableRunner.run(
      ["--fresh"], environment: Self.environment(sandbox, workspace), input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
    #expect(result.stdout.contains("kira-onboard, modo de líneas"), "\(result.stderr)")
    #expect(
      result.stdout.contains(
        "Error en Fecha de nacimiento: la fecha 1990-02-31 no existe en el calendario"))
    #expect(result.stdout.contains("Se registró Fecha de nacimiento: 1990-05-15."))
    #expect(result.stdout.contains("Se registró Origen de los fondos: Salario."))
    #expect(result.stdout.contains("Kira creó al cliente."))
    // No cursor movement or colour: nothing but text and line ends.
    #expect(!result.stdout.contains("\u{1B}"))
    let creates = try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }
    #expect(creates.count == 1)
    #expect(creates.first?.body == (try Self.expectedBody(email: email)))
    #expect(try await sandbox.stop() == 0)
  }

  @Test("killed in the middle (kill -9), started again: the answers are resumed and one user is created")
  func killedAndResumed() async throws {
    let sandbox = try await SubmitCommandTests.SandboxProcess()
    let workspace = try Workspace()
    let email = "maria.reanuda.\(UUID().uuidString.prefix(8).lowercased())@example.com"
    let (identity, rest) = Self.answers(email: email, scan: workspace.scan.path)
    let first = try LineProcess(
      ["--accessible", "--fresh"], environment: Self.environment(sandbox, workspace))
    first.send(identity)
    // The identity step's answers are saved as each question is left, after
    // the frame that narrates the move: the next prompt shows once the save
    // of the last one is written, so the kill comes after it.
    _ = try await SubmitCommandTests.SandboxProcess.waitFor("the contact step's prompt", timeout: 120) {
      () -> Bool? in
      let output = first.output
      guard let step = output.range(of: "Paso 3 de 8: Contacto.") else { return nil }
      return output[step.upperBound...].hasSuffix("> ") ? true : nil
    }
    kill(first.process.processIdentifier, SIGKILL)
    first.process.waitUntilExit()

    let second = try LineProcess(["--accessible"], environment: Self.environment(sandbox, workspace))
    _ = try await SubmitCommandTests.SandboxProcess.waitFor("the resume list", timeout: 120) {
      second.output.contains("Hay 1 borrador guardado:") ? true : nil
    }
    second.send(["1"] + rest)
    second.closeInput()
    _ = try await SubmitCommandTests.SandboxProcess.waitFor("the wizard to exit", timeout: 120) {
      second.process.isRunning ? nil : true
    }
    #expect(second.process.terminationStatus == 0, "\(second.output)")
    #expect(second.output.contains("Paso 3 de 8: Contacto."))
    #expect(second.output.contains("Kira creó al cliente."))
    let creates = try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }
    #expect(creates.count == 1)
    #expect(creates.first?.body == (try Self.expectedBody(email: email)))
    #expect(try await sandbox.stop() == 0)
  }
}

/// The wizard with a pipe on its standard input and its output in a file.
final class LineProcess: @unchecked Sendable {
  let process = Process()
  private let input = Pipe()
  private let outputFile: URL

  init(_ arguments: [String], environment: [String: String]) throws {
    outputFile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kira-line-out-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: outputFile.path, contents: nil)
    let output = try FileHandle(forWritingTo: outputFile)
    defer { try? output.close() }
    process.executableURL = ExecutableRunner.binaryURL
    process.arguments = arguments
    process.environment = ExecutableRunner.environment(environment)
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
  }

  /// Everything printed so far.
  var output: String { String(decoding: (try? Data(contentsOf: outputFile)) ?? Data(), as: UTF8.self) }

  func send(_ lines: [String]) {
    input.fileHandleForWriting.write(Data((lines.joined(separator: "\n") + "\n").utf8))
  }

  func closeInput() {
    try? input.fileHandleForWriting.close()
  }

  deinit {
    if process.isRunning { process.terminate() }
    try? FileManager.default.removeItem(at: outputFile)
  }
}
