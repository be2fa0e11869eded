import Foundation

/// The pure rules for sending a create again. Attempts are grouped by
/// idempotency key; a key is *settled* once an attempt under it created a user
/// or was definitely rejected, and *open* while an attempt under it may have
/// reached Kira (unknown, unavailable, conflict) and nothing settled it.
///
/// 1. A created user ends it: refuse, showing the user id.
/// 2. An open key is replayed first, with its first body, byte for byte.
/// 3. Only when every key is settled by a rejection may a new body go out,
///    under a new key; the exact body Kira rejected is refused.
public enum ResubmissionPolicy {
  /// The decision for sending a body with digest `bodySHA256`, given every
  /// earlier attempt for the same applicant or draft (any order).
  public static func decide(history: [AttemptRecord], bodySHA256: String) -> SubmissionDecision {
    let ordered = history.sorted { $0.id < $1.id }
    if let created = ordered.last(where: { $0.outcome == .created }) {
      return .refuseCreated(userID: created.userID, idempotencyKey: created.idempotencyKey)
    }
    var firstAttemptByKey: [String: AttemptRecord] = [:]
    var keyOrder: [String] = []
    var settledKeys: Set<String> = []
    var reachedKeys: Set<String> = []
    for attempt in ordered {
      if firstAttemptByKey[attempt.idempotencyKey] == nil {
        firstAttemptByKey[attempt.idempotencyKey] = attempt
        keyOrder.append(attempt.idempotencyKey)
      }
      if attempt.outcome.settlesKey { settledKeys.insert(attempt.idempotencyKey) }
      if attempt.outcome.mayHaveReachedKira { reachedKeys.insert(attempt.idempotencyKey) }
    }
    let open = keyOrder.first { reachedKeys.contains($0) && !settledKeys.contains($0) }
    if let openKey = open,
      let origin = firstAttemptByKey[openKey]
    {
      return .replay(idempotencyKey: openKey, bodySHA256: origin.bodySHA256)
    }
    if let rejected = ordered.last(where: { $0.outcome == .rejected && $0.bodySHA256 == bodySHA256 }) {
      return .refuseUnchanged(idempotencyKey: rejected.idempotencyKey)
    }
    return .sendNew
  }
}
