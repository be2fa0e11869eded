import Foundation
import KYCForm

/// Whether Kira already has a user with the applicant's e-mail.
public enum EmailCheck: Sendable, Hashable {
  /// Asked Kira about this address.
  case checking(email: String)
  /// Kira's answer: the users with this address (none: no warning).
  case found(email: String, users: [ExistingUser])
  /// Could not ask (offline, credentials): no warning, a hint.
  case unavailable(email: String)

  /// The address the check is about.
  public var email: String {
    switch self {
    case .checking(let email), .found(let email, _), .unavailable(let email): email
    }
  }
}

/// A user Kira already has, as the duplicate warning shows it.
public struct ExistingUser: Sendable, Hashable {
  /// Kira's user id.
  public var id: String
  /// Upper-case lifecycle status.
  public var status: String?
  /// When it was created, as Kira wrote it.
  public var createdAt: String?

  /// Creates a summary.
  public init(id: String, status: String? = nil, createdAt: String? = nil) {
    self.id = id
    self.status = status
    self.createdAt = createdAt
  }
}
