import Foundation
import KYCForm
import TerminalUI
import Testing
import Wizard

/// The state picker and postcode errors at 80x24 (`Goldens/`).
@Suite("Address screens")
struct AddressGoldenTests {
  /// The Address step with only the country given, focused on the state.
  static func addressState(country: String) -> WizardState {
    var state = GoldenScreenTests.stepState(3, filled: false)
    state.values[.addressCountry] = country
    state.jump(to: .addressState)
    return state
  }

  @Test("the state picker for Mexico: typed text filters codes and names, accents ignored")
  func mexicoPicker() {
    var driver = Driver(Self.addressState(country: "MEX"))
    driver.type("mexi")
    GoldenScreens.check("popup-state-mex", driver.state)
    #expect(driver.state.popup?.options.map(\.value).prefix(2) == ["MEX", "CDMX"])
  }

  @Test("the state picker for the USA: English and Spanish names")
  func usaPicker() {
    var driver = Driver(Self.addressState(country: "USA"))
    driver.type("nue")
    GoldenScreens.check("popup-state-usa", driver.state)
    #expect(driver.state.popup?.options.map(\.value).prefix(4) == ["NH", "NJ", "NM", "NY"])
  }

  @Test("a whole name and Enter picks the code without looking")
  func blindEnter() {
    var driver = Driver(Self.addressState(country: "MEX"))
    driver.type("Ciudad de Mexico")
    driver.press(.enter)
    #expect(driver.state.values[.addressState] == "CDMX")
    #expect(driver.state.focusedField == .addressZipCode)
    var usa = Driver(Self.addressState(country: "USA"))
    usa.type("california")
    usa.press(.tab)
    #expect(usa.state.values[.addressState] == "CA")
  }

  @Test("no country yet: the state takes text and opens no picker")
  func noCountry() {
    var driver = Driver(Self.addressState(country: ""))
    driver.type("Texas")
    #expect(driver.state.popup == nil)
  }

  @Test("a Mexican postcode that lost its leading zero, with the field's hint")
  func postcodeError() {
    var driver = Driver(Self.addressState(country: "MEX"))
    driver.type("CDMX")
    driver.press(.tab)
    driver.type("6600")
    driver.press(.tab)
    driver.focus(.addressZipCode)
    // 100 columns, so the whole message shows on its line.
    GoldenScreens.check("step-postcode-error-100x24", driver.state, columns: 100, rows: 24)
    #expect(driver.state.issues[.addressZipCode]?.first?.code == "postcode_leading_zero")
  }

  @Test("Kira's codes, once loaded, decide the state field")
  func kiraCodes() {
    var driver = Driver(Self.addressState(country: "MEX"))
    let catalog = SubdivisionCatalog(
      kiraCountries: ["MEX": [(code: "CMX", name: "Ciudad de México")]], fetchedAt: Fixture.today)
    driver.send(.subdivisionsLoaded(catalog))
    driver.type("cdmx")
    driver.press(.enter)
    #expect(driver.state.values[.addressState] == "CMX")
  }
}
