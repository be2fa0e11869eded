import Foundation
import KYCForm

/// What a resume list shows about a draft, read from clear columns only (no
/// decryption): masked name, step, age, error codes.
public struct DraftSummary: Sendable, Hashable {
  /// The draft's id.
  public var id: DraftID
  /// New applicant, loaded body, or fix-up.
  public var kind: DraftKind
  /// The step reached.
  public var step: StepID
  /// The field that had the focus.
  public var focusedField: FieldID?
  /// Who typed it.
  public var operatorName: String
  /// When the draft was started.
  public var createdAt: Date
  /// When it was last saved.
  public var updatedAt: Date
  /// "M. G…", or "" before a name was typed.
  public var maskedName: String
  /// Codes of the last error (empty when none).
  public var errorCodes: [String]

  /// Creates a summary.
  public init(
    id: DraftID, kind: DraftKind, step: StepID, focusedField: FieldID?, operatorName: String,
    createdAt: Date, updatedAt: Date, maskedName: String, errorCodes: [String]
  ) {
    self.id = id
    self.kind = kind
    self.step = step
    self.focusedField = focusedField
    self.operatorName = operatorName
    self.createdAt = createdAt
    self.updatedAt = updatedAt
    self.maskedName = maskedName
    self.errorCodes = errorCodes
  }
}
