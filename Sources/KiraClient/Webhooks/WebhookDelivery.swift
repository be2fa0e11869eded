import Crypto
import Foundation
import KiraModels

/// One of Kira's user events as kept locally: the event name, the user, the
/// event id, when it arrived and the reasons (codes and Kira's text,
/// cleaned). Nothing else of the customer's data is kept.
public struct WebhookEvent: Sendable, Hashable, Codable {
  /// `user.created`, `user.verification.accepted`, `user.verification.failed`, ...
  public var event: String
  /// Kira's user id (`data.user_id`), when the event names one.
  public var userID: String?
  /// `data.event_id`: the de-duplication key.
  public var eventID: String
  /// When this receiver accepted it.
  public var receivedAt: Date
  /// `data.reasons[]`, cleaned (strings, or `code: message` of objects).
  public var reasons: [String]

  /// Creates an event.
  public init(event: String, userID: String?, eventID: String, receivedAt: Date, reasons: [String]) {
    self.event = event
    self.userID = userID
    self.eventID = eventID
    self.receivedAt = receivedAt
    self.reasons = reasons
  }

  enum CodingKeys: String, CodingKey {
    case event
    case userID = "user_id"
    case eventID = "event_id"
    case receivedAt = "received_at"
    case reasons
  }
}

/// Checks and reads a webhook delivery: the signature over the raw body
/// first (nothing of an unsigned body is read), then the envelope.
public enum WebhookDelivery {
  /// Largest body accepted (413 above): user events are a few hundred bytes.
  public static let bodyLimit = 64 * 1024
  /// The signature header.
  public static let signatureHeader = "x-signature-sha256"
  /// Most reasons kept per event.
  public static let reasonLimit = 20

  /// Why a delivery was refused, with the HTTP status to answer.
  public enum Refusal: Error, Sendable, Hashable {
    /// No signature, or one that does not match (401).
    case badSignature
    /// Signed, but not a user event this receiver can keep (400).
    case unreadable(String)

    /// The status to answer.
    public var httpStatus: Int {
      switch self {
      case .badSignature: 401
      case .unreadable: 400
      }
    }
  }

  /// The hex HMAC-SHA256 of `body` with `secret`, as Kira sends it.
  public static func signature(of body: Data, secret: String) -> String {
    let code = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
    return code.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }

  /// True when `header` is the hex HMAC of `body`: compared in constant
  /// time over the decoded bytes (case and a `sha256=` prefix aside).
  public static func isSigned(_ body: Data, header: String?, secret: String) -> Bool {
    guard !secret.isEmpty, var text = header?.trimmingCharacters(in: .whitespaces).lowercased() else {
      return false
    }
    if text.hasPrefix("sha256=") { text.removeFirst("sha256=".count) }
    guard text.count == 64, let given = bytes(hex: text) else { return false }
    let expected = Array(
      HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8))))
    var difference: UInt8 = 0
    for (left, right) in zip(given, expected) { difference |= left ^ right }
    return difference == 0 && given.count == expected.count
  }

  /// The event in a signed body (`{"event": ..., "data": {"event_id": ..., ...}}`).
  public static func read(
    _ body: Data, signature: String?, secret: String, receivedAt: Date
  ) -> Result<WebhookEvent, Refusal> {
    guard isSigned(body, header: signature, secret: secret) else { return .failure(.badSignature) }
    guard let json = try? JSONValue.parseStrict(body), json.objectValue != nil else {
      return .failure(.unreadable("the body is not a JSON object"))
    }
    guard let event = json["event"]?.stringValue.map({ UntrustedText.clean($0, limit: 80) }), !event.isEmpty
    else { return .failure(.unreadable("no event name")) }
    let data = json["data"]
    guard let eventID = data?["event_id"]?.stringValue.map({ UntrustedText.clean($0, limit: 120) }),
      !eventID.isEmpty
    else { return .failure(.unreadable("no data.event_id")) }
    let userID = data?["user_id"]?.stringValue.map { UntrustedText.clean($0, limit: 80) }
    let reasons = (data?["reasons"]?.arrayValue ?? []).prefix(reasonLimit).compactMap { item -> String? in
      let text: String?
      if let string = item.stringValue {
        text = string
      } else if item.objectValue != nil {
        text = [item["code"]?.stringValue, item["message"]?.stringValue ?? item["reason"]?.stringValue]
          .compactMap { $0 }.joined(separator: ": ")
      } else {
        text = nil
      }
      let cleaned = text.map { UntrustedText.clean($0, limit: 300) } ?? ""
      return cleaned.isEmpty ? nil : cleaned
    }
    return .success(
      WebhookEvent(
        event: event, userID: userID?.isEmpty == true ? nil : userID, eventID: eventID,
        receivedAt: receivedAt,
        reasons: reasons))
  }

  private static func bytes(hex: String) -> [UInt8]? {
    var result: [UInt8] = []
    var iterator = hex.utf8.makeIterator()
    while let high = iterator.next() {
      guard let low = iterator.next(), let h = nibble(high), let l = nibble(low) else { return nil }
      result.append(h << 4 | l)
    }
    return result
  }

  private static func nibble(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }
}
