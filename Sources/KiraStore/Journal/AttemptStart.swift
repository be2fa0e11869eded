import Foundation

/// What is known about an attempt before it is sent.
public struct AttemptStart: Sendable, Hashable {
  /// When it is sent.
  public var time: Date
  /// Who submits.
  public var operatorName: String
  /// Which Kira.
  public var environment: String
  /// The `Idempotency-Key` to send.
  public var idempotencyKey: String
  /// SHA-256 of the canonical body.
  public var bodySHA256: String
  /// The draft, if any.
  public var draftID: DraftID?
  /// The applicant fingerprint, if the body has an e-mail.
  public var applicant: String?

  /// Creates an attempt start.
  public init(
    time: Date, operatorName: String, environment: String, idempotencyKey: String,
    bodySHA256: String, draftID: DraftID?, applicant: String?
  ) {
    self.time = time
    self.operatorName = operatorName
    self.environment = environment
    self.idempotencyKey = idempotencyKey
    self.bodySHA256 = bodySHA256
    self.draftID = draftID
    self.applicant = applicant
  }
}
