import Foundation
import KiraClient
import KiraModels

/// Whether a create looks the applicant's e-mail up on Kira first.
public enum ExistingEmailPolicy: Sendable, Hashable {
  /// No look-up (the library default; the executable turns it on).
  case ignore
  /// Look it up before a new create, and before replaying an open attempt
  /// older than Kira's idempotency window; refuse when Kira has a user with
  /// it, other than those listed (the operator confirmed them).
  case refuse(allowing: Set<String>)
}

extension SubmissionCoordinator {
  /// Kira keeps an idempotency key 24 hours (kira-api.md §4): after that a
  /// replay is a new create, so an open attempt that old is checked first.
  public static let idempotencyWindow: TimeInterval = 24 * 60 * 60

  /// The users that stop this create, with the open key when the check was
  /// for a stale replay; nil when the create may go out. Sends nothing.
  func existingUsersBlocking(_ body: JSONValue, draftID: DraftID?) async throws -> (
    users: [KiraUser], staleKey: String?
  )? {
    guard case .refuse(let allowed) = existingEmailPolicy,
      let email = body["email"]?.stringValue?.trimmingCharacters(in: .whitespaces), !email.isEmpty
    else { return nil }
    var staleKey: String?
    switch try plan(for: body, draftID: draftID) {
    case .sendNew:
      break
    case .replay(let key, _):
      let history = try store.journal.attempts(
        applicant: body["email"]?.stringValue.flatMap { store.journal.applicantFingerprint(email: $0) },
        draftID: draftID, environment: environment)
      guard let first = history.filter({ $0.idempotencyKey == key }).map(\.startedAt).min(),
        now().timeIntervalSince(first) > Self.idempotencyWindow
      else { return nil }
      staleKey = key
    case .refuseCreated, .refuseUnchanged:
      return nil
    }
    let found = try await client.listUsers(limit: 10, email: email, onRetry: onRetry).data
    let blocking = found.filter { !allowed.contains($0.id) }
    guard !blocking.isEmpty else { return nil }
    // Another process of this desk may have sent this applicant's create
    // while Kira was asked: then the journal, not the look-up, decides.
    switch try plan(for: body, draftID: draftID) {
    case .sendNew where staleKey == nil: return (found, nil)
    case .replay(let key, _) where key == staleKey: return (found, staleKey)
    default: return nil
    }
  }
}
