import Foundation
import KiraModels
import KiraSandbox
import Testing

/// The real-terminal tests: the built `kira-onboard` in a tmux pane at 80x24,
/// driven with `send-keys` and read with `capture-pane`, against its
/// embedded sandbox. One parent suite, serialized, so the panes never
/// compete for the two cores with each other.
@Suite("wizard in a real terminal (tmux)", .serialized)
struct WizardTmuxTests {}

/// A 4x4 grey JPEG (159 bytes), the passport scan of the fixtures.
enum TmuxFixtures {
  static let jpegBase64 =
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hn"
    + "Pk1xeXBkeFxlZ2P/wAALCAAEAAQBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAAAP/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8A"
    + "P//Z"

  static var jpeg: Data { Data(base64Encoded: jpegBase64)! }
}

extension WizardTmuxTests {
  @Suite("onboarding")
  struct Onboarding {
    /// The reference page's example body, as the wizard must send it (the
    /// shared fixture, with the fixtures' passport scan as its image).
    static func expectedBody() throws -> JSONValue {
      .object(try ReferenceBody.maria(documentFile: "data:image/jpeg;base64,\(TmuxFixtures.jpegBase64)"))
    }

    @Test("Maria Gonzalez typed as an operator: one POST /v1/users with the reference body")
    func mariaGonzalez() async throws {
      let wizard = try await TmuxWizard()
      let scan = wizard.home.appendingPathComponent("maria-passport-front.jpg")
      try TmuxFixtures.jpeg.write(to: scan)

      // 1 Verification: the default (automatic) is what Maria needs.
      try await wizard.press("NPage")
      try await wizard.waitFor("Step 2 of 8 · Identity")
      try await wizard.type("Maria")
      try await wizard.press("Tab", "Tab")  // no middle name
      try await wizard.type("Gonzalez")
      try await wizard.press("Tab")
      try await wizard.type("19900515")  // digits only: the wizard adds the dashes
      try await wizard.press("Tab", "Tab")  // no gender
      try await wizard.type("mex")
      try await wizard.waitFor("Mexico (MEX)")
      try await wizard.press("Enter")  // picks México; last field: next step
      try await wizard.waitFor("Step 3 of 8 · Contact")
      try await wizard.type("maria.test+1782336813@example.com")
      try await wizard.press("Tab")
      try await wizard.type("+525512345678")
      try await wizard.press("Enter")
      try await wizard.waitFor("Step 4 of 8 · Address")
      try await wizard.type("MEX")  // a complete code and Enter works without the list
      try await wizard.press("Enter")
      try await wizard.type("Av. Reforma 123")
      try await wizard.press("Tab", "Tab")  // no second line
      try await wizard.type("Ciudad de Mexico")
      try await wizard.press("Tab")
      try await wizard.type("CDMX")  // the state picker: a whole code and Tab
      try await wizard.press("Tab")
      try await wizard.type("06600")
      try await wizard.press("Enter")
      try await wizard.waitFor("Step 5 of 8 · ID document")
      try await wizard.type("passport")
      try await wizard.press("Enter")
      try await wizard.type("G12345678")
      try await wizard.press("Tab")
      try await wizard.type("MEX")
      try await wizard.press("Enter")
      try await wizard.type("2030-05-15")
      try await wizard.press("Tab")
      try await wizard.type(scan.path)
      try await wizard.press("Enter")
      try await wizard.press("Enter")  // no proof of address: Kira asks for it in the USA only
      try await wizard.waitFor("Step 6 of 8 · Tax ID")
      try await wizard.press("Enter")  // no tax id in the reference example
      try await wizard.waitFor("Step 7 of 8 · Profile")
      try await wizard.type("employed")
      try await wizard.press("Enter")
      try await wizard.type("Software Engineer")
      try await wizard.press("Tab")
      try await wizard.waitFor("Current employer")  // shown once employed
      try await wizard.type("Self")
      try await wizard.press("Tab")
      try await wizard.type("non-resident")
      try await wizard.waitFor("Non-Resident of U.S.")
      try await wizard.press("Enter")
      try await wizard.type("salary")
      try await wizard.press("Enter")
      try await wizard.type("receive_payments")
      try await wizard.press("Enter", "NPage")
      try await wizard.waitFor("Step 8 of 8 · Additional")
      try await wizard.press("n", "Tab", "n", "NPage")
      // Review shows the answers (and no errors) before anything is sent.
      try await wizard.waitFor(all: ["No errors", "Maria", "Gonzalez", "Mexico (MEX)", "F10 submit"])

      // The reference example lacks what Kira needs to verify Maria (gender,
      // tax ID, ...): F10 says so once; a second F10 creates her anyway.
      try await wizard.press("F10")
      try await wizard.waitFor("F10 again creates the user anyway")
      try await wizard.press("F10")
      let result = try await wizard.waitFor("Kira created the user")
      #expect(result.contains("CREATED"))

      let creates = try await wizard.createRequests()
      #expect(creates.count == 1)
      let create = try #require(creates.first)
      #expect(create.status == 201)
      #expect(create.idempotencyKey?.isEmpty == false)
      let expected = try Onboarding.expectedBody()
      #expect(create.body == expected, "sent: \(create.body?.encodedString(pretty: true) ?? "nothing")")

      try await wizard.press("C-q")
      let exit = try await wizard.tmux.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
      let shell = try await wizard.screen()
      #expect(shell.contains("Created Kira user \(create.userID ?? "?")"))
    }
  }
}
