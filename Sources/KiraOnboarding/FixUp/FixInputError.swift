import Foundation

/// A `fix --set` the form refuses before anything is sent.
public enum FixInputError: Error, PresentableError, Equatable {
  /// No form field has this name, API path or token.
  case unknownField(String)
  /// Values that break the form's rules, one line each (`field: message [code]`).
  case invalidValues([String])

  public var userMessage: String {
    switch self {
    case .unknownField(let name):
      "fix: \"\(name)\" is not a form field (use a field id such as source_of_funds, "
        + "an API path such as identifying_information.0.number, or a missing_fields token)"
    case .invalidValues(let lines):
      "fix: nothing sent; these values break the form's rules:\n"
        + lines.map { "  " + $0 }.joined(separator: "\n")
    }
  }

  /// Unknown field: usage (64); invalid value: data error (65).
  public var exitStatus: Int32 {
    switch self {
    case .unknownField: ExitStatus.usage
    case .invalidValues: ExitStatus.dataError
    }
  }
}
