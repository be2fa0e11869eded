import Foundation
import KiraClient
import KiraModels
import KiraSandbox
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
