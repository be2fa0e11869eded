import Foundation

/// `PUT /v1/users/{id}` answer: the updated user plus what the update did
/// (`updated_fields`, `requires_reverification`, `verification_triggered`).
public struct UserUpdateResponse: Sendable, Hashable, Codable {
  /// The user after the update.
  public var user: KiraUser
  /// The API keys that changed.
  public var updatedFields: [String]
  /// True when a sensitive edit (name, birth date, address, documents) re-triggers KYC.
  public var requiresReverification: Bool?
  /// True when verification started because of this update.
  public var verificationTriggered: Bool?
  /// `warnings[]`: what Kira took but did not fully apply (a document that
  /// failed to upload, say), cleaned, at most `warningLimit` of them.
  public var warnings: [String]

  /// Most warnings kept.
  public static let warningLimit = 20

  /// Reads the flat body leniently (missing extras are empty/nil).
  public init(raw: JSONValue) throws {
    self.user = try KiraUser(raw: raw)
    self.updatedFields = raw["updated_fields"]?.arrayValue?.compactMap(\.stringValue) ?? []
    self.requiresReverification = raw["requires_reverification"]?.boolValue
    self.verificationTriggered = raw["verification_triggered"]?.boolValue
    self.warnings = Self.warnings(in: raw["warnings"])
  }

  /// Each warning as one line: a string as it is; an object as its field
  /// (`field` or `path`), then its `message` (or `code`); anything else skipped.
  static func warnings(in value: JSONValue?) -> [String] {
    guard let items = value?.arrayValue else { return [] }
    return items.prefix(warningLimit).compactMap { item -> String? in
      let text: String?
      if let string = item.stringValue {
        text = string
      } else if item.objectValue != nil {
        let field = item["field"]?.stringValue ?? item["path"]?.stringValue
        let message = item["message"]?.stringValue ?? item["code"]?.stringValue
        text = [field, message].compactMap { $0 }.joined(separator: ": ")
      } else {
        text = nil
      }
      guard let text else { return nil }
      let cleaned = UntrustedText.clean(text, limit: 200)
      return cleaned.isEmpty ? nil : cleaned
    }
  }

  /// Decodes the flat body.
  public init(from decoder: any Decoder) throws {
    try self.init(raw: JSONValue(from: decoder))
  }

  /// Encodes the body as received.
  public func encode(to encoder: any Encoder) throws {
    try user.raw.encode(to: encoder)
  }
}
