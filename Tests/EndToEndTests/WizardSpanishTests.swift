import Foundation
import KiraModels
import Testing

extension WizardTmuxTests {
  @Suite("a Spanish desk")
  struct SpanishDesk {
    @Test("KIRA_ONBOARD_LANG=es: every screen in Spanish, one POST /v1/users with Kira's own values")
    func spanishDesk() async throws {
      let wizard = try await TmuxWizard(environment: ["KIRA_ONBOARD_LANG": "es"])
      try await wizard.waitFor(all: ["Paso 1 de 8 · Verificación", "* obligatorio", "F1 ayuda"])
      try await wizard.press("F1")
      try await wizard.waitFor(all: ["Teclas", "campo siguiente", "Esc cierra"])
      try await wizard.press("Escape")
      try await wizard.waitForAbsence(of: "Esc cierra")
      for step in 1...8 {
        try await wizard.press("F5")
        try await wizard.waitFor("completado con el solicitante ficticio")
        try await wizard.press("NPage")
        if step < 8 { try await wizard.waitFor("Paso \(step + 1) de 8") }
      }
      let review = try await wizard.waitFor(all: ["Revisión · todo antes de enviarlo a Kira", "Sin errores"])
      #expect(review.contains("[2] Identidad") && review.contains("Nacionalidad"))
      #expect(!review.contains("Step "))
      try await wizard.press("F10")
      let result = try await wizard.waitFor("Kira creó el usuario")
      #expect(result.contains("Id de usuario"))

      let creates = try await wizard.createRequests()
      #expect(creates.map(\.status) == [201])
      let body = try #require(creates.first?.body)
      // The operator's language changes the words on screen, never what Kira receives.
      // Whatever the screens call it ("Salario"), Kira gets its own key.
      #expect(body["source_of_funds"] == "salary")
      try await wizard.press("C-q")
      let exit = try await wizard.tmux.waitForExit()
      #expect(exit.status == 0)
    }
  }
}
