import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// Every option of every choice field of the form, with a different option
/// the field holds before it is typed over.
private let choiceAnswers: [(field: FieldID, held: String, typed: String)] = Fixture.state().form.steps
  .flatMap(\.fields).flatMap { field -> [(field: FieldID, held: String, typed: String)] in
    guard case .choice(let options) = field.kind else { return [] }
    return options.map { option in
      let held = options.first { $0.value != option.value }?.value ?? ""
      return (field.id, held, option.value)
    }
  }

@Suite("Blind typing over a value a list field holds")
struct BlindTypingTests {
  /// Focuses `field` holding `held` (on Maria's answers).
  static func driver(_ field: FieldID, holding held: String) -> Driver {
    var values = Fixture.mariaValues
    values[field] = held
    var driver = Driver(Fixture.state(values: values))
    driver.focus(field)
    return driver
  }

  @Test("a whole option typed over another and Enter is stored", arguments: choiceAnswers)
  func everyChoice(field: FieldID, held: String, typed: String) {
    var driver = Self.driver(field, holding: held)
    guard driver.state.focusedField == field else { return }  // hidden by another answer
    #expect(driver.state.editor.isSelected)
    driver.type(typed)
    #expect(driver.state.editor.text == typed)
    driver.press(.enter)
    #expect(driver.state.values[field] == typed)
    #expect(driver.state.issues[field] == nil)
  }

  @Test(
    "the reported cases: automatic, female, a country",
    arguments: [
      (FieldID.verificationMode, "automatic", "verification_link", "verification_link"),
      (.gender, "female", "male", "male"),
      (.nationality, "MEX", "GTM", "GTM"),
      (.nationality, "USA", "México", "MEX"),
      (.addressCountry, "MEX", "Guatemala", "GTM"),
      (.documentCountry, "MEX", "BRA", "BRA"),
    ])
  func reported(field: FieldID, held: String, typed: String, stored: String) {
    var driver = Self.driver(field, holding: held)
    #expect(driver.state.focusedField == field)
    driver.type(typed)
    driver.press(.enter)
    #expect(driver.state.values[field] == stored)
  }

  @Test("a paste replaces the selected value too")
  func paste() {
    var driver = Self.driver(.gender, holding: "female")
    driver.press(.paste(" male\n"))
    driver.press(.enter)
    #expect(driver.state.values[.gender] == "male")
  }

  @Test("Left, Right, Home and End keep the value for editing")
  func movingKeepsValue() {
    var driver = Self.driver(.gender, holding: "female")
    driver.press(.home)
    #expect(!driver.state.editor.isSelected)
    driver.type("x")
    #expect(driver.state.editor.text == "xfemale")
    driver = Self.driver(.gender, holding: "female")
    driver.press(.left)
    driver.type("x")
    #expect(driver.state.editor.text == "femalxe")
    driver = Self.driver(.gender, holding: "female")
    driver.press(.end)
    driver.press(.backspace)
    #expect(driver.state.editor.text == "femal")
  }

  @Test("Backspace on the selected value empties the field")
  func backspaceClears() {
    var driver = Self.driver(.verificationMode, holding: "automatic")
    driver.press(.backspace)
    #expect(driver.state.editor.text == "")
  }

  @Test("? on a field holding its value opens help, not '?' typed after it")
  func questionMarkOpensHelp() {
    var driver = Driver(Fixture.state())
    #expect(driver.state.focusedField == .verificationMode)
    #expect(driver.state.editor.text == "automatic")
    driver.type("?")
    #expect(driver.state.overlay == .help(offset: 0))
    #expect(driver.state.editor.text == "automatic")
  }

  @Test("Space on a held value lists every option, the held one highlighted")
  func spaceListsAll() {
    var driver = Self.driver(.gender, holding: "male")
    driver.type(" ")
    let popup = try! #require(driver.state.popup)
    #expect(popup.options.count == 3)
    #expect(popup.highlightedOption?.value == "male")
  }

  @Test("Tab into a list field selects its value; leaving and coming back selects it again")
  func tabSelects() {
    var driver = Self.driver(.gender, holding: "female")
    driver.press(.backTab)
    #expect(!driver.state.editor.isSelected || driver.state.focusedField != .gender)
    driver.press(.tab)
    #expect(driver.state.focusedField == .gender)
    #expect(driver.state.editor.isSelected)
    driver.type("male")
    driver.press(.tab)
    #expect(driver.state.values[.gender] == "male")
  }

  @Test(
    "a number typed in a band field picks the band holding it",
    arguments: [
      (FieldID.expectedMonthlyVolume, "5000", "less_than_10000"),
      (.expectedMonthlyVolume, "9,999", "less_than_10000"),
      (.expectedMonthlyVolume, "10000", "10000_to_49999"),
      (.expectedMonthlyVolume, "$25.000", "10000_to_49999"),
      (.expectedMonthlyVolume, "50 000", "50000_to_199999"),
      (.expectedMonthlyVolume, "199999.50", "50000_to_199999"),
      (.expectedMonthlyVolume, "999999", "200000_to_999999"),
      (.expectedMonthlyVolume, "1000000", "1000000_or_more"),
      (.expectedMonthlyVolume, "25000000", "1000000_or_more"),
      (.expectedTransactionCount, "20", "11_to_50"),
      (.expectedTransactionCount, "1", "1_to_10"),
      (.expectedTransactionCount, "10", "1_to_10"),
      (.expectedTransactionCount, "200", "51_to_200"),
      (.expectedTransactionCount, "201", "more_than_200"),
      (.expectedTransactionCount, "5000", "more_than_200"),
    ])
  func bands(field: FieldID, typed: String, band: String) {
    var driver = Self.driver(field, holding: "")
    driver.type(typed)
    #expect(driver.state.popup?.options.map(\.value) == [band])
    driver.press(.enter)
    #expect(driver.state.values[field] == band)
  }

  @Test("a number no band holds offers none; words still filter bands")
  func bandEdges() {
    var driver = Self.driver(.expectedTransactionCount, holding: "")
    driver.type("0")
    #expect(driver.state.popup?.options.isEmpty != false)
    driver = Self.driver(.expectedMonthlyVolume, holding: "")
    driver.type("less")
    #expect(driver.state.popup?.options.map(\.value) == ["less_than_10000"])
    let sources = try! #require(Fixture.state().form.field(.sourceOfFunds))
    guard case .choice(let options) = sources.kind else { return }
    #expect(ChoiceFilter.filter(options, query: "2000").isEmpty)
  }

  @Test("a day-first date shows how it was read, and is stored as YYYY-MM-DD")
  func dayFirstDate() {
    var driver = Self.driver(.birthDate, holding: "")
    driver.type("15/05/1990")
    #expect(driver.screenText.contains("= 15 May 1990"))
    driver.press(.enter)
    #expect(driver.state.values[.birthDate] == "1990-05-15")
    #expect(driver.state.issues[.birthDate] == nil)
  }
}

@Suite("Ctrl-R back to Review")
struct BackToReviewTests {
  @Test("after a jump from Review to a step, Ctrl-R goes straight back")
  func backFromJump() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.goToReview()
    #expect(driver.state.screen == .review)
    driver.type("2")
    #expect(driver.state.screen == .step)
    #expect(driver.state.stepIndex == 1)
    #expect(driver.screenText.contains("Ctrl-R goes back to Review"))
    driver.press(.control("u"))
    driver.type("Ana")
    driver.press(.control("r"))
    #expect(driver.state.screen == .review)
    #expect(driver.state.values[.firstName] == "Ana", "what was typed is kept")
  }

  @Test("before Review has been shown, Ctrl-R says how to get there and stays")
  func beforeReview() {
    var driver = Driver(Fixture.state())
    driver.press(.control("r"))
    #expect(driver.state.screen == .step)
    #expect(driver.state.stepIndex == 0)
    #expect(driver.state.message?.text.contains("Review opens after the last step") == true)
  }
}
