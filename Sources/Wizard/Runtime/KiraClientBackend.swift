import KiraClient
import KiraModels

/// The live backend: the shared `KiraClient`, its errors turned into the
/// outcomes the wizard shows.
public struct KiraClientBackend: WizardBackend {
  /// The client (already configured for the chosen environment).
  public let client: KiraClient

  /// Wraps a client.
  public init(client: KiraClient) {
    self.client = client
  }

  /// Authenticates, so refused credentials show before the operator submits.
  public func prepare() async throws {
    try await client.authenticate()
  }

  /// Creates the user; maps `KiraError` to an outcome.
  public func createUser(
    body: JSONValue, idempotencyKey: String, progress: @escaping @Sendable (SubmissionProgress) -> Void
  ) async -> SubmissionOutcome {
    do {
      let user = try await client.createUser(body: body, idempotencyKey: idempotencyKey) { event in
        progress(Self.progress(from: event))
      }
      return .created(Self.createdUser(from: user))
    } catch let error as KiraError {
      return Self.outcome(for: error)
    } catch {
      return .failed(SubmissionFailure(kind: .other, message: String(describing: error)))
    }
  }

  /// A retry event as the Submitting screen shows it.
  static func progress(from event: RetryEvent) -> SubmissionProgress {
    let reason: String
    switch event.reason {
    case .status(let status): reason = "HTTP \(status)"
    case .transport(let transport): reason = transport.phrase
    }
    return .retrying(
      attempt: event.nextAttempt, maxAttempts: event.maxAttempts, delaySeconds: event.delay, reason: reason)
  }

  /// The result screen's summary of a created user.
  static func createdUser(from user: KiraUser) -> CreatedUser {
    CreatedUser(
      id: user.id, status: user.status, verificationStatus: user.verificationStatus,
      verificationMode: user.verificationMode, verificationLink: user.verificationLink,
      verificationLinkError: user.verificationLinkError, verificationTriggered: user.verificationTriggered,
      missingFields: user.missingFields)
  }

  /// How each kind of `KiraError` ends a submission.
  static func outcome(for error: KiraError) -> SubmissionOutcome {
    let fieldErrors = error.fieldErrors.map {
      KiraFieldError(path: $0.path, code: $0.code, message: $0.message)
    }
    switch error.kind {
    case .validation, .clientError, .notFound, .invalidRequest:
      return .rejected(
        httpStatus: error.httpStatus ?? 400, code: error.code, message: error.message,
        fieldErrors: fieldErrors)
    case .conflict:
      if error.isIdempotencyKeyReuse {
        return .failed(
          SubmissionFailure(kind: .conflict, httpStatus: error.httpStatus, message: error.message))
      }
      return .rejected(
        httpStatus: error.httpStatus ?? 409, code: error.code, message: error.message,
        fieldErrors: fieldErrors)
    case .outcomeUnknown, .invalidResponse:
      return .outcomeUnknown(reason: error.message)
    case .authentication, .forbidden:
      return .failed(
        SubmissionFailure(kind: .authentication, httpStatus: error.httpStatus, message: error.message))
    case .rateLimited, .server, .transport:
      return .failed(
        SubmissionFailure(kind: .unavailable, httpStatus: error.httpStatus, message: error.message))
    }
  }
}
