import Foundation
import KYCForm
import KiraModels
import Testing

extension WizardTmuxTests {
  @Suite("documents")
  struct Documents {
    @Test("a matrícula consular with front and back: both images go to Kira in one body under the limit")
    func matriculaConsular() async throws {
      let wizard = try await TmuxWizard()
      let back = wizard.home.appendingPathComponent("matricula-back.jpg")
      try TmuxFixtures.jpeg.write(to: back)
      for _ in 1...4 { try await wizard.press("F5", "NPage") }
      try await wizard.waitFor("Step 5 of 8 · ID document")
      try await wizard.press("F5")  // Maria's passport and its scan
      try await wizard.waitForLine(startingWith: " › Document type")
      try await wizard.press("C-u")
      try await wizard.type("matriculate_id")
      try await wizard.press("Enter")
      try await wizard.waitFor("Back image *")  // every ID but a passport or visa has a back
      try await wizard.press("C-u")
      try await wizard.type("MC12345678")
      try await wizard.press("Tab", "Tab", "Tab", "Tab")
      try await wizard.waitForLine(startingWith: " › Back image")
      try await wizard.type(back.path)
      try await wizard.press("Enter")
      try await wizard.waitFor("matricula-back.jpg (JPEG")
      let step = try await wizard.waitFor("Files ")
      #expect(step.contains("9.5 MB left") || step.contains("of 9.5 MB"))
      try await wizard.press("NPage")
      for _ in 6...8 { try await wizard.press("F5", "NPage") }
      try await wizard.waitFor(all: ["No errors", "Ready for verification"])
      try await wizard.press("F10")
      try await wizard.waitFor("Kira created the user")

      let creates = try await wizard.createRequests()
      #expect(creates.map(\.status) == [201])
      let body = try #require(creates.first?.body)
      let item = try #require(body["identifying_information"]?.arrayValue?.first)
      #expect(item["type"] == "matriculate_id")
      #expect(item["number"] == "MC12345678")
      let documents = try #require(item["documents"]?.arrayValue)
      #expect(documents.map { $0["type"] } == ["front", "back"])
      #expect(
        documents.allSatisfy { $0["file"]?.stringValue?.hasPrefix("data:image/jpeg;base64,") == true })
      #expect(documents[1]["file"] == .string("data:image/jpeg;base64,\(TmuxFixtures.jpegBase64)"))
      #expect(body.encodedString().utf8.count < DocumentBudget.requestLimit)
      try await wizard.press("C-q")
      _ = try await wizard.tmux.waitForExit()
    }
  }
}
