import KYCForm
import TerminalUI
import Testing

@testable import Wizard

@Suite("Line mode: language, words and replies")
struct LineModeUnitTests {
  @Test(
    "the operator's language: --lang, KIRA_ONBOARD_LANG, the config, then the locale",
    arguments: [
      (nil, [:], nil, OperatorLanguage.english),
      ("es", ["KIRA_ONBOARD_LANG": "en"], nil, .spanish),
      (nil, ["KIRA_ONBOARD_LANG": "es", "LANG": "en_US.UTF-8"], nil, .spanish),
      (nil, ["LANG": "es_MX.UTF-8"], "en", .english),
      (nil, ["LC_ALL": "es_AR.UTF-8", "LANG": "en_US.UTF-8"], nil, .spanish),
      (nil, ["LC_ALL": "C.UTF-8", "LANG": "es_MX.UTF-8"], nil, .english),
      (nil, ["LC_MESSAGES": "es_CO.UTF-8"], nil, .spanish),
      ("zz", ["LANG": "es_MX"], nil, .spanish),
    ] as [(String?, [String: String], String?, OperatorLanguage)])
  func language(flag: String?, environment: [String: String], configured: String?, expected: OperatorLanguage)
  {
    #expect(
      OperatorLanguage.resolve(flag: flag, environment: environment, configured: configured) == expected)
  }

  @Test("every line-mode text exists in both languages, and the Spanish differs where there are words")
  func bothLanguages() {
    let untranslatable: Set<LineText> = [
      .message("m"), .option(number: 1, label: "l"), .reviewValue(label: "l", value: "v"),
      .resultField(label: "l", value: "v"), .resumeEntry(number: 1, name: "n", place: "p", age: "a"),
    ]
    for text in LineText.examples {
      let english = text.text(in: .english)
      let spanish = text.text(in: .spanish)
      #expect(!english.isEmpty && !spanish.isEmpty, "\(text)")
      if !untranslatable.contains(text) { #expect(english != spanish, "\(text)") }
    }
  }

  @Test("a typed line becomes the keys the screen wizard would get")
  func replies() throws {
    let narrator = LineNarrator(language: .spanish)
    var state = Fixture.state(values: FormValues())
    state.jump(to: .gender)
    // A list option by its number: its value, pasted over the field and entered.
    #expect(narrator.reply(to: "2", in: state) == .keys([.end, .control("u"), .paste("female"), .enter]))
    if case .say(let lines) = narrator.reply(to: "9", in: state) {
      #expect(lines.first?.contains("No hay opción 9") == true)
    } else {
      Issue.record("an option number out of range must be answered in words")
    }
    #expect(narrator.reply(to: "atrás", in: state) == .keys([.backTab]))
    #expect(narrator.reply(to: "", in: state) == .keys([.enter]))
    #expect(narrator.reply(to: "=atrás", in: state) == .keys([.end, .control("u"), .paste("atrás"), .enter]))
    #expect(narrator.reply(to: "salir", in: state) == .keys([.control("q")]))
    state.jump(to: .firstName)
    #expect(narrator.reply(to: "back", in: state) == .keys([.pageUp]), "the first question goes back a step")
    state.jump(to: .pepStatus)
    #expect(narrator.reply(to: "Sí", in: state) == .keys([.character("y"), .enter]))
    #expect(narrator.reply(to: "no", in: state) == .keys([.character("n"), .enter]))
    state.overlay = .quitConfirm
    #expect(narrator.reply(to: "sí", in: state) == .keys([.character("y")]))
  }

  @Test("the narration reads a question once, then the outcome of its answer")
  func narration() {
    var narrator = LineNarrator(language: .english)
    var state = Fixture.state(values: FormValues())
    state.jump(to: .gender)
    let first = narrator.narrate(state).lines
    #expect(first.contains { $0.hasPrefix("Question ") && $0.contains("Gender, optional.") })
    #expect(first.contains("  2. Female"))
    #expect(narrator.narrate(state).lines.isEmpty, "nothing changed, nothing said")
    narrator.answered = .gender
    state.values[.gender] = "female"
    #expect(narrator.narrate(state).lines == ["Recorded Gender: Female."])
  }
}
