import QRCode

/// Reads a QR code's module matrix back to its text, for the tests: byte
/// mode, versions 1 to 5 at level L (one Reed-Solomon block, so no
/// de-interleaving), no error correction (the matrix is exactly as drawn).
/// Written from the QR specification's layout: function patterns, format
/// information, mask patterns and the two-column zigzag.
enum QRMatrixDecoder {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Data codewords per version at level L (versions 1...5).
  static let dataCodewordsL = [1: 19, 2: 34, 3: 55, 4: 80, 5: 108]

  /// The text in `matrix`; `dark(row, column)` reads a module.
  static func decode(size: Int, dark: (Int, Int) -> Bool) throws -> String {
    let version = (size - 17) / 4
    guard size == 17 + 4 * version, let dataCount = dataCodewordsL[version] else {
      throw Failure(description: "size \(size) is not a version 1...5 code")
    }
    // Format information, first copy: bits 0-5 at (row i, column 8), then
    // (7, 8), (8, 8), (8, 7), and bits 9-14 at (row 8, column 14 - i).
    var format = 0
    func bit(_ index: Int, _ value: Bool) { if value { format |= 1 << index } }
    for i in 0...5 { bit(i, dark(i, 8)) }
    bit(6, dark(7, 8))
    bit(7, dark(8, 8))
    bit(8, dark(8, 7))
    for i in 9..<15 { bit(i, dark(8, 14 - i)) }
    format ^= 0x5412
    let level = format >> 13
    let mask = (format >> 10) & 7
    guard level == 1 else { throw Failure(description: "error correction level bits \(level), not L (01)") }

    func isFunction(_ row: Int, _ column: Int) -> Bool {
      if row <= 8 && column <= 8 { return true }  // top-left finder, separator, format
      if row <= 8 && column >= size - 8 { return true }  // top-right
      if row >= size - 8 && column <= 8 { return true }  // bottom-left (and the dark module)
      if row == 6 || column == 6 { return true }  // timing patterns
      if version >= 2 {
        let center = size - 7
        if abs(row - center) <= 2 && abs(column - center) <= 2 { return true }  // alignment pattern
      }
      return false
    }
    func masked(_ row: Int, _ column: Int) -> Bool {
      let (y, x) = (row, column)
      switch mask {
      case 0: return (x + y) % 2 == 0
      case 1: return y % 2 == 0
      case 2: return x % 3 == 0
      case 3: return (x + y) % 3 == 0
      case 4: return (x / 3 + y / 2) % 2 == 0
      case 5: return x * y % 2 + x * y % 3 == 0
      case 6: return (x * y % 2 + x * y % 3) % 2 == 0
      default: return ((x + y) % 2 + x * y % 3) % 2 == 0
      }
    }
    // The zigzag: column pairs from the right, up then down, skipping the vertical timing column.
    var bits: [Bool] = []
    var right = size - 1
    while right >= 1 {
      if right == 6 { right = 5 }
      let upward = (right + 1) & 2 == 0
      for step in 0..<size {
        let row = upward ? size - 1 - step : step
        for column in [right, right - 1] where !isFunction(row, column) {
          bits.append(dark(row, column) != masked(row, column))
        }
      }
      right -= 2
    }
    var cursor = 0
    func read(_ count: Int) throws -> Int {
      guard cursor + count <= dataCount * 8 else { throw Failure(description: "ran past the data codewords") }
      var value = 0
      for _ in 0..<count {
        value = value << 1 | (bits[cursor] ? 1 : 0)
        cursor += 1
      }
      return value
    }
    let mode = try read(4)
    guard mode == 0b0100 else { throw Failure(description: "mode \(mode), not byte mode (4)") }
    let length = try read(8)
    var bytes: [UInt8] = []
    for _ in 0..<length { bytes.append(UInt8(try read(8))) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw Failure(description: "the bytes are not UTF-8")
    }
    return text
  }

  /// Reads a matrix.
  static func decode(_ matrix: QRMatrix) throws -> String {
    try decode(size: matrix.size) { matrix.isDark(row: $0, column: $1) }
  }

  /// Reads the half-block drawing back: two module rows per text row, the
  /// quiet zone of `quietZone` modules around it. Light is drawn, dark blank.
  static func decode(halfBlockLines lines: [String], quietZone: Int) throws -> String {
    let cells = lines.map { Array($0) }
    let side = cells.first?.count ?? 0
    let size = side - 2 * quietZone
    func dark(_ row: Int, _ column: Int) -> Bool {
      let moduleRow = row + quietZone
      let character = cells[moduleRow / 2][column + quietZone]
      let lightTop = character == "█" || character == "▀"
      let lightBottom = character == "█" || character == "▄"
      return !(moduleRow % 2 == 0 ? lightTop : lightBottom)
    }
    return try decode(size: size, dark: dark)
  }
}
