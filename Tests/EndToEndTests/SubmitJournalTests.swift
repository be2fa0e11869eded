import Foundation
import KYCForm
import KiraModels
import KiraOnboarding
import KiraStore
import Testing
import Wizard

/// `submit` through the local journal: re-running a submit never creates a
/// second user, replays an open attempt under its key, and refuses a body Kira
/// already rejected. One store folder is shared by the runs of each test.
@Suite("submit keeps a journal and never duplicates a customer", .serialized)
struct SubmitJournalTests {
  typealias SandboxProcess = SubmitCommandTests.SandboxProcess
  typealias Workspace = SubmitCommandTests.Workspace

  /// The sandbox's environment plus one store folder for every run of a test.
  private func environment(_ sandbox: SandboxProcess, store: URL) -> [String: String] {
    var environment = sandbox.clientEnvironment
    environment["KIRA_ONBOARD_STORE"] = store.path
    return environment
  }

  private func freshStore() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("kira-journal-\(UUID().uuidString)")
  }

  @Test("a second submit of a created applicant sends nothing and exits 0 with the same id")
  func secondSubmitSendsNothing() async throws {
    let sandbox = try await SandboxProcess()
    let workspace = try Workspace()
    let env = environment(sandbox, store: freshStore())
    let first = try await ExecutableRunner.run(["submit", workspace.file.path], environment: env)
    #expect(first.status == 0, "\(first.stderr)")
    let id = try #require(
      first.stdout.split(separator: "\n").first { $0.hasPrefix("created: ") }?.dropFirst(9))

    let second = try await ExecutableRunner.run(["submit", workspace.file.path], environment: env)
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("created: \(id) (by an earlier attempt; nothing was sent)"))
    #expect(try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }.count == 1)
    #expect(try await sandbox.users().count == 1)

    let attempts = try await ExecutableRunner.run(["attempts", "--all", "--json"], environment: env)
    #expect(attempts.status == 0, "\(attempts.stderr)")
    #expect(attempts.stdout.contains(String(id)))
    #expect(!attempts.stdout.contains("Gonzalez"))  // the journal holds no PII
    _ = try await sandbox.stop()
  }

  @Test("after no definite answer, the same submit (no key given) replays the same key: one user")
  func unknownOutcomeReplaysFromJournal() async throws {
    let sandbox = try await SandboxProcess()
    try await sandbox.inject(["drop-after@POST:v1/users"])
    let workspace = try Workspace()
    let env = environment(sandbox, store: freshStore())
    let first = try await ExecutableRunner.run(
      ["submit", workspace.file.path, "--max-attempts", "1"], environment: env)
    #expect(first.status == 75, "\(first.stderr)")
    let firstKey = try #require(await sandbox.requests().last?.idempotencyKey)

    let second = try await ExecutableRunner.run(["submit", workspace.file.path], environment: env)
    #expect(second.status == 0, "\(second.stderr)")
    let creates = try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }
    #expect(creates.count == 2)
    #expect(Set(creates.map(\.idempotencyKey)) == [firstKey])
    #expect(try await sandbox.users().count == 1)
    _ = try await sandbox.stop()
  }

  @Test("a body Kira rejected is refused unchanged; the corrected one goes out under a new key")
  func rejectedThenCorrected() async throws {
    let sandbox = try await SandboxProcess()
    let rejected = try Workspace { body in Self.setDocumentNumber("K00000400", in: &body) }
    let storeFolder = freshStore()
    let env = environment(sandbox, store: storeFolder)
    let first = try await ExecutableRunner.run(["submit", rejected.file.path], environment: env)
    #expect(first.status == 65, "\(first.stderr)")
    try await Self.expectOpenable(first, store: storeFolder, environment: env)

    let again = try await ExecutableRunner.run(["submit", rejected.file.path], environment: env)
    #expect(again.status == 65)
    #expect(again.stderr.contains("was already rejected by Kira unchanged"))
    #expect(try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }.count == 1)

    // The corrected body: same applicant (same e-mail), a real document number.
    var body = try JSONValue.parse(Data(contentsOf: rejected.file)).objectValue ?? [:]
    Self.setDocumentNumber("G12345678", in: &body)
    try JSONValue.object(body).encoded(pretty: true).write(to: rejected.file)
    let corrected = try await ExecutableRunner.run(["submit", rejected.file.path], environment: env)
    #expect(corrected.status == 0, "\(corrected.stderr)")
    let creates = try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }
    #expect(creates.map(\.status) == [400, 201])
    #expect(Set(creates.map(\.idempotencyKey)).count == 2)
    #expect(try await sandbox.users().count == 1)
    // The refused rerun left no draft behind; the create wiped its own.
    let drafts = try LocalStore.open(at: StoreLocation(directory: storeFolder)).drafts.list()
    #expect(drafts.count == 1, "only the rejected attempt's body is kept")
    _ = try await sandbox.stop()
  }

  /// A rejected `submit FILE` names the attempt to open; `attempts` says the
  /// same; the attempt opens with the file's answers and Kira's field, and
  /// the store never holds them in the clear.
  private static func expectOpenable(
    _ run: ExecutableRunner.Output, store folder: URL, environment: [String: String]
  ) async throws {
    let hint = try #require(
      run.stderr.split(separator: "\n").first { $0.contains("kira-onboard --attempt ") }, "\(run.stderr)")
    let id = try #require(Int64(hint.split(separator: " ").last ?? ""))
    let listed = try await ExecutableRunner.run(["attempts"], environment: environment)
    #expect(listed.stdout.contains("kira-onboard --attempt \(id)"), "\(listed.stdout)")
    let store = try LocalStore.open(at: StoreLocation(directory: folder))
    let persistence = StoreDraftPersistence(store: store, operatorName: "test", journalEnvironment: nil)
    let opened = try WizardStart.attempt(id, store: store, persistence: persistence, form: .individual)
    #expect(opened.values[.firstName] == "Maria")
    #expect(opened.values[.documentNumber] == "K00000400")
    #expect(opened.fieldErrors.map(\.path).contains("document_number"))
    #expect(opened.draft?.kind == .load)
    for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) {
      let bytes = (try? Data(contentsOf: file)) ?? Data()
      #expect(
        bytes.range(of: Data("K00000400".utf8)) == nil,
        "\(file.lastPathComponent) holds the body in the clear")
    }
  }

  /// Sets the document number in both places the body carries it.
  private static func setDocumentNumber(_ number: String, in body: inout [String: JSONValue]) {
    body["document_number"] = .string(number)
    guard var items = body["identifying_information"]?.arrayValue,
      case .object(var document)? = items.first
    else { return }
    document["number"] = .string(number)
    items[0] = .object(document)
    body["identifying_information"] = .array(items)
  }
}
