import Foundation

/// Real, decodable images built in memory, so tests need no fixture files.
enum TinyImages {
  /// A baseline JPEG: an 8x8 mid-grey greyscale image (one block whose DC
  /// difference is 0 and whose AC part is an end-of-block), with one-symbol
  /// Huffman tables. `padding` adds comment segments to reach a size.
  static func jpeg(padding: Int = 0) -> Data {
    var bytes: [UInt8] = [0xFF, 0xD8]  // SOI
    // DQT: table 0, all ones.
    bytes += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
    // SOF0: 8-bit, 8x8, one component (id 1, 1x1 sampling, table 0).
    bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00]
    // DHT DC table 0: one code of length 1 for category 0.
    bytes += [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
    // DHT AC table 0: one code of length 1 for EOB (0x00).
    bytes += [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
    var remaining = padding
    while remaining > 0 {
      let chunk = min(remaining, 65_533)
      bytes += [0xFF, 0xFE, UInt8((chunk + 2) >> 8), UInt8((chunk + 2) & 0xFF)]
      bytes += [UInt8](repeating: 0x41, count: chunk)
      remaining -= chunk
    }
    // SOS: one component, tables 0/0, full spectral range.
    bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]
    // Scan: DC code "0" + EOB code "0", padded with ones.
    bytes += [0x3F]
    bytes += [0xFF, 0xD9]  // EOI
    return Data(bytes)
  }

  /// A 1x1 PNG (signature, IHDR, IDAT, IEND).
  static let png = Data([
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00, 0x01, 0x00, 0x00,
    0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE,
    0x42, 0x60, 0x82,
  ])

  /// A GIF header: an image, but not one Kira takes.
  static let gif = Data("GIF89a\u{01}\u{00}\u{01}\u{00}".utf8)

  /// A one-page PDF (header, catalog, pages, page, cross-reference table).
  static let pdf: Data = {
    var text = "%PDF-1.4\n"
    var offsets: [Int] = []
    for object in [
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    ] {
      offsets.append(text.utf8.count)
      text += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
    }
    let table = text.utf8.count
    text += "xref\n0 4\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    text += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n\(table)\n%%EOF\n"
    return Data(text.utf8)
  }()

  /// A PNG as a data URI.
  static var pngDataURI: String { "data:image/png;base64," + png.base64EncodedString() }

  /// A JPEG as a data URI.
  static var jpegDataURI: String { "data:image/jpeg;base64," + jpeg().base64EncodedString() }
}
