import Foundation
import KYCForm

/// The list of saved drafts offered at start.
public struct ResumeList: Sendable, Hashable {
  /// The drafts, most recent first.
  public var entries: [DraftListing]
  /// The highlighted row.
  public var highlighted: Int
  /// True while "delete this draft?" is asked.
  public var confirmingDelete: Bool
  /// The highlighted draft is open in another wizard: read-only or take over?
  public var lockPrompt: DraftLockPrompt?

  /// Creates a list with the first row highlighted.
  public init(entries: [DraftListing], highlighted: Int = 0, confirmingDelete: Bool = false) {
    self.entries = entries
    self.highlighted = entries.isEmpty ? 0 : min(max(0, highlighted), entries.count - 1)
    self.confirmingDelete = confirmingDelete
  }

  /// The highlighted draft.
  public var selected: DraftListing? {
    entries.indices.contains(highlighted) ? entries[highlighted] : nil
  }
}

/// "This draft is open elsewhere": asked on the resume list.
public struct DraftLockPrompt: Sendable, Hashable {
  /// The draft.
  public var id: String
  /// Where it is open.
  public var holder: String

  /// Creates the prompt.
  public init(id: String, holder: String) {
    self.id = id
    self.holder = holder
  }
}

/// Whether Kira already has a user with the applicant's e-mail.
