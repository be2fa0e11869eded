import Foundation
import KYCForm
import TerminalUI

/// The support queue screen's state: what was loaded, the highlighted row,
/// the scroll, and what is going on.
public struct QueueState: Sendable {
  /// What is being done in the background.
  public enum Activity: Sendable, Hashable {
    /// Nothing: keys are read.
    case idle
    /// Reading Kira's users and the journal.
    case loading
  }

  /// The last contents loaded (nil before the first load ends).
  public var contents: QueueContents?
  /// The highlighted row, an index into `contents.items`.
  public var selected = 0
  /// The first item row shown.
  public var scroll = 0
  /// What is going on.
  public var activity: Activity = .idle
  /// A one-line message above the key hints.
  public var message: StatusMessage?
  /// When the contents were loaded, already formatted (`10:02:11`).
  public var loadedAt: String?
  /// The screen size.
  public var columns: Int
  /// The screen size.
  public var rows: Int
  /// True once the operator quit.
  public var isFinished = false
  /// The language the screen and its messages speak.
  public var language: OperatorLanguage

  /// A queue about to load, on a screen of `columns` x `rows`, speaking `language`.
  public init(columns: Int, rows: Int, language: OperatorLanguage = .english) {
    self.columns = columns
    self.rows = rows
    self.language = language
  }

  /// The rows, Kira's users first.
  public var items: [QueueItem] { contents?.items ?? [] }

  /// The highlighted row, if any.
  public var selectedItem: QueueItem? {
    items.indices.contains(selected) ? items[selected] : nil
  }
}

/// What the queue asks its runtime to do.
public enum QueueEffect: Sendable, Hashable {
  /// Read Kira's users and the journal again.
  case load
  /// Run the flow of this row (`kira-onboard` with its arguments), then load again.
  case open(QueueItem)
}

/// What happens to the queue.
public enum QueueAction: Sendable {
  /// A key.
  case key(Key)
  /// The background load ended.
  case loaded(QueueContents, at: String)
  /// A flow opened from the queue ended, with its exit status.
  case flowEnded(QueueItem, status: Int32)
}
