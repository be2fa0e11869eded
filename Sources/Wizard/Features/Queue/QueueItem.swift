import Foundation

/// One row of the support queue: a Kira user that needs action or a local
/// attempt whose outcome is still open, with the flow Enter opens for it.
public struct QueueItem: Sendable, Hashable {
  /// What the row is about.
  public enum Source: Sendable, Hashable {
    /// A user at Kira (`GET /v1/users`), by id.
    case kiraUser(id: String)
    /// A row of this desk's submission journal, by number.
    case attempt(id: Int64)
  }

  /// What the row is about.
  public var source: Source
  /// Who or what: a masked name and a short id, or the attempt's number.
  public var title: String
  /// Where it stands (`REJECTED · rejected`, `rejected · HTTP 400`).
  public var state: String
  /// When it was created or sent, already formatted.
  public var time: String
  /// Why it needs action (Kira's reasons, the fields Kira named), already
  /// free of control characters; empty when nothing is known.
  public var details: [String]
  /// What Enter does, in a few words (`fix the data`, `open in the wizard`).
  public var action: String
  /// The kira-onboard arguments of that flow (`["fix", id]`); empty when
  /// there is nothing to open (the details say what to do instead).
  public var arguments: [String]

  /// Creates a row.
  public init(
    source: Source, title: String, state: String, time: String, details: [String] = [], action: String,
    arguments: [String]
  ) {
    self.source = source
    self.title = title
    self.state = state
    self.time = time
    self.details = details
    self.action = action
    self.arguments = arguments
  }
}

/// What the queue shows: Kira's users that need action and this desk's open
/// attempts, loaded together.
public struct QueueContents: Sendable, Hashable {
  /// Users at Kira that need action, newest first.
  public var kiraUsers: [QueueItem]
  /// Open attempts of this desk's journal, newest first.
  public var attempts: [QueueItem]
  /// What could not be read (Kira unreachable, the store locked), one line
  /// each, naming the source and the reason.
  public var problems: [String]
  /// Where the users came from (`sandbox`, `production`, a URL).
  public var environment: String

  /// Creates the contents.
  public init(kiraUsers: [QueueItem], attempts: [QueueItem], problems: [String] = [], environment: String) {
    self.kiraUsers = kiraUsers
    self.attempts = attempts
    self.problems = problems
    self.environment = environment
  }

  /// Every row, Kira's users first.
  public var items: [QueueItem] { kiraUsers + attempts }
}
