import Foundation
import KiraClient
import KiraModels
import Testing

@Suite("Idempotency: one key per logical create")
struct IdempotencyLedgerTests {
  @Test("the first body gets the fresh key")
  func firstSend() {
    let ledger = IdempotencyLedger()
    #expect(ledger.plan(forBodyFingerprint: "A", freshKey: "k1") == .send(key: "k1", reusingKey: false))
  }

  @Test(
    "the same body reuses the key whatever happened, short of a created user",
    arguments: [IdempotencyLedger.State.pending, .outcomeUnknown, .rejected, .conflict])
  func sameBodyReusesKey(state: IdempotencyLedger.State) {
    var ledger = IdempotencyLedger()
    ledger.willSend(key: "k1", bodyFingerprint: "A")
    ledger.record(state, key: "k1")
    #expect(ledger.plan(forBodyFingerprint: "A", freshKey: "k2") == .send(key: "k1", reusingKey: true))
  }

  @Test("a changed body gets a new key only after a definite rejection")
  func changedBodyAfterRejection() {
    var ledger = IdempotencyLedger()
    ledger.willSend(key: "k1", bodyFingerprint: "A")
    ledger.record(.rejected, key: "k1")
    #expect(ledger.plan(forBodyFingerprint: "B", freshKey: "k2") == .send(key: "k2", reusingKey: false))
  }

  @Test(
    "a changed body while the outcome is unknown must first resend the previous body",
    arguments: [IdempotencyLedger.State.pending, .outcomeUnknown, .conflict])
  func changedBodyWhileUnknown(state: IdempotencyLedger.State) {
    var ledger = IdempotencyLedger()
    ledger.willSend(key: "k1", bodyFingerprint: "A")
    ledger.record(state, key: "k1")
    #expect(
      ledger.plan(forBodyFingerprint: "B", freshKey: "k2")
        == .resendPreviousFirst(key: "k1", previousFingerprint: "A"))
  }

  @Test("once created, nothing is sent again")
  func created() {
    var ledger = IdempotencyLedger()
    ledger.willSend(key: "k1", bodyFingerprint: "A")
    ledger.record(.created, key: "k1", userID: "u1")
    #expect(ledger.plan(forBodyFingerprint: "A", freshKey: "k2") == .alreadyCreated(userID: "u1"))
    #expect(ledger.plan(forBodyFingerprint: "B", freshKey: "k2") == .alreadyCreated(userID: "u1"))
  }

  @Test(
    "errors are classified: rejection, unknown, conflict",
    arguments: [
      (KiraError(kind: .validation, httpStatus: 400, message: "bad"), IdempotencyLedger.State.rejected),
      (KiraError(kind: .transport(.connectionRefused), message: "refused"), .rejected),
      (KiraError(kind: .outcomeUnknown(.timedOut), message: "timeout"), .outcomeUnknown),
      (KiraError(kind: .server, httpStatus: 503, message: "busy"), .outcomeUnknown),
      (
        KiraError(kind: .conflict, httpStatus: 409, code: "idempotency_key_reused", message: "reused"),
        .conflict
      ),
      (KiraError(kind: .conflict, httpStatus: 409, code: "resource_conflict", message: "dup"), .rejected),
    ])
  func classify(error: KiraError, state: IdempotencyLedger.State) {
    var ledger = IdempotencyLedger()
    ledger.willSend(key: "k1", bodyFingerprint: "A")
    ledger.record(error, key: "k1")
    #expect(ledger.last?.state == state)
  }

  @Test("the ledger survives a JSON round trip (the store persists it)")
  func codable() throws {
    var ledger = IdempotencyLedger()
    ledger.willSend(key: "k1", bodyFingerprint: "A")
    ledger.record(.outcomeUnknown, key: "k1")
    let restored = try JSONDecoder().decode(IdempotencyLedger.self, from: JSONEncoder().encode(ledger))
    #expect(restored == ledger)
  }

  @Test("body fingerprints ignore key order and change with any value")
  func fingerprints() {
    let one: JSONValue = ["a": 1, "b": ["c": "x"]]
    let two: JSONValue = ["b": ["c": "x"], "a": 1]
    let three: JSONValue = ["a": 1, "b": ["c": "y"]]
    #expect(BodyFingerprint.of(one) == BodyFingerprint.of(two))
    #expect(BodyFingerprint.of(one) != BodyFingerprint.of(three))
    #expect(BodyFingerprint.of(one).count == 64)
  }
}
