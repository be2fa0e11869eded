import Foundation
import KYCForm
import KiraClient
import KiraModels

/// Sends creates safely: every attempt is journalled before it leaves; an
/// attempt with an open outcome is replayed with the same key and the same
/// body before anything else; a corrected body goes out under a new key only
/// after a definite rejection; nothing is sent once a user was created.
/// The rules themselves are `ResubmissionPolicy` (pure); this type does the I/O.
public struct SubmissionCoordinator: Sendable {
  /// The API client (it retries transient failures under the same key itself).
  public var client: KiraClient
  /// The journal and drafts.
  public var store: LocalStore
  /// The environment written into the journal. History is read per environment:
  /// a user created in Kira's sandbox does not exist in production, and an
  /// embedded sandbox (gone when its process ends) gets a name of its own.
  public var environment: String
  /// The operator written into the journal.
  public var operatorName: String
  /// Keep the draft after a successful create (`--keep-drafts`).
  public var keepDrafts: Bool
  /// Makes a fresh idempotency key (UUID v4 by default).
  public var makeIdempotencyKey: @Sendable () -> String
  /// The clock.
  public var now: @Sendable () -> Date
  /// Maps Kira's error paths to form fields, for the draft's last error.
  public var fieldForPath: @Sendable (String) -> FieldID?
  /// Called before each of the client's retry waits.
  public var onRetry: (@Sendable (RetryEvent) -> Void)?
  /// Look the e-mail up on Kira before a create (off by default).
  public var existingEmailPolicy: ExistingEmailPolicy = .ignore

  /// Creates a coordinator.
  public init(
    client: KiraClient, store: LocalStore, environment: String, operatorName: String,
    keepDrafts: Bool = false,
    makeIdempotencyKey: @escaping @Sendable () -> String = { UUID().uuidString.lowercased() },
    now: @escaping @Sendable () -> Date = { Date() },
    fieldForPath: @escaping @Sendable (String) -> FieldID? = { _ in nil },
    onRetry: (@Sendable (RetryEvent) -> Void)? = nil
  ) {
    self.client = client
    self.store = store
    self.environment = environment
    self.operatorName = operatorName
    self.keepDrafts = keepDrafts
    self.makeIdempotencyKey = makeIdempotencyKey
    self.now = now
    self.fieldForPath = fieldForPath
    self.onRetry = onRetry
  }

  /// The decision `submit` would take for `body` now, without sending anything.
  public func plan(for body: JSONValue, draftID: DraftID? = nil) throws -> SubmissionDecision {
    let history = try store.journal.attempts(
      applicant: applicant(of: body), draftID: draftID, environment: environment)
    return ResubmissionPolicy.decide(history: history, bodySHA256: BodyDigest.sha256Hex(of: body))
  }

  /// Submits `body` for the applicant (grouped by e-mail fingerprint and by
  /// `draftID`), replaying an open earlier attempt first when there is one.
  public func submit(_ body: JSONValue, draftID: DraftID? = nil) async throws -> SubmissionReport {
    let applicant = applicant(of: body)
    let requestedDigest = BodyDigest.sha256Hex(of: body)
    var report = SubmissionReport(outcome: .alreadyCreated(userID: nil))
    // Never a second customer: Kira is asked before anything is journalled or sent.
    if let blocking = try await existingUsersBlocking(body, draftID: draftID) {
      report.outcome = .emailInUse(users: blocking.users, staleKey: blocking.staleKey)
      return report
    }
    // Each send either returns or settles one open key; a few suffice. Waits
    // for another process's send do not count: each ends when its lock does.
    var sends = 0
    while sends < 8 {
      let claim: SubmissionJournal.Claim
      do {
        claim = try store.journal.claim(
          body: body, applicant: applicant, draftID: draftID, environment: environment,
          operatorName: operatorName, time: now(), makeKey: makeIdempotencyKey)
      } catch let error as StoreError {
        // Nothing was recorded, so nothing was sent.
        throw JournalFailure.beforeSending(error)
      }
      switch claim {
      case .refused(.refuseCreated(let userID, _)):
        report.outcome = .alreadyCreated(userID: userID)
        return report
      case .refused(.refuseUnchanged(let key)):
        report.outcome = .unchangedAfterRejection(idempotencyKey: key)
        return report
      case .refused:
        throw StoreError.database(reason: "the journal refused without a reason")
      case .busy(_, let lockPath):
        report.waitedForAnotherProcess = true
        try await FileLock.waitUntilFree(lockPath)
      case .begun(let begun, let toSend, let lock, let isReplay):
        defer { lock.release() }
        sends += 1
        if BodyDigest.sha256Hex(of: toSend) != requestedDigest { report.replayedEarlierBody = true }
        let sent = try await send(toSend, begun: begun)
        report.attempts.append(sent.record)
        if isReplay, sent.record.outcome == .rejected { continue }
        return try await finish(report, sent: sent, body: toSend, draftID: draftID)
      }
    }
    throw StoreError.database(reason: "the journal keeps asking for replays; see `kira-onboard attempts`")
  }

  // MARK: Helpers

  private struct Sent {
    var record: AttemptRecord
    var user: KiraUser?
    var error: KiraError?
  }

  private func applicant(of body: JSONValue) -> String? {
    body["email"]?.stringValue.flatMap { store.journal.applicantFingerprint(email: $0) }
  }

  /// Sends an attempt already journalled by `claim`, journals the result.
  private func send(_ body: JSONValue, begun: AttemptRecord) async throws -> Sent {
    let key = begun.idempotencyKey
    /// The answer could not be recorded: the request left, its outcome is Kira's.
    func recorded(_ result: AttemptResult) throws -> AttemptRecord {
      do {
        return try store.journal.finish(begun.id, result: result, at: now())
      } catch let error as StoreError {
        throw JournalFailure.afterSending(idempotencyKey: key, error)
      }
    }
    do {
      let user = try await client.createUser(body: body, idempotencyKey: key, onRetry: onRetry)
      let record = try recorded(AttemptResult(outcome: .created, httpStatus: 201, userID: user.id))
      return Sent(record: record, user: user)
    } catch let failure as JournalFailure {
      throw failure
    } catch let error as KiraError {
      let record = try recorded(AttemptResult(error: error))
      return Sent(record: record, error: error)
    } catch {
      // Cancelled or failed locally after the request may have left: unknown.
      try store.journal.finish(
        begun.id, result: AttemptResult(outcome: .unknown, errorCode: "interrupted"), at: now())
      throw error
    }
  }

  /// Turns the last attempt into the report, wiping or annotating the draft.
  private func finish(
    _ report: SubmissionReport, sent: Sent, body: JSONValue, draftID: DraftID?
  ) async throws -> SubmissionReport {
    var report = report
    report.user = sent.user
    let key = sent.record.idempotencyKey
    let error = sent.error ?? KiraError(kind: .invalidResponse, message: "no answer")
    switch sent.record.outcome {
    case .created:
      report.outcome = .created(userID: sent.record.userID ?? "")
      if let draftID, !keepDrafts {
        report.draftWiped = try store.drafts.delete(draftID)
      }
      return report
    case .rejected:
      report.outcome = .rejected(error)
    case .unknown:
      report.outcome = .outcomeUnknown(idempotencyKey: key, error: error)
    case .unavailable:
      report.outcome = .unavailable(idempotencyKey: key, error: error)
    case .auth:
      report.outcome = .authenticationFailed(error)
    case .conflict:
      var existing: [String] = []
      if let email = body["email"]?.stringValue,
        let found = try? await client.listUsers(limit: 10, email: email)
      {
        existing = found.data.map(\.id)
      }
      report.outcome = .conflict(idempotencyKey: key, existingUserIDs: existing, error: error)
    }
    if let draftID { recordDraftError(sent.record, error: error, draftID: draftID) }
    return report
  }

  /// Keeps Kira's verdict on the draft (sealed), so reopening it shows the
  /// field errors on their fields. A draft that no longer exists is skipped.
  private func recordDraftError(_ record: AttemptRecord, error: KiraError, draftID: DraftID) {
    var codes = [record.outcome.rawValue]
    if let code = record.errorCode { codes.append(code) }
    codes += error.fieldErrors.map(\.code)
    var seen: Set<String> = []
    let draftError = DraftError(
      summary: error.message, codes: codes.filter { seen.insert($0).inserted },
      fieldErrors: error.fieldErrors.map {
        DraftError.FieldError(
          field: fieldForPath($0.path), path: $0.path, code: $0.code, message: $0.message)
      })
    try? store.drafts.recordError(draftError, for: draftID)
  }
}

/// The journal failed around a create, saying whether the request left.
public enum JournalFailure: Error, Sendable {
  /// The attempt could not be recorded: nothing was sent to Kira.
  case beforeSending(StoreError)
  /// The request was sent but its answer could not be recorded: the outcome
  /// is unknown here; a retry with `idempotencyKey` is safe.
  case afterSending(idempotencyKey: String, StoreError)
}
