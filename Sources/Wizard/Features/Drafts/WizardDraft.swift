import Foundation
import KYCForm
import KiraModels

/// A draft as the wizard saves and resumes it: every answer, where the
/// operator was, and what the journal says about its submissions. The
/// executable stores it (encrypted) through a `DraftPersistence`.
public struct WizardDraft: Sendable, Hashable {
  /// The draft's id; `nil` until the store has saved it once.
  public var id: String?
  /// A new applicant or a loaded JSON body.
  public var kind: WizardDraftKind
  /// Every answer.
  public var values: FormValues
  /// The step the operator was on (the last step while on Review).
  public var step: StepID
  /// The focused field; `nil` on Review (and on the result of a failed submission).
  public var focusedField: FieldID?
  /// When the draft was started.
  public var createdAt: Date
  /// When it was saved.
  public var updatedAt: Date
  /// The last error met (Kira's verdict or an unknown outcome), still unresolved.
  public var lastError: DraftProblem?
  /// Read from the journal on load: a submission whose outcome is still open,
  /// to be sent again with the same key and body before anything else.
  public var openSubmission: OpenSubmission?
  /// Read from the journal on load: the user an earlier attempt created
  /// (this applicant is never sent again).
  public var createdUserID: String?

  /// Creates a draft.
  public init(
    id: String? = nil, kind: WizardDraftKind = .new, values: FormValues, step: StepID,
    focusedField: FieldID?, createdAt: Date, updatedAt: Date, lastError: DraftProblem? = nil,
    openSubmission: OpenSubmission? = nil, createdUserID: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.values = values
    self.step = step
    self.focusedField = focusedField
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.lastError = lastError
    self.openSubmission = openSubmission
    self.createdUserID = createdUserID
  }

  /// True when the draft was left on Review (or a result) rather than on a field.
  public var isOnReview: Bool { focusedField == nil }
}

/// Why a draft exists.
public enum WizardDraftKind: Sendable, Hashable {
  /// An applicant typed in the wizard.
  case new
  /// A JSON body opened with `--load FILE`.
  case load
}

/// The last unresolved error of a draft: a one-line summary, stable codes
/// (the only part a resume list shows), and Kira's field errors.
public struct DraftProblem: Sendable, Hashable {
  /// One line for people (may quote a value: stored encrypted).
  public var summary: String
  /// Stable codes (`rejected`, `validation_error`, `invalid_string`, `unknown`).
  public var codes: [String]
  /// Kira's field errors still to fix (path, code, message).
  public var fieldErrors: [KiraFieldError]

  /// Creates a problem.
  public init(summary: String, codes: [String], fieldErrors: [KiraFieldError] = []) {
    self.summary = summary
    self.codes = codes
    self.fieldErrors = fieldErrors
  }
}

/// A submission the journal still holds open (sent, outcome unknown): the
/// exact body and key to send again.
public struct OpenSubmission: Sendable, Hashable {
  /// The idempotency key it went out with.
  public var idempotencyKey: String
  /// The exact body sent.
  public var payload: JSONValue
  /// How many times it was sent.
  public var submissions: Int
  /// Why the outcome is open ("no answer before the time-out").
  public var reason: String

  /// Creates an open submission.
  public init(idempotencyKey: String, payload: JSONValue, submissions: Int, reason: String) {
    self.idempotencyKey = idempotencyKey
    self.payload = payload
    self.submissions = submissions
    self.reason = reason
  }
}
