import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

@Suite("Choice, country and file fields")
struct ChoiceFieldTests {
  @Test("typing in a choice field filters its options in a popup")
  func choicePopupFilters() {
    var driver = Driver(Fixture.state())
    driver.focus(.sourceOfFunds)
    #expect(driver.state.popup == nil)
    driver.type("sav")
    let popup = try! #require(driver.state.popup)
    #expect(popup.options.map(\.value) == ["savings_inheritance_gift", "savings"])
    #expect(driver.screenText.contains("2 matches"))
  }

  @Test("Up/Down move the highlight; Enter picks it and moves to the next field")
  func choicePick() {
    var driver = Driver(Fixture.state())
    driver.focus(.sourceOfFunds)
    driver.type("sav")
    driver.press(.down)
    #expect(driver.state.popup?.highlighted == 1)
    driver.press(.down)
    #expect(driver.state.popup?.highlighted == 1)
    driver.press(.up, .down, .enter)
    #expect(driver.state.values[.sourceOfFunds] == "savings")
    #expect(driver.state.popup == nil)
    #expect(driver.state.focusedField != .sourceOfFunds)
  }

  @Test("Esc closes the popup and keeps the text; a second Esc goes back a step")
  func escapeClosesPopup() {
    var driver = Driver(Fixture.state())
    driver.focus(.documentType)
    let step = driver.state.stepIndex
    driver.type("pass")
    driver.press(.escape)
    #expect(driver.state.popup == nil)
    #expect(driver.state.editor.text == "pass")
    #expect(driver.state.stepIndex == step)
    driver.press(.escape)
    #expect(driver.state.stepIndex == step - 1)
    #expect(driver.state.values[.documentType] == "passport")
  }

  @Test(
    "typing a complete value and Enter works without looking",
    arguments: [
      (FieldID.documentType, "passport", "passport"), (.sourceOfFunds, "salary", "salary"),
      (.gender, "male", "male"), (.nationality, "MEX", "MEX"), (.employmentStatus, "Retired", "retired"),
    ])
  func blindTyping(field: FieldID, typed: String, stored: String) {
    var driver = Driver(Fixture.state())
    driver.focus(field)
    driver.type(typed)
    driver.press(.enter)
    #expect(driver.state.values[field] == stored)
    #expect(driver.state.issues[field] == nil)
  }

  @Test(
    "country fields match English or Spanish names and alpha-2/alpha-3 codes; MEX is stored",
    arguments: ["mex", "MX", "México", "mexico", "Mexico"])
  func countryPick(typed: String) {
    var driver = Driver(Fixture.state())
    driver.focus(.nationality)
    driver.type(typed)
    #expect(driver.state.popup?.highlightedOption?.value == "MEX")
    // The English desk reads the English name, the Spanish desk the Spanish one.
    #expect(driver.state.popup?.highlightedOption?.label(in: "en") == "Mexico (MEX)")
    #expect(driver.state.popup?.highlightedOption?.label(in: "es") == "México (MEX)")
    driver.press(.enter)
    #expect(driver.state.values[.nationality] == "MEX")
    #expect(driver.state.focusedField != .nationality)
    #expect(driver.screenText.contains("Mexico (MEX)"))
    driver.focus(.nationality)
    #expect(driver.state.editor.text == "MEX")
    #expect(driver.screenText.contains("= Mexico (MEX)"))
    driver.state.language = .spanish
    #expect(driver.screenText.contains("= México (MEX)"))
  }

  @Test("digits are refused in a country field")
  func countryRefusesDigits() {
    var driver = Driver(Fixture.state())
    driver.focus(.nationality)
    driver.type("4")
    #expect(driver.state.editor.text == "")
    #expect(driver.state.message?.tone == .warning)
  }

  @Test("Space on an empty choice field shows every option")
  func spaceOpensList() {
    var driver = Driver(Fixture.state())
    driver.focus(.gender)
    driver.type(" ")
    #expect(driver.state.popup?.options.count == 3)
  }

  @Test("Tab on a file field with text asks for completion; nothing to complete moves on")
  func fileCompletion() {
    var values = FormValues()
    values[.documentType] = "national_id"
    var driver = Driver(Fixture.state(values: values))
    driver.focus(.documentFrontImage)
    driver.type("/scans/ma")
    driver.press(.tab)
    #expect(driver.effects == [.completePath(field: .documentFrontImage, text: "/scans/ma")])
    driver.send(
      .pathCompleted(
        field: .documentFrontImage, original: "/scans/ma", completed: "/scans/maria-",
        candidates: [
          "maria-back.jpg", "maria-front.jpg",
        ]))
    #expect(driver.state.editor.text == "/scans/maria-")
    #expect(driver.state.message?.text.contains("2 matches") == true)
    driver.type("front.jpg")
    driver.press(.tab)
    driver.send(
      .pathCompleted(
        field: .documentFrontImage, original: Fixture.frontImagePath, completed: Fixture.frontImagePath,
        candidates: []))
    #expect(driver.state.focusedField != .documentFrontImage)
    #expect(driver.state.values[.documentFrontImage] == Fixture.frontImagePath)
    #expect(driver.effects == [.inspectFile(field: .documentFrontImage, path: Fixture.frontImagePath)])
  }

  @Test("an accepted image shows its type and size; an unusable one shows why")
  func fileInspection() {
    var values = Fixture.mariaValues
    values[.documentBackImage] = "/scans/notes.txt"
    var driver = Driver(Fixture.state(values: values))
    let info = DocumentFileInfo(path: Fixture.frontImagePath, format: .jpeg, byteCount: 1441)
    driver.send(.fileInspected(field: .documentFrontImage, path: Fixture.frontImagePath, .success(info)))
    #expect(driver.state.fileInfo[.documentFrontImage] == info)
    let issue = ValidationIssue(field: "", path: "", code: "unsupported_image", message: "not a JPEG or PNG")
    driver.send(.fileInspected(field: .documentBackImage, path: "/scans/notes.txt", .failure(issue)))
    #expect(driver.state.issues[.documentBackImage]?.first?.field == .documentBackImage)
    driver.focus(.documentNumber)
    #expect(driver.screenText.contains("(JPEG, "))
  }

  @Test("a stale inspection result (the path changed since) is ignored")
  func staleInspection() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    let info = DocumentFileInfo(path: "/old.jpg", format: .png, byteCount: 10)
    driver.send(.fileInspected(field: .documentFrontImage, path: "/old.jpg", .success(info)))
    #expect(driver.state.fileInfo[.documentFrontImage] == nil)
  }
}
