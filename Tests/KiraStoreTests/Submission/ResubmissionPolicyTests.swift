import Foundation
import Testing

@testable import KiraStore

@Suite("Resubmission policy (pure)")
struct ResubmissionPolicyTests {
  private func attempt(
    _ id: Int64, key: String, body: String, _ outcome: AttemptOutcome, user: String? = nil
  ) -> AttemptRecord {
    AttemptRecord(
      id: id, startedAt: Date(timeIntervalSince1970: Double(id)), finishedAt: nil, operatorName: "op",
      environment: "sandbox", idempotencyKey: key, bodySHA256: body, httpStatus: nil, errorCode: nil,
      fieldErrors: [], userID: user, outcome: outcome, draftID: nil, applicant: "a")
  }

  @Test("no history: a fresh key")
  func empty() {
    #expect(ResubmissionPolicy.decide(history: [], bodySHA256: "b1") == .sendNew)
  }

  @Test(
    "an open outcome is replayed with its key and first body, whatever body is offered",
    arguments: [AttemptOutcome.unknown, .unavailable, .conflict])
  func openReplayed(outcome: AttemptOutcome) {
    let history = [attempt(1, key: "k1", body: "b1", outcome)]
    for offered in ["b1", "b2"] {
      #expect(
        ResubmissionPolicy.decide(history: history, bodySHA256: offered)
          == .replay(idempotencyKey: "k1", bodySHA256: "b1"))
    }
  }

  @Test("a user created anywhere in the history refuses everything, with the user id")
  func createdRefuses() {
    let history = [
      attempt(1, key: "k1", body: "b1", .rejected),
      attempt(2, key: "k2", body: "b2", .unknown),
      attempt(3, key: "k2", body: "b2", .created, user: "u-1"),
    ]
    for offered in ["b1", "b2", "b3"] {
      #expect(
        ResubmissionPolicy.decide(history: history, bodySHA256: offered)
          == .refuseCreated(userID: "u-1", idempotencyKey: "k2"))
    }
  }

  @Test("after a definite rejection: the same body is refused, another goes under a new key")
  func rejected() {
    let history = [attempt(1, key: "k1", body: "b1", .rejected)]
    #expect(
      ResubmissionPolicy.decide(history: history, bodySHA256: "b1") == .refuseUnchanged(idempotencyKey: "k1"))
    #expect(ResubmissionPolicy.decide(history: history, bodySHA256: "b2") == .sendNew)
  }

  @Test("an unknown outcome later settled by a rejected replay frees the applicant for a new key")
  func unknownThenRejected() {
    let history = [
      attempt(1, key: "k1", body: "b1", .unknown),
      attempt(2, key: "k1", body: "b1", .rejected),
    ]
    #expect(ResubmissionPolicy.decide(history: history, bodySHA256: "b2") == .sendNew)
    #expect(
      ResubmissionPolicy.decide(history: history, bodySHA256: "b1") == .refuseUnchanged(idempotencyKey: "k1"))
  }

  @Test("an auth refusal opens nothing: the next body goes out fresh")
  func authOpensNothing() {
    let history = [attempt(1, key: "k1", body: "b1", .auth)]
    #expect(ResubmissionPolicy.decide(history: history, bodySHA256: "b2") == .sendNew)
    #expect(ResubmissionPolicy.decide(history: history, bodySHA256: "b1") == .sendNew)
  }

  @Test("with several open keys the oldest is replayed first; order of the input does not matter")
  func oldestOpenFirst() {
    let history = [
      attempt(5, key: "k2", body: "b2", .unknown),
      attempt(2, key: "k1", body: "b1", .unavailable),
      attempt(3, key: "k1", body: "b1", .auth),
    ]
    #expect(
      ResubmissionPolicy.decide(history: history, bodySHA256: "b3")
        == .replay(idempotencyKey: "k1", bodySHA256: "b1"))
  }
}
