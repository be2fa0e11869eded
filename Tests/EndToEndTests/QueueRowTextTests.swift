import Testing

@testable import kira_onboard

/// The support queue's row words: both languages, every case, Kira's words kept.
@Suite("queue rows in English and Spanish")
struct QueueRowTextTests {
  @Test("every row text has both translations, none empty, the Spanish its own, commands and variables kept")
  func rowTexts() {
    var problems: [String] = []
    for text in QueueRowText.examples {
      let english = text.text(in: .english)
      let spanish = text.text(in: .spanish)
      if english.isEmpty || spanish.isEmpty { problems.append("\(text): empty") }
      if english == spanish { problems.append("\(text): not translated") }
      for kept in ["kira-onboard", "KIRA_API_KEY", "0b5e6f7a", "#3"] where english.contains(kept) {
        if !spanish.contains(kept) { problems.append("\(text): lost \(kept)") }
      }
    }
    #expect(problems.isEmpty, "\(problems)")
    #expect(QueueRowText.correctInWizard.text(in: .spanish) == "corregir en el asistente")
  }
}
