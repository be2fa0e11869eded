import Foundation

/// Where a sandbox user is in its lifecycle, computed from elapsed time (no
/// timers): pure and deterministic for a given clock.
///
/// - automatic mode with `source_of_funds` but missing other KYC data (the
///   readiness table): CREATED (`unverified`) for good, its `missing_fields` listed;
/// - automatic mode without `source_of_funds`: CREATED, then REJECTED after
///   `autoRejectAfter` (with `verification_status` still `unverified`, as
///   Kira's sandbox was seen doing);
/// - complete users: CREATED -> VERIFYING (`started`) -> VERIFIED (`verified`);
/// - scenario `+reject`: ... -> REJECTED (`rejected`); `+review`: ... -> REVIEW (`in_review`);
/// - link mode: CREATED (`unverified`) until the hosted flow is completed.
struct UserLifecycle: Sendable, Hashable {
  /// Which path the user is on.
  enum Track: String, Sendable, Hashable {
    case incomplete, unverified, verify, reject, review, link

    /// True for the tracks on which Kira runs verification (`verification_triggered`).
    var runsVerification: Bool { self == .verify || self == .reject || self == .review }
  }

  /// The state at one moment.
  struct State: Sendable, Hashable {
    var status: String
    var verificationStatus: String
    var reasons: [String]
  }

  /// Timings, from the configuration.
  struct Timings: Sendable, Hashable {
    var verifyingAfter: TimeInterval
    var decisionAfter: TimeInterval
    var autoRejectAfter: TimeInterval
  }

  var track: Track
  /// When the current track started.
  var startedAt: Date
  /// True when the track starts at VERIFYING (after a fix or a re-issued verification).
  var startsVerifying: Bool = false

  /// The state at `now`.
  func state(at now: Date, timings: Timings) -> State {
    let elapsed = now.timeIntervalSince(startedAt)
    switch track {
    case .link, .unverified:
      return State(status: "CREATED", verificationStatus: "unverified", reasons: [])
    case .incomplete:
      if elapsed >= timings.autoRejectAfter {
        return State(
          status: "REJECTED", verificationStatus: "unverified",
          reasons: ["Missing KYC data: source_of_funds"])
      }
      return State(status: "CREATED", verificationStatus: "unverified", reasons: [])
    case .verify, .reject, .review:
      if elapsed < timings.verifyingAfter && !startsVerifying {
        return State(status: "CREATED", verificationStatus: "unverified", reasons: [])
      }
      if elapsed < timings.decisionAfter {
        return State(status: "VERIFYING", verificationStatus: "started", reasons: [])
      }
      switch track {
      case .reject:
        return State(
          status: "REJECTED", verificationStatus: "rejected",
          reasons: ["Identity document could not be verified (sandbox scenario +reject)"])
      case .review:
        return State(status: "REVIEW", verificationStatus: "in_review", reasons: [])
      default:
        return State(status: "VERIFIED", verificationStatus: "verified", reasons: [])
      }
    }
  }
}
