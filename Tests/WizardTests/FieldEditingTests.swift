import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

@Suite("Typing, leaving fields, validation on leave")
struct FieldEditingTests {
  @Test("a fresh wizard starts on the first field of step 1, with its default")
  func initialState() {
    let state = Fixture.state()
    #expect(state.screen == .step)
    #expect(state.stepIndex == 0)
    #expect(state.focusedField == .verificationMode)
    #expect(state.editor.text == "automatic")
    #expect(state.hasUnsavedAnswers == false)
  }

  @Test("typed text stays in the editor, unvalidated, until the field is left")
  func typingIsNotValidated() {
    var driver = Driver(Fixture.state())
    driver.focus(.email)
    driver.type("maria@")
    #expect(driver.state.editor.text == "maria@")
    #expect(driver.state.values[.email] == "")
    #expect(driver.state.issues[.email] == nil)
    #expect(driver.effects.isEmpty)
  }

  @Test("leaving an invalid field shows its error under it")
  func leavingInvalidShowsError() {
    var driver = Driver(Fixture.state())
    driver.focus(.email)
    driver.type("maria@")
    driver.press(.tab)
    #expect(driver.state.values[.email] == "maria@")
    #expect(driver.state.focusedField == .phone)
    let issues = driver.state.issues[.email] ?? []
    #expect(issues.contains { $0.severity == .error })
    #expect(driver.screenText.contains("✗"))
  }

  @Test("fixing the field and leaving again clears the error")
  func fixingClearsError() {
    var driver = Driver(Fixture.state())
    driver.focus(.email)
    driver.type("maria@")
    driver.press(.tab, .backTab)
    #expect(driver.state.focusedField == .email)
    driver.type("example.com")
    driver.press(.tab)
    #expect(driver.state.values[.email] == "maria@example.com")
    #expect(driver.state.issues[.email] == nil)
  }

  @Test("dates typed as 19900515 are stored as 1990-05-15", arguments: ["19900515", "1990-05-15"])
  func dateNormalisation(typed: String) {
    var driver = Driver(Fixture.state())
    driver.focus(.birthDate)
    driver.type(typed)
    driver.press(.tab)
    #expect(driver.state.values[.birthDate] == "1990-05-15")
    #expect(driver.state.issues[.birthDate] == nil)
  }

  @Test("characters that can never be valid are refused as typed, with a hint")
  func refusalWhileTyping() {
    var driver = Driver(Fixture.state())
    driver.focus(.birthDate)
    driver.type("1990a")
    #expect(driver.state.editor.text == "1990")
    #expect(driver.state.message?.text.contains("digits") == true)
    driver.type("-")
    #expect(driver.state.message == nil)
  }

  @Test("an impossible calendar date is reported on leave, not while typing")
  func impossibleDate() {
    var driver = Driver(Fixture.state())
    driver.focus(.birthDate)
    driver.type("1990-02-30")
    #expect(driver.state.issues[.birthDate] == nil)
    driver.press(.enter)
    #expect(driver.state.issues[.birthDate]?.isEmpty == false)
  }

  @Test("line editing keys work inside a field")
  func lineEditing() {
    var driver = Driver(Fixture.state())
    driver.focus(.firstName)
    driver.type("Mria")
    driver.press(.left, .left, .left)
    driver.type("a")
    #expect(driver.state.editor.text == "Maria")
    driver.press(.control("a"), .delete)
    #expect(driver.state.editor.text == "aria")
    driver.press(.control("e"), .control("w"))
    #expect(driver.state.editor.text == "")
  }

  @Test("a bracketed paste inserts the whole value; accents and CJK are kept")
  func pasteAndUnicode() {
    var driver = Driver(Fixture.state())
    driver.focus(.firstName)
    driver.press(.paste("María José Ñúñez"))
    driver.press(.tab)
    #expect(driver.state.values[.firstName] == "María José Ñúñez")
    driver.focus(.lastName)
    driver.type("山田")
    driver.press(.tab)
    #expect(driver.state.values[.lastName] == "山田")
    #expect(driver.screenText.contains("山田"))
  }

  @Test("a paste with characters the field refuses is refused whole")
  func pasteRefused() {
    var driver = Driver(Fixture.state())
    driver.focus(.birthDate)
    driver.press(.paste("May 15th"))
    #expect(driver.state.editor.text == "")
    #expect(driver.state.message?.text.hasPrefix("Paste refused") == true)
  }

  @Test("yes/no fields take y, n and Space; other letters are refused")
  func yesNo() {
    var driver = Driver(Fixture.state())
    driver.focus(.pepStatus)
    driver.type("y")
    #expect(driver.state.editor.text == "yes")
    driver.type(" ")
    #expect(driver.state.editor.text == "no")
    driver.type("x")
    #expect(driver.state.editor.text == "no")
    #expect(driver.state.message?.text.contains("y, n or Space") == true)
    driver.press(.tab)
    #expect(driver.state.values[.pepStatus] == "no")
  }

  @Test("answers are marked unsaved once a value changes")
  func unsavedAnswers() {
    var driver = Driver(Fixture.state())
    driver.focus(.firstName)
    #expect(driver.state.hasUnsavedAnswers == false)
    driver.type("Ana")
    driver.press(.tab)
    #expect(driver.state.hasUnsavedAnswers)
  }

  @Test("the status line shows the focused field's key and rule, then keys")
  func statusLine() {
    var driver = Driver(Fixture.draftState())
    driver.focus(.birthDate)
    let status = render(driver.state).grid.line(23)
    #expect(status.contains("birth_date · "))
    #expect(status.contains(driver.state.focusedDefinition!.ruleSummary))
    #expect(status.contains("F1 help · ^Q quit · PgDn step · F2 save"))
  }
}

@Suite("Secrets on screen")
struct SecretFieldTests {
  @Test("a tax id is plain while typed, masked once left and when revisited, plain again once edited")
  func masking() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.state.values[.taxIDNumber] = ""
    driver.focus(.taxIDNumber)
    driver.type("GOMM900515AB8")
    #expect(driver.screenText.contains("GOMM900515AB8"))
    driver.press(.pageUp)
    driver.press(.pageDown)
    driver.focus(.taxIDNumber)
    #expect(!driver.screenText.contains("GOMM900515AB8"))
    #expect(driver.screenText.contains("•••••5AB8"))
    driver.press(.backspace)
    #expect(driver.screenText.contains("GOMM900515AB"))
  }
}
