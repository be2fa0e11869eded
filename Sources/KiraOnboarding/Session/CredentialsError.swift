import KiraClient

/// Why credentials could not be used. Messages never include a credential.
public enum CredentialsError: Error, Equatable, PresentableError {
  /// Some but not all of the three variables are set.
  case partialEnvironment(missing: [String])
  /// The file can be read by group or others.
  case fileTooOpen(path: String, mode: Int)
  /// The file exists but cannot be read.
  case unreadableFile(path: String, reason: String)
  /// The file is not the expected JSON.
  case malformedFile(path: String, reason: String)
  /// A non-sandbox target was chosen without credentials.
  case missing(target: String, file: String)

  public var userMessage: String {
    switch self {
    case .partialEnvironment(let missing):
      return "Kira credentials are incomplete: set \(missing.joined(separator: ", ")) too "
        + "(or unset all three to use the embedded sandbox)"
    case .fileTooOpen(let path, let mode):
      return "refusing \(path): it is readable by others (mode \(String(mode & 0o777, radix: 8))). "
        + "Run: chmod 600 \(ShellQuoting.quote(path))"
    case .unreadableFile(let path, let reason):
      return "cannot read \(path): \(reason)"
    case .malformedFile(let path, let reason):
      return "\(path) is not a usable credentials file: \(reason). Expected "
        + "{\"api_key\": \"…\", \"client_id\": \"…\", \"password\": \"…\"}"
    case .missing(let target, let file):
      return "no Kira credentials for \(target): set KIRA_API_KEY, KIRA_CLIENT_ID and KIRA_PASSWORD, "
        + "or write them to \(file) (mode 600)"
    }
  }

  public var exitStatus: Int32 { ExitStatus.permissionDenied }
}

extension CredentialsError {
  /// The credentials file's wording of an owned-file failure.
  public init(_ error: OwnedFileError) {
    switch error {
    case .symbolicLink(let path):
      self = .unreadableFile(
        path: path, reason: "it is a symbolic link; kira-onboard reads only the file itself, never a link")
    case .notRegular(let path): self = .unreadableFile(path: path, reason: "it is not a regular file")
    case .wrongOwner(let path, let owner):
      self = .unreadableFile(
        path: path, reason: "it belongs to another user (uid \(owner)); credentials must be your own file")
    case .tooWide(let path, let mode): self = .fileTooOpen(path: path, mode: Int(mode))
    case .tooLarge(let path, let limit):
      self = .unreadableFile(path: path, reason: "it is larger than \(limit) bytes")
    case .system(let path, let reason): self = .unreadableFile(path: path, reason: reason)
    }
  }
}
