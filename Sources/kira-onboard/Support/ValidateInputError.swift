import Foundation
import KYCForm
import KiraModels

/// Why `kira-onboard validate` could not even look at the body.
enum ValidateInputError: Error, Equatable {
  /// The file is missing or unreadable (exit 66).
  case unreadable(path: String, reason: String)
  /// The file is not JSON (exit 65).
  case notJSON(path: String)
  /// The file is not strict JSON: where and why (exit 65).
  case syntax(path: String, JSONSyntaxError)
}

extension ValidateInputError: PresentableError {
  var userMessage: String {
    switch self {
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    case .notJSON(let path): "\(path) is not valid JSON"
    case .syntax(let path, let error):
      CleanText.escaped("\(path) is not valid JSON (\(error)) [\(error.code)]")
    }
  }

  var exitStatus: Int32 {
    switch self {
    case .unreadable: ExitStatus.noInput
    case .notJSON, .syntax: ExitStatus.dataError
    }
  }
}
