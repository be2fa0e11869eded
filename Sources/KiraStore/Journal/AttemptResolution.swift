import Foundation

/// Which failed or unknown attempts a later create settled: the same
/// applicant (e-mail fingerprint), draft or idempotency key, in the same
/// environment, created a user afterwards. The rest are open.
public enum AttemptResolution {
  /// For each attempt that did not create a user, the first later attempt that did, if any.
  public static func resolvers(in attempts: [AttemptRecord]) -> [Int64: AttemptRecord] {
    let ordered = attempts.sorted { $0.id < $1.id }
    let creates = ordered.filter { $0.outcome == .created }
    var result: [Int64: AttemptRecord] = [:]
    for attempt in ordered where attempt.outcome != .created {
      let resolver = creates.first { create in
        create.id > attempt.id && create.environment == attempt.environment
          && (create.idempotencyKey == attempt.idempotencyKey
            || (attempt.applicant != nil && create.applicant == attempt.applicant)
            || (attempt.draftID != nil && create.draftID == attempt.draftID))
      }
      if let resolver { result[attempt.id] = resolver }
    }
    return result
  }
}
