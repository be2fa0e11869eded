import Foundation

/// Our own compact JSON serialiser for `JSONValue`: sorted keys, no
/// whitespace, `/` unescaped, and the same bytes `JSONEncoder` writes for the
/// bodies this tool sends (a test compares them). It exists for the request
/// body: a 10 MB scan travels as a 13 MB base64 string, which `JSONEncoder`
/// walked character by character through its own buffers; here a string that
/// needs no escaping (base64 never does) is copied in one piece, straight
/// into a buffer sized up front.
enum JSONWriter {
  static func compact(_ value: JSONValue) -> Data {
    var size = 0
    estimate(value, into: &size)
    // Written straight into the Data that is returned: a body holding a 13 MB
    // scan is never held twice while it is encoded.
    var bytes = Data(capacity: size)
    write(value, into: &bytes)
    return bytes
  }

  /// An upper bound of the encoded size (strings as if nothing is escaped,
  /// plus a little for each escape found later; the buffer grows if needed).
  private static func estimate(_ value: JSONValue, into size: inout Int) {
    switch value {
    case .null, .bool: size += 5
    case .number: size += 24
    case .string(let text): size += text.utf8.count + 2
    case .array(let elements):
      size += 2 + elements.count
      for element in elements { estimate(element, into: &size) }
    case .object(let members):
      size += 2 + members.count * 2
      for (key, member) in members {
        size += key.utf8.count + 2
        estimate(member, into: &size)
      }
    }
  }

  private static func write(_ value: JSONValue, into bytes: inout Data) {
    switch value {
    case .null: bytes += "null".utf8
    case .bool(let flag): bytes += (flag ? "true" : "false").utf8
    case .number(let number): bytes += numberText(number).utf8
    case .string(let text): writeString(text, into: &bytes)
    case .array(let elements):
      bytes.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        write(element, into: &bytes)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      for (index, key) in members.keys.sorted(by: keyOrder).enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        write(members[key]!, into: &bytes)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }

  /// Keys in the order of their UTF-8 bytes, as `JSONEncoder`'s `.sortedKeys`.
  private static func keyOrder(_ lhs: String, _ rhs: String) -> Bool {
    lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
  }

  /// Whole numbers up to 2^53 as integers (`5000`), others in Swift's
  /// shortest round-trip form; a number JSON cannot hold (never parsed from
  /// JSON) as `null`.
  static func numberText(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number.rounded() == number, abs(number) < 9.0e15 { return String(Int64(number)) }
    return "\(number)"
  }

  private static func writeString(_ text: String, into bytes: inout Data) {
    bytes.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      for index in 0..<utf8.count {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        bytes.append(UnsafeBufferPointer(rebasing: utf8[start..<index]))
        switch byte {
        case UInt8(ascii: "\""): bytes += #"\""#.utf8
        case UInt8(ascii: "\\"): bytes += #"\\"#.utf8
        case 0x0A: bytes += #"\n"#.utf8
        case 0x0D: bytes += #"\r"#.utf8
        case 0x09: bytes += #"\t"#.utf8
        case 0x08: bytes += #"\b"#.utf8
        case 0x0C: bytes += #"\f"#.utf8
        default:
          let hex = Array("0123456789abcdef".utf8)
          bytes += #"\u00"#.utf8
          bytes.append(hex[Int(byte >> 4)])
          bytes.append(hex[Int(byte & 0x0F)])
        }
        start = index + 1
      }
      bytes.append(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
    }
    bytes.append(UInt8(ascii: "\""))
  }
}
