import Foundation

/// The idempotency rule for one logical create (one applicant), as a small
/// pure value the caller can persist (it is `Codable`):
///
/// - one key per logical create, reused for every retry of the same body;
/// - a changed body gets a new key only after a definite rejection;
/// - while the outcome of the last attempt is unknown, the previous body must
///   be sent again under its key first (Kira's replay then tells the truth);
/// - once a user was created, nothing is sent again.
///
/// Keys are passed in (`freshKey`), so callers and tests decide how they are made.
public struct IdempotencyLedger: Sendable, Hashable, Codable {
  /// Where the last attempt stands.
  public enum State: String, Sendable, Hashable, Codable {
    /// Planned or sent; no answer recorded yet.
    case pending
    /// Sent, but no answer says whether Kira acted on it (timeout, dropped connection).
    case outcomeUnknown
    /// Kira answered and certainly created nothing (400, 404, ...).
    case rejected
    /// Kira answered 409: this key was already used with another body.
    case conflict
    /// Kira created the user.
    case created
  }

  /// The last attempt of this logical create.
  public struct Attempt: Sendable, Hashable, Codable {
    /// The `Idempotency-Key` it used.
    public var key: String
    /// `BodyFingerprint.of(body)` of the body it sent.
    public var bodyFingerprint: String
    /// Where it stands.
    public var state: State
    /// The created user's id, when `state == .created`.
    public var userID: String?

    /// Creates an attempt record.
    public init(key: String, bodyFingerprint: String, state: State, userID: String? = nil) {
      self.key = key
      self.bodyFingerprint = bodyFingerprint
      self.state = state
      self.userID = userID
    }
  }

  /// What to do with a body.
  public enum Plan: Sendable, Hashable {
    /// Send it with this key (`reusingKey` when it is the previous attempt's key).
    case send(key: String, reusingKey: Bool)
    /// The previous attempt's outcome is unknown and the body changed: send the
    /// PREVIOUS body again under this key first, to learn what happened.
    case resendPreviousFirst(key: String, previousFingerprint: String)
    /// A user was already created by this logical create: send nothing.
    case alreadyCreated(userID: String)
  }

  /// The last attempt, if any.
  public private(set) var last: Attempt?

  /// A ledger, empty or restored from storage.
  public init(last: Attempt? = nil) {
    self.last = last
  }

  /// The plan for sending a body with fingerprint `fingerprint`. `freshKey` is
  /// used only when a new key is allowed.
  public func plan(forBodyFingerprint fingerprint: String, freshKey: @autoclosure () -> String) -> Plan {
    guard let last else { return .send(key: freshKey(), reusingKey: false) }
    switch last.state {
    case .created:
      return .alreadyCreated(userID: last.userID ?? "")
    case _ where last.bodyFingerprint == fingerprint:
      return .send(key: last.key, reusingKey: true)
    case .rejected:
      return .send(key: freshKey(), reusingKey: false)
    case .pending, .outcomeUnknown, .conflict:
      return .resendPreviousFirst(key: last.key, previousFingerprint: last.bodyFingerprint)
    }
  }

  /// Records that a body is about to go out under `key`.
  public mutating func willSend(key: String, bodyFingerprint: String) {
    last = Attempt(key: key, bodyFingerprint: bodyFingerprint, state: .pending)
  }

  /// Records the result of the attempt sent under `key`.
  public mutating func record(_ state: State, key: String, userID: String? = nil) {
    guard var attempt = last, attempt.key == key else { return }
    attempt.state = state
    attempt.userID = state == .created ? userID : nil
    last = attempt
  }

  /// Records a thrown error for the attempt under `key`, classified by `KiraError`.
  public mutating func record(_ error: KiraError, key: String) {
    if error.isIdempotencyKeyReuse {
      record(.conflict, key: key)
    } else if error.isDefiniteRejection {
      record(.rejected, key: key)
    } else {
      record(.outcomeUnknown, key: key)
    }
  }
}
