import Crypto
import Foundation

/// AES-GCM sealing for everything the store keeps encrypted. Every sealed
/// value is bound to its row and purpose through the associated data, so a
/// ciphertext copied to another row or column does not open.
enum StoreCipher {
  /// Seals `plaintext` under `key`; the result is nonce + ciphertext + tag.
  static func seal(_ plaintext: Data, key: SymmetricKey, context: String) throws -> Data {
    do {
      let box = try AES.GCM.seal(plaintext, using: key, authenticating: Data(context.utf8))
      guard let combined = box.combined else {
        throw StoreError.database(reason: "AES-GCM produced no combined box")
      }
      return combined
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.database(reason: "encryption failed: \(error)")
    }
  }

  /// Opens a value sealed by `seal(_:key:context:)` with the same context.
  static func open(_ sealed: Data, key: SymmetricKey, context: String) throws -> Data {
    do {
      let box = try AES.GCM.SealedBox(combined: sealed)
      return try AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
    } catch {
      throw StoreError.decryptionFailed(what: context)
    }
  }

  /// A fresh random 256-bit data key and its form wrapped by the master key.
  static func newDataKey(master: MasterKey, context: String) throws -> (SymmetricKey, Data) {
    let dataKey = SymmetricKey(size: .bits256)
    let raw = dataKey.withUnsafeBytes { Data($0) }
    return (dataKey, try seal(raw, key: master.key, context: "wrap:" + context))
  }

  /// Unwraps a data key made by `newDataKey(master:context:)`.
  static func unwrapDataKey(_ wrapped: Data, master: MasterKey, context: String) throws -> SymmetricKey {
    SymmetricKey(data: try open(wrapped, key: master.key, context: "wrap:" + context))
  }

  /// A key derived from the master key for one purpose (HKDF-SHA256).
  static func derivedKey(master: MasterKey, purpose: String) -> SymmetricKey {
    HKDF<SHA256>.deriveKey(
      inputKeyMaterial: master.key, info: Data(purpose.utf8), outputByteCount: 32)
  }

  /// Lower-case hex HMAC-SHA256 of `data` under `key`.
  static func hmacHex(_ data: Data, key: SymmetricKey) -> String {
    HMAC<SHA256>.authenticationCode(for: data, using: key).map { String(format: "%02x", $0) }.joined()
  }
}
