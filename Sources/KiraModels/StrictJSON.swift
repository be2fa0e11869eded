import Foundation

/// Why a body written by hand is not JSON, and where: 1-based line and
/// column (columns count characters, not bytes).
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Stable code: `invalid_json`, `invalid_utf8`, `trailing_comma`, `duplicate_key`, `too_deep`, `too_large`.
  public var code: String
  /// What is wrong, for people ("a trailing comma before }").
  public var message: String
  public var line: Int
  public var column: Int

  public init(code: String, message: String, line: Int, column: Int) {
    self.code = code
    self.message = message
    self.line = line
    self.column = column
  }

  /// "line 3, column 14: a trailing comma before }".
  public var description: String { "line \(line), column \(column): \(message)" }
}

/// A strict JSON parser (RFC 8259) for bodies written by hand: it refuses
/// what Foundation's parser lets through silently (a duplicate key, whose
/// first value would be lost) and says where every problem is. Bounded in
/// nesting depth and size. A UTF-8 byte order mark at the start is skipped.
public enum StrictJSON {
  /// Deepest nesting of arrays and objects accepted.
  public static let defaultMaxDepth = 64
  /// Largest body accepted (two 10 MB images as base64 data URIs fit).
  public static let defaultMaxBytes = 64 << 20

  /// Parses `data` into a `JSONValue`, or throws a `JSONSyntaxError`.
  public static func parse(
    _ data: Data, maxDepth: Int = defaultMaxDepth, maxBytes: Int = defaultMaxBytes
  ) throws(JSONSyntaxError) -> JSONValue {
    let bytes = [UInt8](data)
    if bytes.count > maxBytes {
      throw JSONSyntaxError(
        code: "too_large", message: "the body is larger than \(maxBytes >> 20) MiB", line: 1, column: 1)
    }
    var parser = Parser(bytes: bytes, maxDepth: maxDepth)
    return try parser.document()
  }

  private struct Parser {
    let bytes: [UInt8]
    let maxDepth: Int
    var position = 0
    var depth = 0

    init(bytes: [UInt8], maxDepth: Int) {
      self.bytes = bytes
      self.maxDepth = maxDepth
    }

    mutating func document() throws(JSONSyntaxError) -> JSONValue {
      if let bad = Self.firstInvalidUTF8(bytes) {
        throw error("invalid_utf8", "the bytes here are not valid UTF-8", at: bad)
      }
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
      skipWhitespace()
      if position >= bytes.count { throw error("invalid_json", "the body is empty") }
      let value = try parseValue()
      skipWhitespace()
      if position < bytes.count {
        throw error("invalid_json", "unexpected \(describe(position)) after the end of the JSON value")
      }
      return value
    }

    // MARK: Values

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
      guard position < bytes.count else {
        throw error("invalid_json", "the body ends where a value was expected")
      }
      switch bytes[position] {
      case UInt8(ascii: "{"): return try parseObject()
      case UInt8(ascii: "["): return try parseArray()
      case UInt8(ascii: "\""): return .string(try parseString())
      case UInt8(ascii: "t"): return try literal("true", .bool(true))
      case UInt8(ascii: "f"): return try literal("false", .bool(false))
      case UInt8(ascii: "n"): return try literal("null", .null)
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
      default:
        throw error(
          "invalid_json",
          "expected a value (string, number, object, array, true, false or null), found \(describe(position))"
        )
      }
    }

    mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
      try enter()
      position += 1
      var members: [String: JSONValue] = [:]
      var keyPositions: [String: Int] = [:]
      skipWhitespace()
      if peek("}") {
        position += 1
        depth -= 1
        return .object(members)
      }
      while true {
        skipWhitespace()
        guard peek("\"") else {
          throw error("invalid_json", "expected a key in double quotes, found \(describe(position))")
        }
        let keyStart = position
        let key = try parseString()
        if let first = keyPositions[key] {
          let (line, column) = location(first)
          throw error(
            "duplicate_key",
            "the key \"\(key)\" appears twice in one object (first at line \(line), column \(column))",
            at: keyStart)
        }
        keyPositions[key] = keyStart
        skipWhitespace()
        guard peek(":") else {
          throw error("invalid_json", "expected : after the key \"\(key)\", found \(describe(position))")
        }
        position += 1
        skipWhitespace()
        members[key] = try parseValue()
        skipWhitespace()
        if peek(",") {
          let comma = position
          position += 1
          skipWhitespace()
          if peek("}") { throw error("trailing_comma", "a trailing comma before }", at: comma) }
          continue
        }
        if peek("}") {
          position += 1
          depth -= 1
          return .object(members)
        }
        throw error("invalid_json", "expected , or } in an object, found \(describe(position))")
      }
    }

    mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
      try enter()
      position += 1
      var elements: [JSONValue] = []
      skipWhitespace()
      if peek("]") {
        position += 1
        depth -= 1
        return .array(elements)
      }
      while true {
        skipWhitespace()
        elements.append(try parseValue())
        skipWhitespace()
        if peek(",") {
          let comma = position
          position += 1
          skipWhitespace()
          if peek("]") { throw error("trailing_comma", "a trailing comma before ]", at: comma) }
          continue
        }
        if peek("]") {
          position += 1
          depth -= 1
          return .array(elements)
        }
        throw error("invalid_json", "expected , or ] in an array, found \(describe(position))")
      }
    }

    mutating func parseString() throws(JSONSyntaxError) -> String {
      let start = position
      position += 1
      var result: [UInt8] = []
      var runStart = position
      while true {
        guard position < bytes.count else { throw error("invalid_json", "a string is not closed", at: start) }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") {
          result.append(contentsOf: bytes[runStart..<position])
          position += 1
          return String(decoding: result, as: UTF8.self)
        }
        if byte < 0x20 {
          throw error(
            "invalid_json",
            "a raw control character (U+\(hex(UInt32(byte)))) in a string: write it escaped, e.g. \\n or \\u00\(hex2(byte))"
          )
        }
        if byte == UInt8(ascii: "\\") {
          result.append(contentsOf: bytes[runStart..<position])
          try parseEscape(into: &result)
          runStart = position
          continue
        }
        position += 1
      }
    }

    mutating func parseEscape(into result: inout [UInt8]) throws(JSONSyntaxError) {
      let start = position
      position += 1
      guard position < bytes.count else { throw error("invalid_json", "a string is not closed", at: start) }
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""): result.append(0x22)
      case UInt8(ascii: "\\"): result.append(0x5C)
      case UInt8(ascii: "/"): result.append(0x2F)
      case UInt8(ascii: "b"): result.append(0x08)
      case UInt8(ascii: "f"): result.append(0x0C)
      case UInt8(ascii: "n"): result.append(0x0A)
      case UInt8(ascii: "r"): result.append(0x0D)
      case UInt8(ascii: "t"): result.append(0x09)
      case UInt8(ascii: "u"):
        var value = try hexQuad(start)
        if (0xD800...0xDBFF).contains(value) {
          guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
            bytes[position + 1] == UInt8(ascii: "u")
          else {
            throw error(
              "invalid_json", "a lone surrogate \\u\(hex(value)) (the second half is missing)", at: start)
          }
          position += 2
          let low = try hexQuad(start)
          guard (0xDC00...0xDFFF).contains(low) else {
            throw error("invalid_json", "a lone surrogate \\u\(hex(value))", at: start)
          }
          value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(value) {
          throw error("invalid_json", "a lone surrogate \\u\(hex(value))", at: start)
        }
        guard let scalar = Unicode.Scalar(value) else {
          throw error("invalid_json", "an invalid \\u escape", at: start)
        }
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
      default:
        throw error("invalid_json", "an unknown escape \\\(describeByte(byte)) in a string", at: start)
      }
    }

    mutating func hexQuad(_ start: Int) throws(JSONSyntaxError) -> UInt32 {
      guard position + 4 <= bytes.count else {
        throw error("invalid_json", "a \\u escape needs 4 hex digits", at: start)
      }
      var value: UInt32 = 0
      for _ in 0..<4 {
        let byte = bytes[position]
        let digit: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte) - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte) - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte) - 55
        default: throw error("invalid_json", "a \\u escape needs 4 hex digits", at: start)
        }
        value = value << 4 | digit
        position += 1
      }
      return value
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
      let start = position
      func digits(_ parser: inout Parser) -> Int {
        let from = parser.position
        while parser.position < parser.bytes.count,
          (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(parser.bytes[parser.position])
        {
          parser.position += 1
        }
        return parser.position - from
      }
      if peek("-") { position += 1 }
      if peek("0") {
        position += 1
        if position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
          throw error(
            "invalid_json", "a number cannot start with 0 (write it as a string if the zeros matter)",
            at: start)
        }
      } else if digits(&self) == 0 {
        throw error("invalid_json", "a number needs digits", at: start)
      }
      if peek(".") {
        position += 1
        if digits(&self) == 0 {
          throw error("invalid_json", "a number needs digits after its point", at: start)
        }
      }
      if peek("e") || peek("E") {
        position += 1
        if peek("+") || peek("-") { position += 1 }
        if digits(&self) == 0 {
          throw error("invalid_json", "a number needs digits after its exponent", at: start)
        }
      }
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      guard let value = Double(text), value.isFinite else {
        throw error("invalid_json", "the number \(text) is out of range", at: start)
      }
      return .number(value)
    }

    mutating func literal(_ word: String, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
      let expected = Array(word.utf8)
      guard bytes.count - position >= expected.count,
        Array(bytes[position..<position + expected.count]) == expected
      else {
        throw error(
          "invalid_json",
          "expected a value (string, number, object, array, true, false or null), found \(describe(position))"
        )
      }
      position += expected.count
      return value
    }

    // MARK: Helpers

    mutating func enter() throws(JSONSyntaxError) {
      depth += 1
      if depth > maxDepth { throw error("too_deep", "more than \(maxDepth) nested arrays and objects") }
    }

    func peek(_ ascii: Unicode.Scalar) -> Bool {
      position < bytes.count && bytes[position] == UInt8(ascii.value)
    }

    mutating func skipWhitespace() {
      while position < bytes.count {
        switch bytes[position] {
        case 0x20, 0x09, 0x0A, 0x0D: position += 1
        default: return
        }
      }
    }

    /// The character at a byte offset, quoted when printable, else as U+XXXX.
    func describe(_ offset: Int) -> String {
      guard offset < bytes.count else { return "the end of the body" }
      let slice = bytes[offset..<min(offset + 4, bytes.count)]
      guard let scalar = String(decoding: slice, as: UTF8.self).unicodeScalars.first else { return "?" }
      let printable =
        scalar.value >= 0x21 && scalar.value != 0x7F
        && ![
          .control, .format, .unassigned, .privateUse, .lineSeparator, .paragraphSeparator, .spaceSeparator,
        ]
        .contains(scalar.properties.generalCategory)
      return printable ? "'\(Character(scalar))'" : "U+\(hex(scalar.value))"
    }

    func describeByte(_ byte: UInt8) -> String {
      byte >= 0x21 && byte < 0x7F ? "\(Character(Unicode.Scalar(byte)))" : "U+\(hex(UInt32(byte)))"
    }

    func error(_ code: String, _ message: String, at offset: Int? = nil) -> JSONSyntaxError {
      let (line, column) = location(offset ?? position)
      return JSONSyntaxError(code: code, message: message, line: line, column: column)
    }

    /// 1-based line and column (in characters) of a byte offset.
    func location(_ offset: Int) -> (Int, Int) {
      var line = 1
      var column = 1
      var index = 0
      let end = min(offset, bytes.count)
      while index < end {
        let byte = bytes[index]
        if byte == 0x0A {
          line += 1
          column = 1
        } else if byte & 0xC0 != 0x80 {
          column += 1
        }
        index += 1
      }
      return (line, column)
    }

    /// The offset of the first byte that is not valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte < 0x80 {
          index += 1
          continue
        }
        let length: Int
        let minimum: UInt32
        switch byte {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return index
        }
        guard index + length <= count else { return index }
        var value = UInt32(byte) & (0xFF >> (length + 1))
        for next in 1..<length {
          let continuation = bytes[index + next]
          guard continuation & 0xC0 == 0x80 else { return index }
          value = value << 6 | UInt32(continuation & 0x3F)
        }
        if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
        index += length
      }
      return nil
    }
  }

  private static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private static func hex2(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return digits.count == 1 ? "0" + digits : digits
  }
}

extension JSONValue {
  /// Parses a body written by hand with `StrictJSON`: duplicate keys, trailing
  /// commas and invalid UTF-8 are errors with their line and column.
  public static func parseStrict(_ data: Data) throws(JSONSyntaxError) -> JSONValue {
    try StrictJSON.parse(data)
  }
}
