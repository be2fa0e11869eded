import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraStore
import Wizard

/// The wizard's backend. Creates go through the
/// submission coordinator and the journal: an open attempt is sent again
/// with its own key and body first, a corrected body gets a new key only
/// after a definite rejection, and an applicant already created is never
/// sent again. It also answers Review's duplicate e-mail check and the
/// fix-up's `PUT`, reload and re-issue.
public struct JournaledWizardBackend: DraftAwareBackend, ExistingEmailAwareBackend, WizardSupportBackend {
  /// The client and its environment.
  public let session: KiraSession
  /// The journal and drafts (nil: creates go straight to the client).
  public let store: LocalStore?
  /// Written into the journal.
  public let operatorName: String
  /// `--keep-drafts`.
  public let keepDrafts: Bool
  /// Rules for building `PUT` bodies.
  public var policy: ValidationPolicy = .standard()

  /// A backend over `session`, journaling into `store` when there is one.
  public init(
    session: KiraSession, store: LocalStore?, operatorName: String, keepDrafts: Bool,
    policy: ValidationPolicy = .standard()
  ) {
    self.session = session
    self.store = store
    self.operatorName = operatorName
    self.keepDrafts = keepDrafts
    self.policy = policy
  }

  /// The fix-up's `PUT`, reload and re-issue, through this session's client.
  public var fixUp: FixUpService { FixUpService(client: session.client) }

  /// Authenticates, so refused credentials show before the operator submits.
  public func prepare() async throws {
    try await session.client.authenticate()
  }

  /// Kira's `GET /v1/countries` (cached in the store a week), except on the
  /// embedded sandbox, whose list is the embedded table itself.
  public func subdivisions() async -> SubdivisionCatalog? {
    await session.subdivisionCatalog(store: store)
  }

  public func createUser(
    body: JSONValue, idempotencyKey: String, progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome {
    await createUser(body: body, idempotencyKey: idempotencyKey, draftID: nil, progress: progress)
  }

  public func createUser(
    body: JSONValue, idempotencyKey: String, draftID: String?,
    progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome {
    await createUser(
      body: body, idempotencyKey: idempotencyKey, draftID: draftID, allowingExistingUsers: [],
      progress: progress)
  }

  /// Creates through the journal, after looking the e-mail up on Kira: users
  /// other than `allowingExistingUsers` stop the create (`.emailInUse`).
  public func createUser(
    body: JSONValue, idempotencyKey: String, draftID: String?, allowingExistingUsers: [String],
    progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome {
    guard let store else {
      return await KiraClientBackend(client: session.client).createUser(
        body: body, idempotencyKey: idempotencyKey, progress: progress)
    }
    var coordinator = makeSubmissionCoordinator(
      session: session, store: store, operatorName: operatorName, keepDrafts: keepDrafts,
      onRetry: { progress(KiraClientBackend.submissionProgress(from: $0)) })
    // A new body goes out under the key the wizard shows; an open attempt
    // is replayed under its own (the wizard resumed it with that key).
    coordinator.makeIdempotencyKey = { idempotencyKey }
    coordinator.existingEmailPolicy = .refuse(allowing: Set(allowingExistingUsers))
    do {
      let report = try await coordinator.submit(body, draftID: draftID.map(DraftID.init(rawValue:)))
      return await outcome(of: report)
    } catch let error as KiraError {
      return KiraClientBackend.submissionOutcome(for: error)
    } catch JournalFailure.beforeSending(let error) {
      return .failed(
        SubmissionFailure(
          kind: .other,
          message: "Nothing was sent to Kira: the local journal could not record the attempt "
            + "(\(error.message)). Free space or fix the store, then submit again"))
    } catch JournalFailure.afterSending(_, let error) {
      return .outcomeUnknown(
        reason: "sent, but the local journal could not record Kira's answer (\(error.message)); "
          + "retry with the same key")
    } catch let error as StoreError {
      return .outcomeUnknown(reason: "the local journal failed (\(error.message)); retry with the same key")
    } catch {
      return .outcomeUnknown(reason: String(describing: error))
    }
  }

  /// The wizard's outcome for the coordinator's report.
  public func outcome(of report: SubmissionReport) async -> SubmissionOutcome {
    switch report.outcome {
    case .created(let userID):
      return .created(report.user.map(KiraClientBackend.summary(of:)) ?? CreatedUser(id: userID))
    case .emailInUse(let users, let staleKey):
      return .emailInUse(
        users: users.map { ExistingUser(id: $0.id, status: $0.status, createdAt: $0.createdAt) },
        staleAttempt: staleKey != nil)
    case .alreadyCreated(let userID):
      guard let userID else {
        return .failed(
          SubmissionFailure(
            kind: .other,
            message: "An earlier attempt already created this applicant; nothing was sent "
              + "(see kira-onboard attempts --all)"))
      }
      // Never a false "created": the answers typed now were not sent.
      if let user = try? await session.client.getUser(id: userID) {
        return .alreadyOnboarded(KiraClientBackend.summary(of: user))
      }
      return .alreadyOnboarded(CreatedUser(id: userID))
    case .rejected(let error):
      return KiraClientBackend.submissionOutcome(for: error)
    case .unchangedAfterRejection(let key):
      return .rejected(
        httpStatus: 400, code: "unchanged_after_rejection",
        message: "Kira already rejected exactly these answers (idempotency key \(key)); "
          + "change them before submitting again",
        fieldErrors: [])
    case .outcomeUnknown(_, let error):
      return .outcomeUnknown(reason: error.message)
    case .unavailable(_, let error):
      return .failed(
        SubmissionFailure(kind: .unavailable, httpStatus: error.httpStatus, message: error.message))
    case .authenticationFailed(let error):
      return .failed(
        SubmissionFailure(kind: .authentication, httpStatus: error.httpStatus, message: error.message))
    case .conflict(_, let existing, let error):
      let users = existing.isEmpty ? "" : " Users with this e-mail: " + existing.joined(separator: ", ")
      return .failed(
        SubmissionFailure(kind: .conflict, httpStatus: error.httpStatus, message: error.message + users))
    }
  }

  // MARK: - Support

  public func findUsers(email: String) async throws -> [ExistingUser] {
    let page = try await session.client.listUsers(limit: 10, email: email)
    return page.data.map { ExistingUser(id: $0.id, status: $0.status, createdAt: $0.createdAt) }
  }

  /// The fix-up's save: `FixUpService.update` (only the changed keys, then the reload).
  public func updateUser(id: String, original: FormValues, edited: FormValues) async -> FixUpdateResult {
    do {
      switch try await fixUp.update(userID: id, original: original, edited: edited, policy: policy) {
      case .nothingChanged:
        return .nothingChanged
      case .updated(let fields, let update, let reloaded):
        return .updated(
          sentFields: fields, updatedFields: update.updatedFields,
          requiresReverification: update.requiresReverification,
          verificationTriggered: update.verificationTriggered, target: FixTarget(user: reloaded),
          warnings: update.warnings)
      }
    } catch let error as KiraError {
      switch error.kind {
      case .validation, .clientError, .invalidRequest:
        return .rejected(
          message: error.message,
          fieldErrors: error.fieldErrors.map {
            KiraFieldError(path: $0.path, code: $0.code, message: $0.message)
          }
        )
      default:
        return .failed(error.message)
      }
    } catch {
      return .failed(String(describing: error))
    }
  }

  /// The fix-up's re-issue: `FixUpService.reissue` (an embedded link under a new key).
  public func reissueVerification(id: String) async -> ReissueResult {
    do {
      let response = try await fixUp.reissue(userID: id)
      guard let link = response.verificationLink, !link.isEmpty else {
        return .failed(response.verificationLinkRefusal ?? "Kira answered without a verification link")
      }
      return .issued(link: link, status: response.status)
    } catch let error as KiraError {
      return .failed(error.message)
    } catch {
      return .failed(String(describing: error))
    }
  }
}
