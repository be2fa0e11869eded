import Foundation
import KYCForm
import KiraModels

/// The sealed part of a draft row. Long values (document data URIs) are kept
/// out of it, in `draft_attachment` rows named by a keyed tag, so saving a
/// draft after each field rewrites a few hundred bytes, not megabytes.
struct DraftBody: Codable, Sendable {
  /// Field values shorter than `attachmentThreshold`.
  var values: [String: String]
  /// Unmodelled keys of a loaded body.
  var extras: [String: JSONValue]
  /// Field id -> attachment tag for the long values.
  var attachments: [String: String]

  /// Values at least this long (in UTF-8 bytes) go to attachments.
  static let attachmentThreshold = 4096
}
