import Crypto
import Foundation
import KiraModels

/// The canonical form and SHA-256 of a request body: sorted keys, no
/// whitespace, UTF-8, so the same body always hashes the same.
public enum BodyDigest {
  /// The bytes sent and hashed.
  public static func canonicalBytes(of body: JSONValue) -> Data {
    body.encoded()
  }

  /// Lower-case hex SHA-256 of the canonical body.
  public static func sha256Hex(of body: JSONValue) -> String {
    sha256Hex(canonicalBytes(of: body))
  }

  /// Lower-case hex SHA-256 of bytes.
  public static func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
  }
}
