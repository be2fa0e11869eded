import Foundation
import KYCForm
import TerminalUI
import Testing

@testable import Wizard

/// The strings tables of the screen wizard: every message and screen text
/// has both translations, none is missing an example, and the Spanish fits
/// where the English does.
@Suite("Strings tables: English and Spanish")
struct WizardStringsTests {
  /// The case names declared in `file`'s enum (the `case name` lines before `func text`).
  static func declaredCases(in file: String) throws -> Set<String> {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/Wizard/Text/\(file)")
    let source = try String(contentsOf: url, encoding: .utf8)
    let declarations = source.components(separatedBy: "func text(in").first ?? ""
    var names: Set<String> = []
    for line in declarations.split(separator: "\n") {
      let trimmed = line.drop { $0 == " " }
      guard line.hasPrefix("  case "), trimmed.hasPrefix("case ") else { continue }
      let name = trimmed.dropFirst(5).prefix { $0.isLetter || $0.isNumber }
      names.insert(String(name))
    }
    return names
  }

  /// Texts that read the same in both languages by design.
  static let sameInBothLanguages: Set<String> = ["verbatim", "finalSuffix", "typingRefused"]

  static func hasControlCharacter(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.properties.generalCategory == .control }
  }

  @Test("every message on the message line has an example, both translations, and no control character")
  func notices() throws {
    let declared = try Self.declaredCases(in: "WizardNotice.swift")
    #expect(declared.count > 50)
    #expect(Set(WizardNotice.examples.map(\.caseName)) == declared)
    var problems: [String] = []
    for notice in WizardNotice.examples {
      let english = notice.text(in: .english)
      let spanish = notice.text(in: .spanish)
      if english.isEmpty || spanish.isEmpty { problems.append("\(notice.caseName): empty") }
      if Self.hasControlCharacter(english + spanish) {
        problems.append("\(notice.caseName): control character")
      }
      if english == spanish, !Self.sameInBothLanguages.contains(notice.caseName), english.contains(" ") {
        problems.append("\(notice.caseName): not translated: \(english)")
      }
      // The message line holds two lines of 78 columns: what the English fits in, the Spanish must too.
      if DisplayWidth.of(english) <= 2 * 78, DisplayWidth.of(spanish) > 2 * 78 {
        problems.append("\(notice.caseName): too long: \(spanish)")
      }
    }
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test("every screen text has an example and both translations; the Spanish fits where the English does")
  func screenTexts() throws {
    let declared = try Self.declaredCases(in: "ScreenText.swift")
    #expect(declared.count > 100)
    #expect(Set(ScreenText.examples.map(\.caseName)) == declared)
    var problems: [String] = []
    for text in ScreenText.examples {
      let english = text.text(in: .english)
      let spanish = text.text(in: .spanish)
      if english.isEmpty || spanish.isEmpty { problems.append("\(text.caseName): empty") }
      if Self.hasControlCharacter(english + spanish) {
        problems.append("\(text.caseName): control character")
      }
      if english == spanish, !Self.sameInBothLanguages.contains(text.caseName), english.contains(" ") {
        problems.append("\(text.caseName): not translated: \(english)")
      }
      // A screen line starts at column 1 to 6 of 80: what the English fits in, the Spanish must too.
      if DisplayWidth.of(english) <= 74, DisplayWidth.of(spanish) > 74 {
        problems.append("\(text.caseName): \(DisplayWidth.of(spanish)) columns: \(spanish)")
      }
    }
    #expect(problems.isEmpty, "\(problems)")
  }

  @Test(
    "the operator's language picks the words; an English desk reads country names in English",
    arguments: [
      (OperatorLanguage.english, "Step 4 of 8 · Address", "Mexico (MEX)"),
      (OperatorLanguage.spanish, "Paso 4 de 8 · Domicilio", "México (MEX)"),
    ])
  func languageOfTheScreen(language: OperatorLanguage, header: String, country: String) {
    var state = Fixture.state(values: Fixture.mariaValues)
    state.language = language
    state.stepIndex = 3
    state.jump(to: .addressStreet)
    let screen = render(state, size: (80, 24)).grid.golden()
    #expect(screen.contains(header))
    #expect(screen.contains(country))
  }
}
