import Foundation
import KiraModels
import Testing

extension WizardTmuxTests {
  @Suite("errors")
  struct Errors {
    @Test("back from an invalid field keeps the value and its error; next step is refused until fixed")
    func backFromInvalidField() async throws {
      let wizard = try await TmuxWizard()
      try await wizard.press("NPage")
      try await wizard.waitFor("Step 2 of 8 · Identity")
      try await wizard.type("Maria")
      try await wizard.press("Tab", "Tab")
      try await wizard.type("Gonzalez")
      try await wizard.press("Tab")
      try await wizard.type("19901345")
      try await wizard.press("Tab")  // leaving the field checks it
      try await wizard.waitFor("is not a real calendar date")
      try await wizard.waitForLine("   Date of birth     1990-13-45")

      try await wizard.press("PPage")  // back is always allowed
      try await wizard.waitFor("Step 1 of 8 · Verification")
      try await wizard.press("NPage")
      // The invalid value and its error are still there.
      try await wizard.waitFor(all: ["Step 2 of 8 · Identity", "1990-13-45", "is not a real calendar date"])

      try await wizard.press("NPage")  // refused: focus jumps to the invalid field
      try await wizard.waitFor(all: ["Fix the marked field", "Step 2 of 8 · Identity"])
      try await wizard.waitForLine(startingWith: " › Date of birth")

      try await wizard.press("Escape")  // Esc: back one step, same as PgUp
      try await wizard.waitFor("Step 1 of 8 · Verification")
      try await wizard.press("NPage")
      try await wizard.waitFor("Step 2 of 8 · Identity")
      try await wizard.press("Tab", "Tab", "Tab", "C-u")
      try await wizard.type("1990-05-15")
      try await wizard.press("NPage")
      // The status line (drawn last) names the email field: the frame is complete.
      let next = try await wizard.waitFor(all: ["Step 3 of 8 · Contact", "email · name@domain"])
      #expect(!next.contains("calendar date"))
    }

    @Test("a Kira-side 400 is mapped back to its field with Kira's words, then fixed and resubmitted")
    func kiraSideValidationError() async throws {
      let wizard = try await TmuxWizard()
      for _ in 1...8 {
        try await wizard.press("F5", "NPage")  // demo helper: a realistic applicant per step
      }
      try await wizard.waitFor("No errors")
      try await wizard.press("F6")  // demo scenarios
      try await wizard.waitFor("Kira-side validation error")
      try await wizard.press("Down", "Down", "Down", "Enter")
      try await wizard.waitForAbsence(of: "Sandbox scenarios")
      try await wizard.press("F10")
      let mapped = try await wizard.waitFor("Kira says")
      #expect(mapped.contains("Step 5 of 8 · ID document"))
      try await wizard.waitForLine(startingWith: " › Document number")
      var creates = try await wizard.createRequests()
      #expect(creates.map(\.status) == [400])

      try await wizard.press("C-u")
      try await wizard.type("G12345678")
      try await wizard.press("NPage", "NPage", "NPage", "NPage")
      try await wizard.waitFor("No errors")
      try await wizard.press("F10")
      try await wizard.waitFor("Kira created the user")
      creates = try await wizard.createRequests()
      #expect(creates.map(\.status) == [400, 201])
      #expect(creates.last?.body?["document_number"] == "G12345678")
    }
  }
}
