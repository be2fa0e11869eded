import Foundation
import Testing

extension WizardTmuxTests {
  @Suite("status follow-up")
  struct FollowUp {
    @Test("the Rejection demo: the Result screen shows CREATED → VERIFYING → REJECTED with no key pressed")
    func rejectionIsSeenWithoutAKey() async throws {
      let wizard = try await TmuxWizard()
      for _ in 1...8 {
        try await wizard.press("F5", "NPage")  // demo helper: a realistic applicant per step
      }
      try await wizard.waitFor("No errors")
      try await wizard.press("F6")
      try await wizard.waitFor("Sandbox scenarios")
      try await wizard.press("Down", "Enter")  // Rejection
      try await wizard.waitForAbsence(of: "Sandbox scenarios")
      try await wizard.press("F10")
      let created = try await wizard.waitFor("Kira created the user")
      #expect(created.contains("CREATED"))
      // No key from here on: the screen follows the user by itself.
      let rejected = try await wizard.waitFor(all: ["REJECTED (final)", "Final state"], timeout: 60)
      let history = rejected.split(separator: "\n").first { $0.contains("→ REJECTED") }.map(String.init) ?? ""
      #expect(
        history.range(
          of: #"CREATED \d\d:\d\d:\d\d → VERIFYING \d\d:\d\d:\d\d → REJECTED \d\d:\d\d:\d\d"#,
          options: .regularExpression) != nil, "history line: \(history)")
      #expect(rejected.contains("kira-onboard fix"))

      let creates = try await wizard.createRequests()
      #expect(creates.count == 1)
      let userID = try #require(creates.first?.userID)
      let reads = try await wizard.requestLog().filter {
        $0.method == "GET" && $0.path == "v1/users/\(userID)"
      }
      #expect(reads.count >= 2, "the follow-up read the user: \(reads.count)")
      #expect(reads.count <= 12, "a bounded schedule, not a busy loop: \(reads.count)")

      try await wizard.press("C-q")
      let exit = try await wizard.tmux.waitForExit()
      #expect(exit.status == 0)
      let shell = try await wizard.screen()
      #expect(shell.contains("Created Kira user \(userID) (status REJECTED"))
      #expect(shell.contains("→ REJECTED"))
      #expect(shell.contains("(final)"))
    }
  }
}

extension WizardTmuxTests {
  @Suite("never a second customer")
  struct SecondCustomer {
    @Test("the same desk onboarding the same e-mail again: 'Already onboarded as …', nothing sent, one user")
    func sameDeskSameEmail() async throws {
      let wizard = try await TmuxWizard()
      for _ in 1...8 { try await wizard.press("F5", "NPage") }
      try await wizard.waitFor("No errors")
      try await wizard.press("F10")
      try await wizard.waitFor("Kira created the user")
      let userID = try #require(try await wizard.createRequests().first?.userID)
      try await wizard.press("n")  // the next applicant: the same demo answers, the same e-mail
      try await wizard.waitFor("Step 1 of 8")
      for _ in 1...8 { try await wizard.press("F5", "NPage") }
      try await wizard.waitFor("No errors")
      try await wizard.press("F10")
      let screen = try await wizard.waitFor("Already onboarded as \(userID)")
      #expect(screen.contains("Nothing was sent"))
      #expect(screen.contains("kira-onboard fix \(userID)"))
      #expect(!screen.contains("Kira created the user"))
      #expect(try await wizard.createRequests().count == 1, "nothing was sent the second time")
      try await wizard.press("C-q")
      _ = try await wizard.tmux.waitForExit()
      let shell = try await wizard.screen()
      // The shell wraps the line at 80 columns.
      let joined = shell.replacingOccurrences(of: "\n", with: "")
      #expect(
        joined.contains("Already onboarded as \(userID); nothing was sent; use kira-onboard fix \(userID)"))
    }
  }
}
