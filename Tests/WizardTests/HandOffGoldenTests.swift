import Foundation
import QRCode
import TerminalUI
import Testing

@testable import CursesTerminal
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

/// OSC 8 links in the frame, the copy key (OSC 52), and the bytes the curses
/// terminal writes for them.
@Suite("link hand-off: hyperlink and clipboard")
struct HandOffTerminalTests {
  @Test("the frame marks each wrapped piece of the link, where the grid shows it", arguments: [true, false])
  func hyperlinkPieces(showsQRCode: Bool) {
    let driver = HandOffGoldenTests.created(showsQRCode: showsQRCode)
    let frame = render(driver.state, size: (80, 24))
    #expect(frame.hyperlinks.count >= 2, "the link is wrapped")
    #expect(frame.hyperlinks.map(\.text).joined() == HandOffGoldenTests.link)
    for piece in frame.hyperlinks {
      #expect(piece.url == HandOffGoldenTests.link)
      let shown = (0..<piece.text.count).map { frame.grid[piece.row, piece.column + $0].text }.joined()
      #expect(shown == piece.text)
    }
  }

  @Test("no link, no hyperlink; an overlay hides them")
  func noHyperlinks() {
    let automatic = FollowUpReducerTests.created()
    #expect(render(automatic.state, size: (80, 24)).hyperlinks.isEmpty)
    var help = HandOffGoldenTests.created()
    help.press(.function(1))
    #expect(render(help.state, size: (80, 24)).hyperlinks.isEmpty)
  }

  @Test("C asks the terminal to copy the link; the answer is said")
  func copyKey() {
    var driver = HandOffGoldenTests.created()
    #expect(driver.state.listedKeys.contains("C copy link"))
    driver.press(.character("c"))
    #expect(driver.effects == [.copyToClipboard(HandOffGoldenTests.link)])
    driver.send(.clipboardAnswered(copied: true))
    #expect(driver.state.message?.text.contains("OSC 52") == true)
    driver.send(.clipboardAnswered(copied: false))
    #expect(driver.state.message?.text.contains("cannot copy") == true)
    var automatic = FollowUpReducerTests.created()
    #expect(!automatic.state.listedKeys.contains("C copy link"))
    automatic.press(.character("c"))
    #expect(automatic.effects.isEmpty, "no link, nothing to copy")
  }

  @Test("the runtime hands the link to the terminal's clipboard")
  func runtimeCopies() {
    let terminal = HeadlessTerminal(keys: [.character("c"), .control("q")])
    let runtime = WizardRuntime(
      terminal: terminal, state: HandOffGoldenTests.created().state,
      services: WizardRuntime.Services(connect: { throw CancellationError() }, connectAtStart: false))
    runtime.run()
    #expect(terminal.clipboard == [HandOffGoldenTests.link])
  }

  @Test("OSC 8: the piece written again inside the link, cursor and rendition saved and restored")
  func hyperlinkBytes() {
    let bytes = CursesTerminal.hyperlinkBytes([
      Hyperlink(row: 11, column: 6, text: "http://a.test/x", url: "http://a.test/x")
    ])
    #expect(
      bytes
        == "\u{1B}7\u{1B}[12;7H\u{1B}[0;4m\u{1B}]8;id=kira-link;http://a.test/x\u{1B}\\http://a.test/x\u{1B}]8;;\u{1B}\\\u{1B}8"
    )
    // Control characters never reach an escape sequence.
    #expect(
      CursesTerminal.hyperlinkBytes([
        Hyperlink(row: 0, column: 0, text: "x", url: "http://a/\u{1B}]52;c;x\u{07}")
      ]).isEmpty)
    #expect(
      CursesTerminal.hyperlinkBytes([Hyperlink(row: 0, column: 0, text: "x\u{9B}", url: "http://a/")]).isEmpty
    )
  }

  @Test("OSC 52: base64 of the text, on the clipboard selection")
  func clipboardBytes() {
    #expect(CursesTerminal.clipboardBytes("http://a.test/x") == "\u{1B}]52;c;aHR0cDovL2EudGVzdC94\u{07}")
  }

  @Test(
    "hyperlinks only where the terminal is known to show them",
    arguments: [
      (["TERM": "xterm-256color"], false),
      (["TERM": "xterm-256color", "TERM_PROGRAM": "iTerm.app"], true),
      (["TERM": "xterm-256color", "VTE_VERSION": "7200"], true),
      (["TERM": "xterm-256color", "VTE_VERSION": "4000"], false),
      (["TERM": "xterm-kitty"], true),
      (["TERM": "tmux-256color", "TMUX": "/tmp/tmux-0/default,1,0", "TERM_PROGRAM": "tmux"], false),
      (["TERM": "xterm-kitty", "TMUX": "/tmp/x"], false),
      (["TERM": "xterm", "KIRA_ONBOARD_HYPERLINKS": "1", "TMUX": "/tmp/x"], true),
      (["TERM": "xterm-kitty", "KIRA_ONBOARD_HYPERLINKS": "0"], false),
    ])
  func hyperlinkSupport(environment: [String: String], expected: Bool) {
    #expect(CursesTerminal.supportsHyperlinks(environment: environment) == expected)
  }
}
