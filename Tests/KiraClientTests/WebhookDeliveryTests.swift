import Foundation
import KiraClient
import KiraModels
import Testing

/// Kira's webhook deliveries: the signature over the raw bytes, then a
/// hostile envelope read into the few fields kept.
@Suite("webhook deliveries")
struct WebhookDeliveryTests {
  static let secret = "whsec_test"
  static let body = Data(
    #"{"event":"user.verification.failed","data":{"event_id":"evt_1","user_id":"u-1","reasons":["r"]}}"#.utf8)

  @Test("the signature is the hex HMAC-SHA256 of the raw body (RFC 4231 vector)")
  func knownVector() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
    #expect(
      WebhookDelivery.signature(of: Data("what do ya want for nothing?".utf8), secret: "Jefe")
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }

  @Test("accepted: the exact signature, in either case, with or without sha256=", arguments: [0, 1, 2, 3])
  func accepted(spelling: Int) {
    let signature = WebhookDelivery.signature(of: Self.body, secret: Self.secret)
    let header = [signature, signature.uppercased(), "sha256=" + signature, "  " + signature + " "][spelling]
    #expect(WebhookDelivery.isSigned(Self.body, header: header, secret: Self.secret))
  }

  @Test("refused: missing, empty, short, long, not hex, another secret, another body, an empty secret")
  func refused() {
    let signature = WebhookDelivery.signature(of: Self.body, secret: Self.secret)
    var flipped = Array(signature)
    flipped[10] = flipped[10] == "0" ? "1" : "0"
    for header in [
      nil, "", String(signature.dropLast()), signature + "0", String(repeating: "g", count: 64),
      String(flipped), WebhookDelivery.signature(of: Self.body, secret: "other"),
    ] as [String?] {
      #expect(!WebhookDelivery.isSigned(Self.body, header: header, secret: Self.secret), "\(header ?? "nil")")
    }
    #expect(!WebhookDelivery.isSigned(Self.body + Data(" ".utf8), header: signature, secret: Self.secret))
    #expect(
      !WebhookDelivery.isSigned(
        Self.body, header: WebhookDelivery.signature(of: Self.body, secret: ""), secret: ""))
  }

  @Test("an unsigned body is never read")
  func unsignedNotRead() {
    let result = WebhookDelivery.read(
      Data("not json".utf8), signature: nil, secret: Self.secret, receivedAt: Date())
    #expect(result == .failure(.badSignature))
  }

  @Test(
    "signed but unreadable: 400 naming what is missing",
    arguments: [
      (#"[1]"#, "the body is not a JSON object"), (#"{"data":{"event_id":"e"}}"#, "no event name"),
      (#"{"event":"user.created","data":{}}"#, "no data.event_id"),
      (#"{"event":"user.created","event_id":"root-is-not-the-key"}"#, "no data.event_id"),
    ])
  func unreadable(json: String, why: String) {
    let body = Data(json.utf8)
    let result = WebhookDelivery.read(
      body, signature: WebhookDelivery.signature(of: body, secret: Self.secret), secret: Self.secret,
      receivedAt: Date())
    #expect(result == .failure(.unreadable(why)))
    #expect(WebhookDelivery.Refusal.unreadable(why).httpStatus == 400)
  }

  @Test("hostile fields are cleaned and bounded; nothing but the kept fields survives")
  func hostile() throws {
    let reasons: [JSONValue] = (0..<100).map { .string("reason \($0)\u{1B}]52;c;AAAA\u{07}") }
    let body: JSONValue = [
      "event": "user.verification.failed\u{202E}",
      "data": [
        "event_id": .string("evt_" + String(repeating: "9", count: 10_000)), "user_id": "u-1\u{1B}[2J",
        "reasons": .array(reasons + [1e300, ["code": "c", "message": "m"]]), "ssn": "123-45-6789",
      ],
    ]
    let data = body.encoded()
    let event = try WebhookDelivery.read(
      data, signature: WebhookDelivery.signature(of: data, secret: Self.secret), secret: Self.secret,
      receivedAt: Date(timeIntervalSince1970: 0)
    ).get()
    #expect(event.event == "user.verification.failed")
    #expect(event.userID == "u-1")
    #expect(event.eventID.count <= 120)
    #expect(event.reasons.count == WebhookDelivery.reasonLimit)
    #expect(event.reasons.allSatisfy { !$0.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 } })
    let kept = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
    #expect(!kept.contains("123-45-6789"))
  }
}
