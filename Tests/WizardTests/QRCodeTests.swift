import QRCode
import Testing

/// The hand-off's QR code: libqrencode's matrix reads back to the link, from
/// the matrix and from the half blocks drawn on screen.
@Suite("QR code of the verification link")
struct QRCodeTests {
  static let links = [
    "http://127.0.0.1:35923/_sandbox/verify/a2162ec4-36f1-4c2b-9d4e-8f0a1b2c3d4e",
    "https://verify.example.com/s/3c90c3cc",
    "https://kyc.kirafin.ai/v/7d1e2f3a-4b5c-4d6e-8f90-a1b2c3d4e5f6?lang=es&return=https%3A%2F%2Fex.test%2Fd",
    "HTTPS://A.B/1",
  ]

  @Test("the matrix decodes back to the link", arguments: links)
  func matrixRoundTrip(link: String) throws {
    let matrix = try #require(QRMatrix.encode(link))
    #expect(try QRMatrixDecoder.decode(matrix) == link)
  }

  @Test("the half blocks on screen decode back to the link", arguments: links)
  func halfBlocksRoundTrip(link: String) throws {
    let matrix = try #require(QRMatrix.encode(link))
    let lines = matrix.halfBlockLines(quietZone: 2)
    #expect(lines.count == matrix.drawnSize(quietZone: 2).rows)
    #expect(lines.allSatisfy { $0.count == matrix.size + 4 })
    #expect(try QRMatrixDecoder.decode(halfBlockLines: lines, quietZone: 2) == link)
  }

  @Test("the sandbox's link fits a version 4 code: 33 modules, 19 rows with its quiet zone")
  func sandboxLinkSize() throws {
    let matrix = try #require(QRMatrix.encode(Self.links[0]))
    #expect(matrix.version == 4)
    #expect(matrix.drawnSize(quietZone: 2) == (columns: 37, rows: 19))
  }

  @Test("nothing to encode, or too much, is no code")
  func refused() {
    #expect(QRMatrix.encode("") == nil)
    #expect(QRMatrix.encode(String(repeating: "a", count: QRMatrix.maxBytes + 1)) == nil)
    #expect(QRMatrix.encode("a\u{0}b") == nil)
  }

  @Test("the decoder is not a stub: one flipped data module changes the text or fails")
  func decoderNoticesDamage() throws {
    let link = Self.links[1]
    let matrix = try #require(QRMatrix.encode(link))
    // The bottom-right corner module is the first data bit (mode indicator).
    let corner = matrix.size * matrix.size - 1
    var modules = matrix.modules
    modules[corner].toggle()
    let damaged = try #require(QRMatrix(size: matrix.size, modules: modules))
    #expect((try? QRMatrixDecoder.decode(damaged)) != link)
  }
}
