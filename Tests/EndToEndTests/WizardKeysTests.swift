import Foundation
import Testing

extension WizardTmuxTests {
  @Suite("keys of every terminal")
  struct Keys {
    /// The `TERM`s operators run the wizard under inside tmux; tmux sends its
    /// own sequences (Home is `ESC [ 1 ~`) whatever terminfo says for them.
    @Test(
      "Home, End, F1 and PgDn act and type nothing",
      arguments: ["xterm-256color", "screen", "vt100", "linux"])
    func editingKeys(term: String) async throws {
      let wizard = try await TmuxWizard(environment: ["TERM": term])
      try await wizard.press("Home", "End", "Home", "End")
      try await wizard.type("!")
      try await wizard.waitForLine(startingWith: " › Verification mode    automatic!")
      try await wizard.press("BSpace")
      try await wizard.waitForLine(" › Verification mode    automatic")
      var screen = try await wizard.screen()
      #expect(screen.contains("Step 1 of 8"), "Home and End stay on the step")
      #expect(!screen.contains("~"), "no part of a key sequence is typed")

      try await wizard.press("F1")
      try await wizard.waitFor("Esc closes")
      try await wizard.press("Escape")
      try await wizard.waitForAbsence(of: "Esc closes")
      try await wizard.press("NPage")
      try await wizard.waitFor("Step 2 of 8")
      try await wizard.type("aria")
      try await wizard.press("Home")
      try await wizard.type("M")
      try await wizard.press("End")
      try await wizard.type("!")
      try await wizard.waitForLine(startingWith: " › First name *      Maria!")
      screen = try await wizard.screen()
      #expect(!screen.contains("["), "no part of a key sequence is typed: \(screen)")
    }

    /// What PuTTY, rxvt and the Linux console send, as raw bytes.
    @Test("PuTTY's F1, the Linux console's F1, rxvt's Home and an unknown sequence")
    func otherTerminals() async throws {
      let wizard = try await TmuxWizard()
      try await wizard.press("NPage")
      try await wizard.waitFor("Step 2 of 8")
      try await wizard.type("aria")
      try await wizard.tmux.send(bytes: Array("\u{1B}[7~M\u{1B}[8~\u{1B}[99;9~\u{1B}[1;5D".utf8))
      try await wizard.type("x")
      // rxvt's Home, M, rxvt's End, an unknown key dropped, Ctrl-Left (one left), x.
      try await wizard.waitForLine(startingWith: " › First name *      Marixa")
      try await wizard.tmux.send(bytes: Array("\u{1B}[11~".utf8))  // PuTTY F1
      try await wizard.waitFor("Esc closes")
      try await wizard.press("Escape")
      try await wizard.waitForAbsence(of: "Esc closes")
      try await wizard.tmux.send(bytes: Array("\u{1B}[[A".utf8))  // Linux console F1
      try await wizard.waitFor("Esc closes")
      try await wizard.press("Escape")
      try await wizard.waitForAbsence(of: "Esc closes")
      let screen = try await wizard.screen()
      #expect(screen.contains("Step 2 of 8"))
      #expect(!screen.contains("~") && !screen.contains("[A"))
    }

    @Test("a whole option typed blind over the value a field holds, and ? for help")
    func blindTyping() async throws {
      let wizard = try await TmuxWizard()
      try await wizard.type("?")
      try await wizard.waitFor("Esc closes")
      try await wizard.press("Escape")
      try await wizard.waitForAbsence(of: "Esc closes")
      try await wizard.type("verification_link")
      try await wizard.press("Enter")
      try await wizard.waitForLine(startingWith: " › Redirect URL")
      try await wizard.press("BTab")
      try await wizard.waitForLine(startingWith: " › Verification mode    verification_link")
      try await wizard.type("automatic")
      try await wizard.press("Enter")
      try await wizard.waitForLine(startingWith: " › Page language")
      let screen = try await wizard.screen()
      #expect(!screen.contains("automaticverification") && !screen.contains("verification_linkautomatic"))
    }

    @Test("a terminal that cannot move the cursor gets the line mode: plain questions, no screen drawn")
    func dumbTerminal() async throws {
      let home = FileManager.default.temporaryDirectory.appendingPathComponent(
        "kira-dumb-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: home) }
      // tmux sets TERM in its panes itself: the program gets TERM=dumb from sh.
      let tmux = try await TmuxSession(
        arguments: ["-c", "TERM=dumb exec \"$1\" --fresh", "kira-dumb", ExecutableRunner.binaryURL.path],
        environment: [
          "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
          "XDG_DATA_HOME": home.appendingPathComponent("data").path, "TMPDIR": home.path,
        ],
        executable: URL(fileURLWithPath: "/bin/sh"))
      defer { tmux.kill() }
      _ = try await tmux.waitFor(text: "line mode")
      _ = try await tmux.waitFor(text: "Question 1 of 2: Verification mode")
      try await tmux.type("2")
      try await tmux.send(keys: "Enter")
      _ = try await tmux.waitFor(text: "Recorded Verification mode: Verification link")
      try await tmux.type("quit")
      try await tmux.send(keys: "Enter")
      let exit = try await tmux.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
      let screen = try await tmux.capture()
      #expect(screen.contains("Goodbye."))
      #expect(!screen.contains("kira-onboard · "), "the wizard's header is never drawn")
      #expect(!screen.contains("Step 1 of 8 · "))
      #expect(!screen.contains("[?2004"), "no escape sequence is written to the dumb terminal")
    }
  }
}
