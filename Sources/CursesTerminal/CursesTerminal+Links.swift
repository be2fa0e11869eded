import CNcurses
import Foundation
import TerminalUI

/// OSC 8 hyperlinks and OSC 52 clipboard requests: written straight to the
/// terminal after curses has drawn the frame (curses knows neither).
extension CursesTerminal {
  /// Terminals known to show OSC 8 links, from what they put in the
  /// environment. `KIRA_ONBOARD_HYPERLINKS=1` or `0` decides instead. tmux
  /// and screen are left out (they pass OSC 8 on only when configured).
  static func supportsHyperlinks(environment: [String: String]) -> Bool {
    switch environment["KIRA_ONBOARD_HYPERLINKS"] {
    case "1": return true
    case "0": return false
    default: break
    }
    if environment["TMUX"] != nil || environment["STY"] != nil { return false }
    let term = environment["TERM"] ?? ""
    if term == "dumb" || term.hasPrefix("screen") || term.hasPrefix("tmux") { return false }
    if ["iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper"].contains(environment["TERM_PROGRAM"] ?? "") {
      return true
    }
    if let vte = environment["VTE_VERSION"].flatMap(Int.init), vte >= 5000 { return true }
    if environment["KITTY_WINDOW_ID"] != nil || environment["WT_SESSION"] != nil { return true }
    return ["xterm-kitty", "foot", "alacritty", "xterm-ghostty", "wezterm"].contains { term.hasPrefix($0) }
  }

  /// The environment variables `supportsHyperlinks` reads.
  static let hyperlinkEnvironmentNames = [
    "KIRA_ONBOARD_HYPERLINKS", "TMUX", "STY", "TERM", "TERM_PROGRAM", "VTE_VERSION", "KITTY_WINDOW_ID",
    "WT_SESSION",
  ]

  /// The bytes that make `links` clickable: for each piece, the cursor and
  /// its rendition saved (DECSC), the piece written again inside OSC 8
  /// (underlined), then both restored (DECRC), so curses' idea of the
  /// screen, the cursor and the rendition stays true.
  static func hyperlinkBytes(_ links: [Hyperlink]) -> String {
    var output = ""
    for link in links where isSafe(link.url) && isSafe(link.text) {
      output += "\u{1B}7\u{1B}[\(link.row + 1);\(link.column + 1)H\u{1B}[0;4m"
      output += "\u{1B}]8;id=kira-link;\(link.url)\u{1B}\\\(link.text)\u{1B}]8;;\u{1B}\\\u{1B}8"
    }
    return output
  }

  /// True for text with no control characters at all (C0, DEL, C1): it
  /// goes inside an escape sequence.
  static func isSafe(_ text: String) -> Bool {
    !text.isEmpty
      && !text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }

  /// The OSC 52 request that puts `text` on the clipboard (`c`), base64.
  static func clipboardBytes(_ text: String) -> String {
    "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
  }

  /// Longest text sent to the clipboard (terminals cap OSC 52 near here).
  static let clipboardLimit = 8_192

  /// Asks the terminal to put `text` on its clipboard (OSC 52).
  public func copyToClipboard(_ text: String) -> Bool {
    guard isRunningForOutput, CursesTerminal.isSafe(text), text.utf8.count <= CursesTerminal.clipboardLimit
    else { return false }
    writeToTerminal(CursesTerminal.clipboardBytes(text))
    return true
  }

  /// Writes `text` to the terminal at once, after curses' own output.
  func writeToTerminal(_ text: String) {
    kira_flush_stdout()
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written <= 0 {
        if written < 0 && errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
