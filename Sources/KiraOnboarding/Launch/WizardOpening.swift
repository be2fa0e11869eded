/// What the wizard opens on first.
public enum WizardOpening: Sendable, Equatable {
  /// The saved drafts to choose from (a fresh form when there are none).
  case resumeList
  /// A fresh form, without offering the saved drafts (`--fresh`).
  case fresh
  /// A saved draft: an id, or a unique prefix of one (`--resume`).
  case resume(String)
  /// A JSON body from a file, on Review (`--load`).
  case load(String)
  /// A failed journal attempt, on Review with Kira's field errors (`--attempt`).
  case attempt(Int64)

  /// True when the store can open after the first frame (a fresh form or the
  /// resume list); a draft, body or attempt is read before it, so a wrong id
  /// or file is reported on stderr.
  public var opensStoreAfterFirstFrame: Bool {
    switch self {
    case .resumeList, .fresh: true
    case .resume, .load, .attempt: false
    }
  }
}
