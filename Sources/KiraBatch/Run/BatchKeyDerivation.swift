import Crypto
import Foundation

/// The idempotency key a batch row is first sent under, derived rather than
/// random: the same body for the same Kira tenant and environment always
/// gets the same key. The journal already replays an open attempt under its
/// key; the derived key also covers the case it cannot see (the same file
/// imported from another machine or store while Kira still keeps the key,
/// 24 hours): Kira answers with the first result instead of a second user.
public struct BatchKeyDerivation: Sendable {
  /// The HMAC key's bytes (SymmetricKey is not Sendable).
  private let keyBytes: Data

  /// Keys for the tenant `clientID` in `environment` (the journal's name for it).
  public init(clientID: String, environment: String) {
    let material = "kira-onboard import idempotency v1\n\(clientID.lowercased())\n\(environment)"
    keyBytes = Data(SHA256.hash(data: Data(material.utf8)))
  }

  /// A UUID v4 (lower case, as Kira asks) made from the body's SHA-256:
  /// 122 bits of an HMAC, with the version and variant bits set.
  public func idempotencyKey(bodySHA256: String) -> String {
    var bytes = Array(
      HMAC<SHA256>.authenticationCode(for: Data(bodySHA256.utf8), using: SymmetricKey(data: keyBytes)).prefix(
        16))
    bytes[6] = (bytes[6] & 0x0F) | 0x40
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { String(format: "%02x", $0) }.joined()
    let parts = [
      hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
      hex.dropFirst(20),
    ]
    return parts.joined(separator: "-")
  }
}
