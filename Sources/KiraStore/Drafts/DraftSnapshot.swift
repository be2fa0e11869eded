import Foundation
import KYCForm

/// Everything needed to resume a draft exactly where the operator left it:
/// every answer, the step, the focused field and the last error.
public struct DraftSnapshot: Sendable, Hashable {
  /// The draft's id.
  public var id: DraftID
  /// New applicant, loaded body, or fix-up of a remote user.
  public var kind: DraftKind
  /// The operator's answers (sealed at rest).
  public var values: FormValues
  /// The step the operator was on.
  public var step: StepID
  /// The field that had the focus, if any.
  public var focusedField: FieldID?
  /// Who typed it (`--operator`, default the login name).
  public var operatorName: String
  /// When the draft was started.
  public var createdAt: Date
  /// When it was last saved.
  public var updatedAt: Date
  /// The last error met, if any.
  public var lastError: DraftError?

  /// Creates a snapshot.
  public init(
    id: DraftID = .random(), kind: DraftKind = .new, values: FormValues = FormValues(),
    step: StepID = .verification, focusedField: FieldID? = nil, operatorName: String,
    createdAt: Date = Date(), updatedAt: Date? = nil, lastError: DraftError? = nil
  ) {
    self.id = id
    self.kind = kind
    self.values = values
    self.step = step
    self.focusedField = focusedField
    self.operatorName = operatorName
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
    self.lastError = lastError
  }

  /// The masked applicant name kept in clear ("M. G…").
  public var maskedName: String { NameMask.mask(values) }
}
