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

  /// Reads the flat body leniently (missing extras are empty/nil).
  public init(raw: JSONValue) throws {
    self.user = try KiraUser(raw: raw)
    self.updatedFields = raw["updated_fields"]?.arrayValue?.compactMap(\.stringValue) ?? []
    self.requiresReverification = raw["requires_reverification"]?.boolValue
    self.verificationTriggered = raw["verification_triggered"]?.boolValue
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
