import Foundation
import KYCForm
import KiraModels

/// Why `kira-onboard validate` could not even look at the body.
public enum ValidateInputError: Error, Equatable {
  /// The file is missing or unreadable (exit 66).
  case unreadable(path: String, reason: String)
  /// The file is not JSON (exit 65).
  case notJSON(path: String)
  /// The body is over the body limit (exit 65); `size` is `nil` for a stream.
  case tooLarge(path: String, size: Int?, limit: Int)
  /// The file is not strict JSON: where and why (exit 65).
  case syntax(path: String, JSONSyntaxError)
}

extension ValidateInputError: PresentableError {
  public var userMessage: String {
    switch self {
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    case .notJSON(let path): "\(path) is not valid JSON"
    case .tooLarge(let path, let size, let limit):
      "\(path) is \(size.map { "\(DocumentFiles.formatBytes($0))" } ?? "over the limit"): "
        + "a body may be at most \(DocumentFiles.formatBytes(limit)); nothing was read or sent"
    case .syntax(let path, let error):
      CleanText.escaped("\(path) is not valid JSON (\(error)) [\(error.code)]")
    }
  }

  public var exitStatus: Int32 {
    switch self {
    case .unreadable: ExitStatus.noInput
    case .notJSON, .tooLarge, .syntax: ExitStatus.dataError
    }
  }
}
