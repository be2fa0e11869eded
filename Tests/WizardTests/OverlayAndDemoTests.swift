import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

@Suite("Quit, help, demo helpers")
struct OverlayAndDemoTests {
  @Test("Ctrl-Q with nothing typed quits at once", arguments: [Key.control("q"), Key.control("c")])
  func quitWhenNothingToLose(key: Key) {
    var driver = Driver(Fixture.state())
    driver.press(key)
    #expect(driver.effects == [.quit])
    #expect(driver.state.isFinished)
  }

  @Test("Ctrl-Q with unsaved answers asks first; n stays, y quits")
  func quitConfirm() {
    var driver = Driver(Fixture.state())
    driver.focus(.firstName)
    driver.type("Ana")
    driver.press(.tab, .control("q"))
    #expect(driver.state.overlay == .quitConfirm)
    #expect(driver.effects.isEmpty)
    #expect(driver.screenText.contains("Quit?"))
    driver.press(.character("n"))
    #expect(driver.state.overlay == nil)
    #expect(!driver.state.isFinished)
    driver.press(.control("c"), .escape)
    #expect(driver.state.overlay == nil)
    driver.press(.control("c"), .character("y"))
    #expect(driver.effects == [.quit])
    #expect(driver.state.isFinished)
  }

  @Test("text typed but not yet committed counts as unsaved")
  func typedTextIsUnsaved() {
    var driver = Driver(Fixture.state())
    driver.focus(.firstName)
    driver.type("Ana")
    driver.press(.control("c"))
    #expect(driver.state.overlay == .quitConfirm)
    #expect(driver.effects.isEmpty)
  }

  @Test("a second Ctrl-Q in the dialog quits")
  func doubleQuit() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.state.hasUnsavedAnswers = true
    driver.press(.control("q"), .control("q"))
    #expect(driver.state.isFinished)
  }

  @Test("quitting while a submission is in flight asks, warning of an unknown outcome")
  func quitWhileSubmitting() {
    var driver = Driver(Fixture.reviewState())
    driver.state.hasUnsavedAnswers = false
    driver.press(.function(10), .control("q"))
    #expect(driver.state.overlay == .quitConfirm)
    #expect(driver.screenText.contains("outcome unknown"))
  }

  @Test("F1 opens help; `?` opens it only on an empty field; Esc closes it")
  func help() {
    var driver = Driver(Fixture.state())
    driver.press(.function(1))
    #expect(driver.state.overlay == .help(offset: 0))
    #expect(driver.screenText.contains("Keys"))
    driver.press(.escape)
    #expect(driver.state.overlay == nil)
    driver.focus(.firstName)
    driver.type("?")
    #expect(driver.state.overlay == .help(offset: 0))
    driver.press(.escape)
    driver.focus(.occupation)
    driver.type("A?")
    #expect(driver.state.overlay == nil)
    #expect(driver.state.editor.text == "A?")
  }

  @Test("the help screen lists every bound key from the keymap")
  func helpFromKeymap() {
    var driver = Driver(Fixture.draftState())
    driver.press(.function(1))
    var seen = ""
    for _ in 0..<80 {
      seen += driver.screenText
      driver.press(.down)
    }
    #expect(driver.screenText.contains("↑ more"))
    #expect(!driver.screenText.contains("↓ more"))
    driver.press(.up)
    #expect(driver.screenText.contains("↓ more"))
    #expect(driver.state.keyFeatures.isSuperset(of: [.embeddedSandbox, .drafts]))
    for section in Keymap.standard.helpSections(features: driver.state.keyFeatures, reviewSteps: 8) {
      #expect(seen.contains(section.title))
      for entry in section.entries {
        #expect(seen.contains(entry.summary), "help misses \(entry.summary)")
      }
    }
    #expect(seen.contains("PgDn, Ctrl-N"))
    #expect(seen.contains("F10, Ctrl-S"))
    #expect(seen.contains("1-8"))
    #expect(seen.contains("F2"))
  }

  @Test("F5 fills the step with the fake applicant in the embedded sandbox only")
  func demoFill() {
    var driver = Driver(Fixture.state())
    driver.press(.pageDown, .function(5))
    #expect(driver.state.values[.firstName] == "Maria")
    #expect(driver.state.values[.birthDate] == "1990-05-15")
    #expect(driver.state.message?.tone == .success)
    driver.press(.pageDown)
    #expect(driver.state.currentStep.id == .contact)
    let real = WizardEnvironment(name: "sandbox", isEmbeddedSandbox: false)
    var other = Driver(Fixture.state(environment: real))
    other.press(.pageDown, .function(5))
    #expect(other.state.values[.firstName] == "")
  }

  @Test("F5 on the document step writes the sample image and inspects it")
  func demoFillDocument() {
    var driver = Driver(Fixture.state(values: Fixture.mariaValues))
    driver.focus(.documentType)
    driver.state.values[.documentFrontImage] = ""
    driver.press(.function(5))
    let path = Fixture.demoFolder + "/" + SampleDocument.fileName
    #expect(driver.state.values[.documentFrontImage] == path)
    #expect(
      driver.effects == [
        .writeSampleDocument(path: path), .inspectFile(field: .documentFrontImage, path: path),
      ])
  }

  @Test("F6 opens the scenario menu; Enter sets the data that triggers the scenario")
  func scenarios() {
    var driver = Driver(Fixture.reviewState())
    driver.press(.function(6))
    #expect(driver.state.overlay == .scenarios(highlighted: 0))
    driver.press(.down, .down)
    let scenario = DemoScenario.all[2]
    driver.press(.enter)
    #expect(driver.state.overlay == nil)
    #expect(driver.state.values[.email] == "maria.gonzalez+review@example.com")
    #expect(driver.state.values[.documentNumber] == "G12345678")
    #expect(driver.state.demoScenario == scenario)
    #expect(driver.state.screen == .review)
  }

  @Test(
    "a scenario keeps the e-mail typed and swaps only its tag",
    arguments: [
      ("ana@desk.mx", 1, "ana+reject@desk.mx"), ("ana+reject@desk.mx", 2, "ana+review@desk.mx"),
      ("ana+busy@desk.mx", 0, "ana@desk.mx"), ("", 5, "maria.gonzalez+slow@example.com"),
      ("not an e-mail", 1, "maria.gonzalez+reject@example.com"),
    ])
  func scenarioKeepsEmail(typed: String, index: Int, expected: String) {
    var values = FormValues()
    values[.email] = typed
    #expect(DemoScenario.all[index].changes(over: values)[.email] == expected)
  }

  @Test("a scenario changes the document number only when it needs one or another's is there")
  func scenarioDocument() {
    var values = FormValues()
    values[.documentNumber] = "X1234567"
    #expect(DemoScenario.all[1].changes(over: values)[.documentNumber] == nil)
    #expect(DemoScenario.all[3].changes(over: values)[.documentNumber] == "K00000400")
    values[.documentNumber] = "k00000400"
    #expect(DemoScenario.all[1].changes(over: values)[.documentNumber] == "G12345678")
  }

  @Test("F5 after F6 fills around the scenario's trigger instead of resetting it")
  func fillKeepsScenario() {
    var driver = Driver(Fixture.state())
    driver.press(.function(6), .down, .enter)  // Rejection, picked on Step 1
    #expect(driver.state.values[.email] == "maria.gonzalez+reject@example.com")
    driver.press(.pageDown, .function(5), .pageDown, .function(5))
    #expect(driver.state.currentStep.id == .contact)
    #expect(driver.state.values[.email] == "maria.gonzalez+reject@example.com")
    #expect(driver.state.values[.phone] == "+525512345678")
  }

  @Test("a scenario picked on Review fills what it needs, so F10 can send it at once")
  func scenarioOnReviewFills() {
    var driver = Driver(Fixture.reviewState())
    driver.state.values[.firstName] = ""
    driver.state.values[.email] = ""
    driver.state.values[.documentFrontImage] = ""
    driver.state.values[.lastName] = "Núñez"
    driver.press(.function(6), .down, .enter)  // Rejection
    let path = Fixture.demoFolder + "/" + SampleDocument.fileName
    #expect(driver.state.screen == .review)
    #expect(driver.state.values[.firstName] == "Maria")
    #expect(driver.state.values[.lastName] == "Núñez")  // typed answers stay
    #expect(driver.state.values[.email] == "maria.gonzalez+reject@example.com")
    #expect(driver.state.values[.documentFrontImage] == path)
    #expect(driver.effects.contains(.writeSampleDocument(path: path)))
    #expect(driver.state.reviewErrors == [])
    #expect(driver.state.message?.text.contains("F10 sends it") == true)
  }

  @Test("the demo applicant passes every local rule")
  func demoApplicantIsValid() {
    var values = Fixture.mariaValues
    values[.documentFrontImage] = Fixture.demoFolder + "/" + SampleDocument.fileName
    let issues = OnboardingForm.individual.validateAll(values, policy: Fixture.policy)
    #expect(issues.filter { $0.severity == .error } == [])
  }

  @Test("the sample document is a real JPEG")
  func sampleDocument() {
    let data = SampleDocument.jpegData
    #expect(DocumentImageFormat.detect(data) == .jpeg)
    #expect(data.suffix(2) == Data([0xFF, 0xD9]))
  }
}

@Suite("Server text is cleaned before it is drawn")
struct ServerTextTests {
  @Test(
    "escape sequences and control characters are removed",
    arguments: [
      ("plain", "plain"),
      ("\u{1B}[31mred\u{1B}[0m", "red"),
      ("title\u{1B}]0;pwned\u{07}!", "title!"),
      ("a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b", "alinkb"),
      ("two\nlines\ttab", "two lines tab"),
      ("bell\u{07}nul\u{0}c1\u{9B}2Jx", "bellnulc1x"),
      ("rtl\u{202E}override", "rtloverride"),
      ("  spaced   out  ", "spaced out"),
      ("María 山田", "María 山田"),
    ])
  func clean(input: String, expected: String) {
    #expect(ServerText.clean(input) == expected)
  }

  @Test("very long text is cut")
  func long() {
    let cleaned = ServerText.clean(String(repeating: "x", count: 1000), limit: 50)
    #expect(cleaned.count == 50)
    #expect(cleaned.hasSuffix("…"))
  }
}

@Suite("The keymap is the contract")
struct KeymapTests {
  let keymap = Keymap.standard

  @Test(
    "field keys",
    arguments: [
      (Key.tab, KeyCommand.nextField), (.down, .nextField), (.enter, .nextFieldOrStep),
      (.backTab, .previousField), (.up, .previousField), (.pageDown, .nextStep), (.control("n"), .nextStep),
      (.pageUp, .previousStep), (.control("p"), .previousStep), (.escape, .back), (.function(1), .help),
      (.control("q"), .quit), (.control("c"), .quit),
    ])
  func fieldKeys(key: Key, command: KeyCommand) {
    #expect(keymap.command(for: key, in: [.textField]) == command)
  }

  @Test("F10 and Ctrl-S submit on Review only; digits jump to steps Review lists")
  func reviewKeys() {
    #expect(keymap.command(for: .function(10), in: [.review]) == .submit)
    #expect(keymap.command(for: .control("s"), in: [.review]) == .submit)
    #expect(keymap.command(for: .function(10), in: [.textField]) == nil)
    #expect(keymap.command(for: .character("7"), in: [.review], reviewSteps: 8) == .editStep(7))
    #expect(keymap.command(for: .character("8"), in: [.review], reviewSteps: 8) == .editStep(8))
    #expect(keymap.command(for: .character("9"), in: [.review], reviewSteps: 8) == nil)
    #expect(keymap.command(for: .character("0"), in: [.review], reviewSteps: 8) == nil)
    #expect(keymap.command(for: .character("7"), in: [.textField], reviewSteps: 8) == nil)
    #expect(keymap.command(for: .character("1"), in: [.review], reviewSteps: 1) == .editStep(1))
    #expect(keymap.command(for: .character("2"), in: [.review], reviewSteps: 1) == nil)
  }

  @Test(
    "Review's digit hint names the digits that act, on the status line and in help",
    arguments: [(8, "1-8"), (2, "1-2"), (1, "1")])
  func stepDigitLabels(steps: Int, digits: String) {
    #expect(keymap.statusLabels(in: [.review], features: [], reviewSteps: steps).contains("\(digits) edit"))
    let review = keymap.helpSections(features: [.formSteps], reviewSteps: steps).first {
      $0.title == "Review and result"
    }
    let entry = review?.entries.first { $0.summary == "edit that step" }
    #expect(entry?.keys == digits)
  }

  @Test("popup keys come before field keys; Tab completes only a non-empty path")
  func priorities() {
    #expect(keymap.command(for: .down, in: [.popup, .choiceField]) == .choiceDown)
    #expect(keymap.command(for: .enter, in: [.popup, .choiceField]) == .choicePick)
    #expect(keymap.command(for: .tab, in: [.fileField], fieldIsEmpty: false) == .completePath)
    #expect(keymap.command(for: .tab, in: [.fileField], fieldIsEmpty: true) == .nextField)
    #expect(keymap.command(for: .character("?"), in: [.textField], fieldIsEmpty: true) == .help)
    #expect(keymap.command(for: .character("?"), in: [.textField], fieldIsEmpty: false) == nil)
  }

  @Test("demo keys exist only in the embedded sandbox; F2 saves the draft on every field and on Review")
  func demoKeys() {
    #expect(keymap.command(for: .function(5), in: [.textField]) == nil)
    #expect(
      keymap.command(for: .function(5), in: [.textField], features: [.embeddedSandbox]) == .fillDemoStep)
    #expect(!keymap.statusLabels(in: [.textField], features: [.drafts], reviewSteps: 8).contains("F5 fill"))
    for context in KeyContext.anyField.union([.review]) {
      #expect(keymap.command(for: .function(2), in: [context], features: [.drafts]) == .drafts(.save))
    }
  }
}
