import Foundation

/// Why a draft exists: a fresh applicant, a loaded JSON body, or a fix-up of
/// an existing Kira user.
public enum DraftKind: Sendable, Hashable, Codable {
  /// A new applicant typed in the wizard.
  case new
  /// A body loaded from a file (`kira-onboard --load FILE`).
  case load
  /// A fix-up of the remote user with this id (`kira-onboard fix USER_ID`).
  case fix(remoteUserID: String)

  /// The value of the `kind` column.
  var columnValue: String {
    switch self {
    case .new: "new"
    case .load: "load"
    case .fix: "fix"
    }
  }

  /// The remote user id for fix drafts.
  public var remoteUserID: String? {
    if case .fix(let id) = self { return id }
    return nil
  }

  /// Rebuilds a kind from its columns; unknown text reads as `.new`.
  init(column: String, remoteUserID: String?) {
    switch column {
    case "load": self = .load
    case "fix": self = .fix(remoteUserID: remoteUserID ?? "")
    default: self = .new
    }
  }

  /// A short label for lists ("new", "load", "fix 0b5e6f7a…").
  public var label: String {
    switch self {
    case .new: "new"
    case .load: "load"
    case .fix(let id): "fix " + (id.count > 8 ? String(id.prefix(8)) + "…" : id)
    }
  }
}
