import Foundation
import KiraClient
import KiraModels
import KiraSandbox
import Testing

@Suite("Client against the real sandbox over loopback HTTP")
struct ClientOverLoopbackTests {
  @Test("authenticates, then creates, with every header the API wants")
  func authThenCreate() async throws {
    try await SandboxHarness.run { harness in
      let body = Applicants.maria()
      let key = UUID().uuidString.lowercased()
      let user = try await harness.client.createUser(body: body, idempotencyKey: key)
      #expect(user.status == "CREATED")
      #expect(user.verificationTriggered == true)

      let log = harness.log
      #expect(log.map { "\($0.method) \($0.path) \($0.status)" } == ["POST auth 200", "POST v1/users 201"])
      let auth = log[0]
      #expect(auth.hadAPIKey && !auth.hadBearerToken)
      #expect(auth.body == nil)
      let create = log[1]
      #expect(create.hadAPIKey && create.hadBearerToken)
      #expect(create.idempotencyKey == key)
      #expect(create.apiVersion == KiraAPI.defaultVersion)
      #expect(create.userAgent == "kira-onboard/test")
      #expect(create.contentType == "application/json")
      #expect(create.body == body)
      #expect(create.userID == user.id)
    }
  }
}
