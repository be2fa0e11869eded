import Foundation
import KiraClient
import KiraModels
import Testing

/// `kira-onboard queue` in tmux, as support staff use it: Kira's rejected
/// user and this desk's rejected attempt on one screen, Enter opening the
/// attempt in the wizard, and the queue back, read again, when it ends.
@Suite("queue in tmux", .serialized)
struct QueueTmuxTests {
  typealias Kira = SupportCommandsTests.Kira

  @Test("a rejected user and a rejected attempt; Enter opens the attempt in the wizard; the queue comes back")
  func queueOpensAttempt() async throws {
    let kira = try await Kira.start()
    // Kira's side: a user the sandbox rejects (no source of funds).
    _ = try await kira.client.createUser(
      body: SupportCommandsTests.completeBody(email: "maria.queue@example.test", sourceOfFunds: nil),
      idempotencyKey: UUID().uuidString.lowercased())
    // This desk's side: `submit FILE` whose document number Kira refuses (400).
    let home = try WizardTmuxTests.makeHome("queue")
    var environment = WizardTmuxTests.homeEnvironment(kira.environment, home: home)
    environment["KIRA_ONBOARD_STORE"] = home.appendingPathComponent("store").path
    var body =
      SupportCommandsTests.completeBody(email: "luis.queue@example.test", sourceOfFunds: "salary")
      .objectValue ?? [:]
    body["document_number"] = "K00000400"
    if var items = body["identifying_information"]?.arrayValue, case .object(var document)? = items.first {
      document["number"] = "K00000400"
      items[0] = .object(document)
      body["identifying_information"] = .array(items)
    }
    let file = home.appendingPathComponent("luis.json")
    try JSONValue.object(body).encoded(pretty: true).write(to: file)
    let submitted = try await ExecutableRunner.run(
      ["submit", file.path, "--connect-timeout", "120", "--request-timeout", "300"], environment: environment)
    #expect(submitted.status == 65, "\(submitted.stderr)")

    let tmux = try await TmuxSession(
      arguments: ["queue", "--connect-timeout", "120", "--request-timeout", "300"], environment: environment)
    defer { tmux.kill() }
    let queue = try await tmux.waitFor(text: "read at")
    #expect(queue.contains("kira-onboard · Support queue"))
    #expect(queue.contains("1 Kira user needs action · 1 open attempt on this desk"))
    #expect(queue.contains("REJECTED"))
    #expect(queue.contains("M. G…"))
    #expect(!queue.contains("Gonzalez"), "names are masked")
    #expect(queue.contains("attempt #1"))
    #expect(queue.contains("Kira: document_number"))

    try await tmux.send(keys: "Down", "Enter")
    let wizard = try await tmux.waitFor(text: "Kira says")
    #expect(wizard.contains("Review"))
    #expect(!wizard.contains("Support queue"))
    try await tmux.send(keys: "C-q")
    let asked = try await tmux.waitFor("the queue or the quit question") {
      $0.contains("Support queue") || $0.contains("Quit")
    }
    if !asked.contains("Support queue") { try await tmux.send(keys: "y") }
    let back = try await tmux.waitFor(text: "Back from correct in the wizard (attempt #1")
    #expect(back.contains("attempt #1"))
    _ = try await tmux.waitFor(text: "read at")

    try await tmux.send(keys: "q")
    let exit = try await tmux.waitForExit()
    #expect(exit.status == 0)
    #expect(exit.ttyRestored)
  }
}
