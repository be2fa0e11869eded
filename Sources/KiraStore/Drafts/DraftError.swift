import Foundation
import KYCForm

/// The last error a draft met (a local validation failure or Kira's answer).
/// Only `codes` is stored in clear; the summary and the per-field messages
/// can quote applicant values, so they are sealed with the draft.
public struct DraftError: Sendable, Hashable, Codable {
  /// One field's error as Kira or the validator reported it.
  public struct FieldError: Sendable, Hashable, Codable {
    /// The form field.
    public var field: FieldID?
    /// The API path (`identifying_information.0.number`).
    public var path: String
    /// Stable code (`invalid_string`, `required`, ...).
    public var code: String
    /// Message for people (may quote the value: sealed).
    public var message: String

    /// Creates a field error.
    public init(field: FieldID?, path: String, code: String, message: String) {
      self.field = field
      self.path = path
      self.code = code
      self.message = message
    }
  }

  /// One line for the resume list and the status bar.
  public var summary: String
  /// Stable error codes, safe to show anyone (`validation_error`, `invalid_enum_value`).
  public var codes: [String]
  /// Field errors, in the order reported.
  public var fieldErrors: [FieldError]

  /// Creates an error summary.
  public init(summary: String, codes: [String], fieldErrors: [FieldError] = []) {
    self.summary = summary
    self.codes = codes
    self.fieldErrors = fieldErrors
  }
}
