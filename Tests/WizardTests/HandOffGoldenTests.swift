import Foundation
import QRCode
import TerminalUI
import Testing

@testable import Wizard

/// The link hand-off on the Result screen: the whole link wrapped, its QR
/// code beside it at 80x24, text only with `--no-qr` or when it does not fit.
@Suite("link hand-off (Result screen)")
struct HandOffGoldenTests {
  static let link = "http://127.0.0.1:35923/_sandbox/verify/a2162ec4-36f1-4c2b-9d4e-8f0a1b2c3d4e"
  static let userID = "a2162ec4-36f1-4c2b-9d4e-8f0a1b2c3d4e"

  /// Maria created in link mode.
  static func created(link: String = link, showsQRCode: Bool = true, rows: Int = 24) -> Driver {
    var state = Fixture.reviewState()
    state.showsQRCode = showsQRCode
    state.rows = rows
    var driver = Driver(state)
    driver.send(.connection(.ready))
    driver.press(.function(10))
    driver.send(
      .submissionFinished(
        idempotencyKey: "key-1",
        .created(
          CreatedUser(
            id: userID, status: "CREATED", verificationStatus: "unverified",
            verificationMode: "verification_link", verificationLink: link, verificationTriggered: false))))
    return driver
  }

  /// The QR code's text rows as the frame shows them.
  static func codeRows(_ frame: Frame, place: (row: Int, column: Int), drawn: (columns: Int, rows: Int))
    -> [String]
  {
    (0..<drawn.rows).map { offset in
      (0..<drawn.columns).map { frame.grid[place.row + offset, place.column + $0].text }.joined()
    }
  }

  @Test("80x24: the QR code beside the whole link; the code on screen reads back to the link")
  func codeAndLink() throws {
    let driver = Self.created()
    GoldenScreens.check("result-link-qr", driver.state)
    let frame = render(driver.state, size: (80, 24))
    let code = try #require(driver.state.handOff?.code)
    let place = try #require(ResultScreen.codePlacement(driver.state, code: code, grid: frame.grid))
    let rows = Self.codeRows(frame, place: place, drawn: code.drawnSize(quietZone: LinkHandOff.quietZone))
    #expect(try QRMatrixDecoder.decode(halfBlockLines: rows, quietZone: LinkHandOff.quietZone) == Self.link)
    // The link, whole, in the text beside the code.
    let text = frame.grid.lines.map { String($0.prefix(place.column)).trimmingCharacters(in: .whitespaces) }
    #expect(text.joined().contains(Self.link))
  }

  @Test("--no-qr: the link as text only, whole")
  func noCode() {
    let driver = Self.created(showsQRCode: false)
    GoldenScreens.check("result-link-no-qr", driver.state)
    #expect(!driver.screenText.contains("▄"))
  }

  @Test("80x23 is too short for the code: text only, the link whole")
  func smallScreen() {
    let driver = Self.created(rows: 23)
    GoldenScreens.check("result-link-80x23", driver.state, rows: 23)
    let frame = render(driver.state, size: (80, 23))
    #expect(!frame.grid.lines.joined().contains("▄"))
    #expect(frame.grid.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined().contains(Self.link))
  }

  @Test("a link too long for a code that fits: text only, whole (wrapped, never cut)")
  func longLink() throws {
    let long = "https://kyc.kirafin.ai/v/" + String(repeating: "a1b2c3d4e5", count: 20)
    let driver = Self.created(link: long)
    let frame = render(driver.state, size: (80, 24))
    #expect(!frame.grid.lines.joined().contains("▄"))
    let joined = frame.grid.lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    #expect(joined.contains(long), "\(frame.grid.lines.joined(separator: "\n"))")
  }
}
