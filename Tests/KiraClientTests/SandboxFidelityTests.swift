import Foundation
import KiraClient
import KiraModels
import KiraSandbox
import Testing

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The sandbox behaves as the digest reports of Kira.
@Suite("sandbox fidelity (issue 13)")
struct SandboxFidelityTests {
  @Test("re-issuing an embedded link leaves a REJECTED user REJECTED; the hosted flow moves it on")
  func reissueKeepsState() async throws {
    var sandbox = SandboxConfiguration()
    sandbox.autoRejectAfter = 0
    try await SandboxHarness.run(sandbox: sandbox) { harness in
      let rejected = try await harness.client.createUser(
        body: Applicants.maria(email: "maria.reissue@example.test", sourceOfFunds: false),
        idempotencyKey: UUID().uuidString.lowercased())
      #expect(try await harness.client.getUser(id: rejected.id).status == "REJECTED")
      let verification = try await harness.client.reissueVerification(
        id: rejected.id, request: VerificationRequest(type: "embedded-link"),
        idempotencyKey: UUID().uuidString.lowercased())
      let link = try #require(verification.verificationLink)
      #expect(
        try await harness.client.getUser(id: rejected.id).status == "REJECTED", "unchanged by the re-issue")
      // The customer completes the hosted flow: now Kira verifies again.
      var request = URLRequest(url: try #require(URL(string: link)))
      request.httpMethod = "POST"
      _ = try await URLSession.shared.data(for: request)
      #expect(try await harness.client.getUser(id: rejected.id).status == "VERIFYING")
    }
  }
}
