import Foundation
import Testing

@testable import KiraStore

@Suite("Attempts: open or resolved by a later create")
struct AttemptResolutionTests {
  private func attempt(
    _ id: Int64, key: String, _ outcome: AttemptOutcome, applicant: String? = "a", draft: String? = nil,
    environment: String = "sandbox", user: String? = nil
  ) -> AttemptRecord {
    AttemptRecord(
      id: id, startedAt: Date(timeIntervalSince1970: Double(id)), finishedAt: nil, operatorName: "op",
      environment: environment, idempotencyKey: key, bodySHA256: "b", httpStatus: nil, errorCode: nil,
      fieldErrors: [], userID: user, outcome: outcome, draftID: draft.map(DraftID.init(rawValue:)),
      applicant: applicant)
  }

  @Test(
    "a later create of the same applicant, draft or key resolves; an earlier one, another environment or applicant does not"
  )
  func resolvers() {
    let attempts = [
      attempt(1, key: "k1", .rejected),
      attempt(2, key: "k2", .unknown),
      attempt(3, key: "k3", .rejected, applicant: "other"),
      attempt(4, key: "k2", .created, user: "u-1"),
      attempt(5, key: "k5", .unavailable),
      attempt(6, key: "k6", .rejected, applicant: nil, draft: "d1"),
      attempt(7, key: "k7", .created, applicant: nil, draft: "d1", user: "u-2"),
      attempt(8, key: "k8", .unknown, environment: "production"),
    ]
    let resolved = AttemptResolution.resolvers(in: attempts.shuffled())
    #expect(resolved[1]?.id == 4)
    #expect(resolved[2]?.id == 4)
    #expect(resolved[3] == nil, "another applicant")
    #expect(resolved[5] == nil, "after the create: still open")
    #expect(resolved[6]?.id == 7, "the same draft")
    #expect(resolved[8] == nil, "another environment")
    #expect(resolved[4] == nil && resolved[7] == nil, "creates are not 'resolved'")
  }
}
