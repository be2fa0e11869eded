import Foundation

/// Identifier of a saved draft: a random UUID, lower case. Not PII, so it is
/// kept in clear and shown in lists (`kira-onboard --resume ID`).
public struct DraftID: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  CustomStringConvertible
{
  /// The UUID text.
  public let rawValue: String

  /// Wraps an existing id.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// A fresh random id.
  public static func random() -> DraftID {
    DraftID(rawValue: UUID().uuidString.lowercased())
  }

  /// The id text.
  public var description: String { rawValue }

  /// Orders by text.
  public static func < (lhs: DraftID, rhs: DraftID) -> Bool { lhs.rawValue < rhs.rawValue }
}
