/// Why a payload could not be built: names the field, its API path and the problem.
public struct PayloadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The form field at fault (`document.front_image`).
  public var field: FieldID
  /// Where its value goes in the body.
  public var apiPath: String
  /// Stable code (`file_not_found`, `file_unreadable`, `file_empty`, `file_wrong_type`, `invalid_metadata`...).
  public var code: String
  /// One line for people.
  public var message: String

  /// Creates a payload error.
  public init(field: FieldID, apiPath: String, code: String, message: String) {
    self.field = field
    self.apiPath = apiPath
    self.code = code
    self.message = message
  }

  /// `path: message [code]`.
  public var description: String { "\(apiPath): \(message) [\(code)]" }
}
