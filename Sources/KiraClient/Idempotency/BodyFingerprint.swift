import Crypto
import Foundation
import KiraModels

/// A stable fingerprint of a request body: SHA-256 (hex) of its canonical
/// JSON (sorted keys). Equal bodies give equal fingerprints whatever the key
/// order; the fingerprint reveals nothing of the applicant's data.
public enum BodyFingerprint {
  /// The fingerprint of `body`.
  public static func of(_ body: JSONValue) -> String {
    let digest = SHA256.hash(data: body.encoded())
    return digest.map { String(format: "%02x", $0) }.joined()
  }
}
