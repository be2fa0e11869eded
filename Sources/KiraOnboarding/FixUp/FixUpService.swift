import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraStore

/// The fix-up of a user Kira already has, written once: `fix --set` and
/// `fix --reissue`, the fix-up wizard (through `JournaledWizardBackend`) and
/// the support queue's fix flows all send through it. It loads the user,
/// sends `PUT /v1/users/{id}` with only the top-level keys that changed
/// (`FixUpPlan.updateBody`), reloads the user, and re-issues verification
/// (an embedded link) for a REJECTED user.
public struct FixUpService: Sendable {
  /// The client the requests go through.
  public var client: KiraClient
  /// The idempotency key of each re-issue (a new UUID each time).
  public var makeIdempotencyKey: @Sendable () -> String

  /// A service over `client`.
  public init(
    client: KiraClient,
    makeIdempotencyKey: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() }
  ) {
    self.client = client
    self.makeIdempotencyKey = makeIdempotencyKey
  }

  // MARK: - Steps

  /// `GET /v1/users/{id}`: the user as Kira has it now (also the reload after a `PUT`).
  public func load(userID: String) async throws -> KiraUser {
    try await client.getUser(id: userID)
  }

  /// What a `PUT` would send: only the top-level keys whose value differs
  /// between the bodies `original` and `edited` produce (pure, nothing sent).
  public static func changes(
    plan: FixUpPlan, original: FormValues, edited: FormValues, policy: ValidationPolicy
  ) throws -> FixUpChanges {
    FixUpChanges(body: try plan.updateBody(original: original, edited: edited, policy: policy))
  }

  /// `PUT /v1/users/{id}` with `changes` (the caller sends nothing when they are empty).
  public func send(_ changes: FixUpChanges, userID: String) async throws -> UserUpdateResponse {
    try await client.updateUser(id: userID, body: changes.body)
  }

  /// `POST /v1/users/{id}/verifications` with an embedded link, under a new key.
  public func reissue(userID: String, redirectURI: String? = nil) async throws -> VerificationResponse {
    try await client.reissueVerification(
      id: userID, request: VerificationRequest(type: "embedded-link", redirectURI: redirectURI),
      idempotencyKey: makeIdempotencyKey())
  }

  // MARK: - Whole operations

  /// Loads the user, sends only what changed between `original` and
  /// `edited`, and reloads it; nothing is sent when nothing changed.
  public func update(
    userID: String, original: FormValues, edited: FormValues, policy: ValidationPolicy
  ) async throws -> FixUpUpdate {
    let plan = FixUpPlan(user: try await load(userID: userID))
    let changes = try Self.changes(plan: plan, original: original, edited: edited, policy: policy)
    guard !changes.isEmpty else { return .nothingChanged(user: plan.user) }
    let response = try await send(changes, userID: userID)
    let reloaded = try await load(userID: userID)
    return .updated(fields: changes.fields, response: response, reloaded: reloaded)
  }

  /// Re-issues verification when `user` is REJECTED; any other status is
  /// left alone (nothing sent).
  public func reissueIfRejected(_ user: KiraUser, redirectURI: String? = nil) async throws -> FixUpReissue {
    guard user.status?.uppercased() == "REJECTED" else { return .notRejected(status: user.status) }
    return .issued(try await reissue(userID: user.id, redirectURI: redirectURI))
  }
}

/// A `PUT /v1/users/{id}` body with only the changed top-level keys.
public struct FixUpChanges: Sendable, Hashable {
  /// The body to send.
  public var body: JSONValue

  /// A body as `FixUpPlan.updateBody` built it.
  public init(body: JSONValue) {
    self.body = body
  }

  /// The keys sent, sorted.
  public var fields: [String] { (body.objectValue ?? [:]).keys.sorted() }

  /// True when nothing differs: no `PUT` is sent.
  public var isEmpty: Bool { fields.isEmpty }
}

/// What came of a fix-up's update.
public enum FixUpUpdate: Sendable {
  /// No answer differed from the remote user's: nothing was sent.
  case nothingChanged(user: KiraUser)
  /// Kira took the `PUT` of `fields`; `reloaded` is the user read afterwards.
  case updated(fields: [String], response: UserUpdateResponse, reloaded: KiraUser)
}

/// What came of a re-issue asked for a user.
public enum FixUpReissue: Sendable {
  /// The user is not REJECTED: nothing was sent.
  case notRejected(status: String?)
  /// Kira's answer: the new link (or why there is none) and status.
  case issued(VerificationResponse)
}
