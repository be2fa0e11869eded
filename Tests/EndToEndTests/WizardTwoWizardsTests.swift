import Foundation
import KiraModels
import Testing

extension WizardTmuxTests {
  @Suite("two wizards, one draft")
  struct TwoWizards {
    @Test("a second wizard takes the draft over; the first stops saving and says so; both submit: one user")
    func takeOverThenBothSubmit() async throws {
      let kira = try await SupportCommandsTests.Kira.start()
      let home = try WizardTmuxTests.makeHome("two-wizards")
      defer { try? FileManager.default.removeItem(at: home) }
      var environment = WizardTmuxTests.homeEnvironment(kira.environment, home: home)
      environment["KIRA_ONBOARD_STORE"] = home.appendingPathComponent("store").path

      // The first wizard opens the applicant's body (as support would) and saves the draft.
      let body = home.appendingPathComponent("maria.json")
      try WizardTmuxTests.Onboarding.expectedBody().encoded(pretty: true).write(to: body)
      let first = try await TmuxSession(arguments: ["--load", body.path], environment: environment)
      defer { first.kill() }
      try await first.waitFor(text: "No errors")
      try await first.send(keys: "F2")
      try await first.waitFor(text: "Draft saved")

      // The second, on the same store, finds it open in the first and takes it over.
      let second = try await TmuxSession(arguments: [], environment: environment)
      defer { second.kill() }
      try await second.waitFor(text: "Resume a saved draft?")
      try await second.send(keys: "Enter")
      let prompt = try await second.waitFor(text: "Open in another wizard")
      #expect(prompt.contains("take over: the other one stops saving"))
      try await second.send(keys: "t")
      try await second.waitFor(text: "No errors")

      // The first learns it at its next save: nothing more is saved there.
      try await first.send(keys: "F2")
      try await first.waitFor(text: "Nothing more is saved here: another wizard took this draft over")

      // Both submit the same applicant (F10 twice: the reference body lacks a
      // tax ID): Kira gets one user.
      try await second.send(keys: "F10")
      try await second.waitFor(text: "F10 again creates the user anyway")
      try await second.send(keys: "F10")
      try await second.waitFor(text: "Kira created the user")
      try await first.send(keys: "F10")
      try await first.waitFor(text: "F10 again creates the user anyway")
      try await first.send(keys: "F10")
      // This desk created the user (in the second wizard): never a false "created".
      let again = try await first.waitFor(text: "Already onboarded as")
      #expect(again.contains("Nothing was sent"))

      let users = try await kira.client.listUsers(limit: 10, email: "maria.test+1782336813@example.com")
      #expect(users.data.count == 1, "one customer, never two")
      let creates = kira.server.requestLog.filter { $0.method == "POST" && $0.path == "v1/users" }
      #expect(creates.count == 1, "the first wizard sent nothing")
      try await first.send(keys: "C-q")
      try await second.send(keys: "C-q")
      await kira.stop()
    }
  }
}
