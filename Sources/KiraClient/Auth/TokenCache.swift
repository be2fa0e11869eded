import Foundation

/// The cached access token and when it expires. Renewal happens when less than
/// `margin` seconds remain (capped at half the token's lifetime, so short-lived
/// tokens are still used). Concurrent callers share one `/auth` call.
actor TokenCache {
  /// A token and its expiry.
  struct Entry: Sendable {
    var token: String
    var expiresAt: Date
    var renewAt: Date
  }

  private var entry: Entry?
  private var inFlight: Task<Entry, any Error>?
  private let margin: TimeInterval

  init(margin: TimeInterval) {
    self.margin = margin
  }

  /// True when a token is cached and not yet due for renewal at `now`.
  func hasFreshToken(at now: Date) -> Bool {
    guard let entry else { return false }
    return now < entry.renewAt
  }

  /// A token valid at `now`, calling `authenticate` when none is cached or it is due for renewal.
  func token(
    at now: Date, authenticate: @escaping @Sendable () async throws -> (token: String, expiresIn: Int)
  ) async throws -> String {
    if let entry, now < entry.renewAt { return entry.token }
    if let inFlight { return try await inFlight.value.token }
    let margin = self.margin
    let task = Task<Entry, any Error> {
      let answer = try await authenticate()
      return Self.entry(token: answer.token, expiresIn: answer.expiresIn, issuedAt: now, margin: margin)
    }
    inFlight = task
    defer { inFlight = nil }
    let fresh = try await task.value
    entry = fresh
    return fresh.token
  }

  /// Stores a token obtained outside `token(at:authenticate:)`.
  func store(token: String, expiresIn: Int, issuedAt: Date) {
    entry = Self.entry(token: token, expiresIn: expiresIn, issuedAt: issuedAt, margin: margin)
  }

  /// Forgets `token` (after a 401), unless a newer one already replaced it.
  func invalidate(_ token: String) {
    if entry?.token == token { entry = nil }
  }

  /// The renewal rule, pure: renew when `min(margin, lifetime / 2)` seconds remain.
  static func entry(token: String, expiresIn: Int, issuedAt: Date, margin: TimeInterval) -> Entry {
    let lifetime = TimeInterval(max(0, expiresIn))
    let renewBefore = min(margin, lifetime / 2)
    return Entry(
      token: token, expiresAt: issuedAt.addingTimeInterval(lifetime),
      renewAt: issuedAt.addingTimeInterval(lifetime - renewBefore))
  }
}
