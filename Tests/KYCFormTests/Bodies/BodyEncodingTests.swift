import Foundation
import KiraModels
import Testing

@testable import KYCForm

/// The request body's encoders: our JSON writer and our base64 data URIs
/// write the same bytes as Foundation's `JSONEncoder` and `base64EncodedString`.
@Suite("Body encoding: our JSON writer and base64, byte for byte as Foundation's")
struct BodyEncodingTests {
  /// What `JSONEncoder` writes for the same value (sorted keys, `/` unescaped).
  static func foundation(_ value: JSONValue) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
  }

  @Test(
    "values of every kind, escapes, Unicode, numbers and key orders",
    arguments: [
      JSONValue.null, true, false, 0, -1, 5000, 1.5, 0.1, -2.25, 123_456_789_012, 1e21, 9.1e15, 4.0e-7,
      "", "plain", "quote \" backslash \\ slash /", "tab\tnew\nline\rcr", "\u{01}\u{1F}\u{7F}\u{08}\u{0C}",
      "María José Ñúñez 東京 🇲🇽 \u{202E}", [], [:], [1, "two", [3], ["four": 4]],
      ["b": 1, "a": 2, "B": 3, "a_b": 4, "aB": 5, "k10": 6, "k2": 7, "é": 8, "z": ["y": ["x": []]]],
    ])
  func sameAsFoundation(_ value: JSONValue) throws {
    #expect(value.encoded() == (try Self.foundation(value)))
  }

  @Test("the reference body with a scan, as sent")
  func referenceBody() throws {
    let body = try Fixtures.mariaBody
    #expect(body.encoded() == (try Self.foundation(body)))
  }

  @Test("base64 data URIs: every length around the 3-byte groups, and random bytes")
  func base64() {
    var generator = SystemRandomNumberGenerator()
    for length in Array(0...12) + [255, 256, 257, 10_000] {
      let bytes = Data((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
      #expect(
        Base64DataURI.make(mime: "image/jpeg", bytes: bytes)
          == "data:image/jpeg;base64," + bytes.base64EncodedString(), "length \(length)")
    }
  }
}
