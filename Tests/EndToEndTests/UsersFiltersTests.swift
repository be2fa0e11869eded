import Foundation
import KiraClient
import KiraModels
import Testing

extension SupportCommandsTests {
  @Test("users --status / --verification-status / --since: Kira's list filters, a masked name column")
  func usersFilters() async throws {
    let kira = try await Kira.start()
    // autoRejectAfter is 0 here: without source_of_funds the user is REJECTED at once.
    let rejected = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.filter1@example.test", sourceOfFunds: nil),
      idempotencyKey: UUID().uuidString.lowercased())
    let other = try await kira.client.createUser(
      body: Self.completeBody(email: "maria.filter2@example.test", sourceOfFunds: "salary"),
      idempotencyKey: UUID().uuidString.lowercased())

    let byStatus = try await kira.run(["users", "--status", "REJECTED"])
    #expect(byStatus.status == 0, "\(byStatus.stderr)")
    #expect(byStatus.stdout.contains(rejected.id))
    #expect(!byStatus.stdout.contains(other.id))
    #expect(byStatus.stdout.contains("M. G…"), "a masked name column")
    #expect(!byStatus.stdout.contains("Gonzalez"))
    let query = try #require(kira.server.requestLog.last { $0.method == "GET" && $0.path == "v1/users" })
    #expect(query.query?.contains("status=REJECTED") == true)
    #expect(query.query?.contains("limit=100") == true, "pages of at most 100")

    let byVerification = try await kira.run([
      "users", "--verification-status", "unverified", "--since", "2020-01-01",
    ])
    #expect(byVerification.status == 0, "\(byVerification.stderr)")
    let sent = try #require(kira.server.requestLog.last { $0.method == "GET" && $0.path == "v1/users" })
    #expect(sent.query?.contains("verification_status=unverified") == true)
    #expect(sent.query?.contains("created_after=2020-01-01T00:00:00Z") == true)

    let future = try await kira.run(["users", "--status", "REJECTED", "--since", "2999-01-01"])
    #expect(future.stdout.contains("No Kira user matches"))

    let none = try await ExecutableRunner.run(["users"])
    #expect(none.status == 64)
    #expect(none.stderr.contains("give at least one filter"))
    let badSince = try await ExecutableRunner.run(["users", "--since", "yesterday"])
    #expect(badSince.status == 64)
    #expect(badSince.stderr.contains("--since must be a date"))
    await kira.stop()
  }
}
