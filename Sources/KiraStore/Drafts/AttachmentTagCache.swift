import Foundation

/// Remembers the tag computed for each long value of a draft, so saving a
/// draft with a 10 MB document image after every field does not re-hash the
/// image each time. An entry is valid only for the exact wrapped data key it
/// was computed under (a wiped and recreated draft gets a new key).
final class AttachmentTagCache: @unchecked Sendable {
  private struct Entry {
    var wrappedKey: Data
    var value: String
    var tag: String
  }

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]

  /// The cached tag for `value` of `field` in `draftID`, or the one `compute` makes.
  func tag(
    draftID: String, field: String, value: String, wrappedKey: Data, compute: () -> String
  ) -> String {
    let key = draftID + "\u{0}" + field
    lock.lock()
    let cached = entries[key]
    lock.unlock()
    if let cached, cached.wrappedKey == wrappedKey, cached.value == value { return cached.tag }
    let tag = compute()
    lock.lock()
    entries[key] = Entry(wrappedKey: wrappedKey, value: value, tag: tag)
    lock.unlock()
    return tag
  }

  /// Forgets every entry of the given drafts (after a wipe).
  func forget(draftIDs: [String]) {
    let prefixes = draftIDs.map { $0 + "\u{0}" }
    lock.lock()
    entries = entries.filter { key, _ in !prefixes.contains { key.hasPrefix($0) } }
    lock.unlock()
  }
}
