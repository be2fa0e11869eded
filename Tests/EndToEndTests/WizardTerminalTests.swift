import Foundation
import KiraModels
import Testing

extension WizardTmuxTests {
  @Suite("terminal behaviour")
  struct TerminalBehaviour {
    @Test("accents and CJK edit and display in place, and reach Kira intact")
    func accentsAndCJK() async throws {
      let wizard = try await TmuxWizard()
      for _ in 1...8 {  // a realistic applicant on every step, then our own names
        try await wizard.press("F5", "NPage")
      }
      try await wizard.waitFor("No errors")
      try await wizard.press("2")  // Review: jump to step 2
      try await wizard.waitFor("Step 2 of 8 · Identity")
      try await wizard.press("C-u")
      try await wizard.type("Maria Jose")
      try await wizard.press("C-w")  // "Maria |"
      try await wizard.press("Left", "Left", "BSpace")  // "Mar|a "
      try await wizard.type("í")
      try await wizard.press("End")
      try await wizard.type("José")
      try await wizard.press("Tab", "C-u")
      try await wizard.tmux.paste("  Del Carmen\n")  // bracketed paste: one value, trimmed
      try await wizard.press("Tab", "C-u")
      try await wizard.type("Ñúñez 山田")
      try await wizard.press("Home", "C-k")
      try await wizard.type("Ñúñez 山田")
      try await wizard.waitFor("Ñúñez 山田")
      // The cursor sits after the two wide characters: 5 + 1 + 2 x 2 columns
      // past the start of the value.
      let valueColumn = try await wizard.line(containing: "First name").distance(of: "María")
      try await wizard.waitForCursor(column: valueColumn + 10)
      try await wizard.press("Left", "Left", "BSpace")  // removes the space before 山田
      try await wizard.waitFor("Ñúñez山田")
      try await wizard.press("Tab")
      try await wizard.waitForAbsence(of: " › Last name")  // the focus has moved on
      try await wizard.waitForLine("   First name *      María José")
      try await wizard.waitForLine("   Middle name       Del Carmen")
      try await wizard.waitForLine("   Last name *       Ñúñez山田")
      let screen = try await wizard.screen()
      #expect(!screen.contains("�"))

      try await wizard.press("NPage", "NPage", "NPage", "NPage", "NPage", "NPage", "NPage")
      try await wizard.waitFor("No errors")
      try await wizard.press("F10")
      try await wizard.waitFor("Kira created the user")
      let create = try #require(try await wizard.createRequests().first)
      #expect(create.body?["first_name"] == "María José")
      #expect(create.body?["middle_name"] == "Del Carmen")
      #expect(create.body?["last_name"] == "Ñúñez山田")
    }

    @Test("resize re-lays out the screen; below 80x23 a clear too-small screen; nothing lost")
    func resize() async throws {
      let wizard = try await TmuxWizard()
      try await wizard.press("NPage")
      try await wizard.waitFor("Step 2 of 8 · Identity")
      try await wizard.type("Maria")
      try await wizard.tmux.resize(columns: 120, rows: 30)
      try await wizard.tmux.waitFor("the header at 120 columns") { screen in
        screen.split(separator: "\n").first.map { $0.count > 100 && $0.hasSuffix("░") } ?? false
      }
      // The body is laid out again too.
      try await wizard.waitForLine(startingWith: " › First name *      Maria ")
      try await wizard.tmux.resize(columns: 70, rows: 20)
      let small = try await wizard.waitFor(all: ["Terminal too small", "70x20"])
      #expect(!small.contains("First name"))
      // 80x23: what tmux or screen leave of an 80x24 terminal is enough.
      try await wizard.tmux.resize(columns: 80, rows: 23)
      let short = try await wizard.waitFor(all: ["Step 2 of 8 · Identity", "First name *", "F1 help"])
      #expect(!short.contains("Terminal too small"))
      try await wizard.tmux.resize(columns: 80, rows: 24)
      try await wizard.waitFor("Step 2 of 8 · Identity")
      try await wizard.waitFor("First name *")  // the body is drawn too, not just the header
      try await wizard.waitForLine(startingWith: " › First name *      Maria ")
      let lines = try await wizard.screen().split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.allSatisfy { DisplayColumns.of($0) <= 80 })
    }

    @Test("Ctrl-C asks first, quits, and leaves the shell's terminal as it was")
    func controlC() async throws {
      let wizard = try await TmuxWizard()
      try await wizard.press("NPage")
      try await wizard.waitFor("Step 2 of 8 · Identity")
      try await wizard.type("Maria")
      try await wizard.press("C-c")
      try await wizard.waitFor("Quit?")
      try await wizard.press("n")
      try await wizard.waitForAbsence(of: "Quit?")
      try await wizard.press("C-c")
      try await wizard.waitFor("Quit?")
      try await wizard.press("y")
      let exit = try await wizard.tmux.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
      // The pane is back at a cooked, echoing terminal: typed text echoes.
      try await wizard.type("echo-check")
      try await wizard.press("Enter")
      try await wizard.tmux.waitFor("the shell's terminal to echo") { screen in
        screen.components(separatedBy: "echo-check").count - 1 >= 2
      }
    }

    @Test("SIGTERM and SIGHUP restore the terminal and end with 143 and 129")
    func signals() async throws {
      for (signal, status) in [(SIGTERM, Int32(143)), (SIGHUP, 129)] {
        let wizard = try await TmuxWizard()
        try await wizard.press("NPage")
        try await wizard.waitFor("Step 2 of 8 · Identity")
        let pid = try #require(try await wizard.tmux.programPID())
        kill(pid, signal)
        let exit = try await wizard.tmux.waitForExit()
        #expect(exit.status == status)
        #expect(exit.ttyRestored)
      }
    }
  }
}

extension String {
  /// Characters before the first occurrence of `text` (-1 when absent).
  fileprivate func distance(of text: String) -> Int {
    guard let range = range(of: text) else { return -1 }
    return self[..<range.lowerBound].count
  }
}

/// Terminal columns of a captured line (wide characters count two).
enum DisplayColumns {
  static func of(_ line: Substring) -> Int {
    line.unicodeScalars.reduce(0) { total, scalar in
      switch scalar.value {
      case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60,
        0xFFE0...0xFFE6:
        total + 2
      case 0x0300...0x036F: total
      default: total + 1
      }
    }
  }
}
