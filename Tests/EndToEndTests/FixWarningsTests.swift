import Foundation
import KiraClient
import KiraModels
import KiraSandbox
import KiraStore
import Testing

extension SupportCommandsTests {
  @Test("fix prints Kira's PUT warnings (a document that failed to upload never reads as a success)")
  func fixPrintsWarnings() async throws {
    let kira = try await Kira.start()
    let created = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.warn@example.test", sourceOfFunds: nil),
      idempotencyKey: UUID().uuidString.lowercased())
    kira.server.control.inject(FaultRule(kind: .warnDocument, method: "PUT", path: "v1/users"))
    let fixed = try await kira.run(["fix", created.id, "--set", "source_of_funds=Salary"])
    #expect(fixed.status == 0, "\(fixed.stderr)")
    #expect(fixed.stdout.contains("Kira updated: source_of_funds"))
    #expect(
      fixed.stdout.contains(
        "Kira warns: identifying_information.0.documents.0: Document upload failed (sandbox fault warn-document)"
      ))
    #expect(fixed.stderr.contains("1 warning(s)"))
    await kira.stop()
  }
}

extension SupportCommandsTests {
  @Test("fix and attempts show Kira's rejection reasons that its webhooks brought")
  func reasonsFromWebhooks() async throws {
    let kira = try await Kira.start()
    let created = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.reasons@example.test", sourceOfFunds: nil),
      idempotencyKey: UUID().uuidString.lowercased())
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kira-reasons-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = try LocalStore.open(at: StoreLocation(directory: folder))
    try store.webhookEvents.record(
      WebhookEvent(
        event: "user.verification.failed", userID: created.id, eventID: "evt_r1", receivedAt: Date(),
        reasons: ["source_of_funds missing"]))
    var environment = kira.environment
    environment["KIRA_ONBOARD_STORE"] = folder.path
    let shown = try await ExecutableRunner.run(
      ["fix", created.id, "--connect-timeout", "120", "--request-timeout", "300"], environment: environment)
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("Kira's reasons (user.verification.failed"))
    #expect(shown.stdout.contains("- source_of_funds missing"))
    // An attempt that created this user lists them too.
    let begun = try store.journal.begin(
      AttemptStart(
        time: Date(), operatorName: "desk-7", environment: "sandbox", idempotencyKey: "key-reasons",
        bodySHA256: String(repeating: "ab", count: 32), draftID: nil, applicant: nil),
      body: Data("{}".utf8))
    try store.journal.finish(
      begun.id, result: AttemptResult(outcome: .created, httpStatus: 201, userID: created.id))
    let attempts = try await ExecutableRunner.run(["attempts", "--all"], environment: environment)
    #expect(attempts.status == 0, "\(attempts.stderr)")
    #expect(attempts.stdout.contains("- source_of_funds missing"))
    await kira.stop()
  }
}
