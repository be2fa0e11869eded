import Foundation
import KiraModels
import Testing

extension WizardTmuxTests {
  @Suite("errors")
  struct Errors {
    @Test("back from an invalid field keeps the value and its error; next step is refused until fixed")
    func backFromInvalidField() throws {
      let wizard = try TmuxWizard()
      try wizard.press("NPage")
      try wizard.waitFor("Step 2 of 8 · Identity")
      try wizard.type("Maria")
      try wizard.press("Tab", "Tab")
      try wizard.type("Gonzalez")
      try wizard.press("Tab")
      try wizard.type("19901345")
      try wizard.press("Tab")  // leaving the field checks it
      try wizard.waitFor("is not a real calendar date")
      #expect(try wizard.line(containing: "Date of birth") == "   Date of birth     1990-13-45")

      try wizard.press("PPage")  // back is always allowed
      try wizard.waitFor("Step 1 of 8 · Verification")
      try wizard.press("NPage")
      let again = try wizard.waitFor("Step 2 of 8 · Identity")
      #expect(again.contains("1990-13-45"))
      #expect(again.contains("is not a real calendar date"))

      try wizard.press("NPage")  // refused: focus jumps to the invalid field
      try wizard.waitFor("Fix the marked field")
      #expect(try wizard.screen().contains("Step 2 of 8 · Identity"))
      #expect(try wizard.line(containing: "Date of birth").hasPrefix(" › Date of birth"))

      try wizard.press("Escape")  // Esc: back one step, same as PgUp
      try wizard.waitFor("Step 1 of 8 · Verification")
      try wizard.press("NPage")
      try wizard.waitFor("Step 2 of 8 · Identity")
      try wizard.press("Tab", "Tab", "Tab", "C-u")
      try wizard.type("1990-05-15")
      try wizard.press("NPage")
      let next = try wizard.waitFor("Step 3 of 8 · Contact")
      #expect(!next.contains("calendar date"))
    }

    @Test("a Kira-side 400 is mapped back to its field with Kira's words, then fixed and resubmitted")
    func kiraSideValidationError() async throws {
      let wizard = try TmuxWizard()
      for _ in 1...8 {
        try wizard.press("F5", "NPage")  // demo helper: a realistic applicant per step
      }
      try wizard.waitFor("No errors")
      try wizard.press("F6")  // demo scenarios
      try wizard.waitFor("Kira-side validation error")
      try wizard.press("Down", "Down", "Down", "Enter")
      try wizard.waitForAbsence(of: "Sandbox scenarios")
      try wizard.press("F10")
      let mapped = try wizard.waitFor("Kira says")
      #expect(mapped.contains("Step 5 of 8 · ID document"))
      #expect(try wizard.line(containing: "Document number").hasPrefix(" › Document number"))
      var creates = try await wizard.createRequests()
      #expect(creates.map(\.status) == [400])

      try wizard.press("C-u")
      try wizard.type("G12345678")
      try wizard.press("NPage", "NPage", "NPage", "NPage")
      try wizard.waitFor("No errors")
      try wizard.press("F10")
      try wizard.waitFor("Kira created the user")
      creates = try await wizard.createRequests()
      #expect(creates.map(\.status) == [400, 201])
      #expect(creates.last?.body?["document_number"] == "G12345678")
    }
  }
}
