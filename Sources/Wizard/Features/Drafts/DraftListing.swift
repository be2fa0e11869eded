import Foundation
import KYCForm

/// One row of the resume list, read without decrypting anything: the masked
/// name, the step reached, when it was saved and the last error's codes.
public struct DraftListing: Sendable, Hashable {
  /// The draft's id.
  public var id: String
  /// "M. G…", or "" before a name was typed.
  public var maskedName: String
  /// The step reached.
  public var step: StepID
  /// The focused field (`nil`: left on Review).
  public var focusedField: FieldID?
  /// When it was last saved.
  public var updatedAt: Date
  /// Codes of the last error (empty when none).
  public var errorCodes: [String]
  /// Who typed it.
  public var operatorName: String
  /// "new", "load".
  public var kindLabel: String

  /// Creates a row.
  public init(
    id: String, maskedName: String, step: StepID, focusedField: FieldID?, updatedAt: Date,
    errorCodes: [String], operatorName: String, kindLabel: String = "new"
  ) {
    self.id = id
    self.maskedName = maskedName
    self.step = step
    self.focusedField = focusedField
    self.updatedAt = updatedAt
    self.errorCodes = errorCodes
    self.operatorName = operatorName
    self.kindLabel = kindLabel
  }
}
