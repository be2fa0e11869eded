import CQrencode

/// A QR code as its module matrix (true = dark), made by libqrencode in
/// byte mode at error correction level L (the smallest code for a link:
/// a terminal has few rows).
public struct QRMatrix: Sendable, Hashable {
  /// Modules per side (21 for version 1, 4 more per version).
  public let size: Int
  /// Row-major modules, `size * size`, true for a dark module.
  public let modules: [Bool]

  /// A matrix of `size` x `size` modules (row-major, true = dark).
  public init?(size: Int, modules: [Bool]) {
    guard size >= 21, modules.count == size * size else { return nil }
    self.size = size
    self.modules = modules
  }

  /// The longest text encoded: far above any verification link, far below what a terminal could show.
  public static let maxBytes = 1_000

  /// `text` as a QR code, or nil when it is empty, too long, or the encoder fails.
  public static func encode(_ text: String) -> QRMatrix? {
    let bytes = Array(text.utf8)
    guard !bytes.isEmpty, bytes.count <= maxBytes, !bytes.contains(0) else { return nil }
    guard let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_L) else { return nil }
    defer { QRcode_free(code) }
    let width = Int(code.pointee.width)
    guard width >= 21, let data = code.pointee.data else { return nil }
    // libqrencode's byte per module: bit 0 is set for a dark module.
    let modules = (0..<(width * width)).map { data[$0] & 1 == 1 }
    return QRMatrix(size: width, modules: modules)
  }

  /// The QR version (1...40).
  public var version: Int { (size - 17) / 4 }

  /// True when the module at `row`, `column` is dark; outside the matrix
  /// (the quiet zone) everything is light.
  public func isDark(row: Int, column: Int) -> Bool {
    guard (0..<size).contains(row), (0..<size).contains(column) else { return false }
    return modules[row * size + column]
  }

  /// The code drawn with Unicode half blocks, two module rows per text row,
  /// inside a light quiet zone of `quietZone` modules. Light modules are
  /// drawn (`█`, `▀`, `▄`) and dark ones left blank, as terminal QR codes
  /// are for the usual light-on-dark terminal.
  public func halfBlockLines(quietZone: Int = 2) -> [String] {
    let range = -quietZone..<(size + quietZone)
    var lines: [String] = []
    var row = range.lowerBound
    while row < range.upperBound {
      var line = ""
      for column in range {
        let top = !isDark(row: row, column: column)
        let bottom = row + 1 < range.upperBound ? !isDark(row: row + 1, column: column) : false
        switch (top, bottom) {
        case (true, true): line.append("█")
        case (true, false): line.append("▀")
        case (false, true): line.append("▄")
        case (false, false): line.append(" ")
        }
      }
      lines.append(line)
      row += 2
    }
    return lines
  }

  /// Columns and text rows `halfBlockLines(quietZone:)` takes.
  public func drawnSize(quietZone: Int = 2) -> (columns: Int, rows: Int) {
    let side = size + 2 * quietZone
    return (side, (side + 1) / 2)
  }
}
