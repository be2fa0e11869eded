import Foundation
import Testing

@testable import KYCForm

/// Our state and postcode rules against the reference data, country by
/// country (`Tests/Fixtures/address-cases.json`). Serialized: thousands of
/// synchronous checks would otherwise hold every thread of a 2-core
/// machine's pool, starving the runtime tests' background tasks.
@Suite("Address fixtures", .serialized)
struct AddressFixtureTests {
  @Test("the fixture covers every country of the data")
  func coverage() {
    #expect(AddressFixtureCase.all.count > 7_000)
    #expect(AddressFixtureCase.stateCountries.count >= 45)
    #expect(AddressFixtureCase.postcodeCountries.count >= 170)
    #expect(AddressFixtureCase.zipCountries.contains("USA"))
    for country in ["MEX", "USA", "BRA", "ARG", "COL", "GTM"] {
      #expect(AddressFixtureCase.postcodeCountries.contains(country), "\(country)")
    }
  }

  @Test(
    "a code, abbreviation or name (English, Spanish, local, Latin; any case or accents) reads as the code",
    arguments: AddressFixtureCase.stateCountries)
  func states(_ country: String) {
    let form = OnboardingForm.individual
    for state in AddressFixtureCase.byCountry("state").first(where: { $0.country == country })?.cases ?? [] {
      let values = FormValues(values: [.addressCountry: country, .addressState: state.input])
      let stored = form.normalized(state.input, for: .addressState, in: values)
      #expect(stored == state.code, "\(state)")
      let issues = form.validate(field: .addressState, in: values, policy: .standard())
      #expect(!issues.contains { $0.severity == .error }, "\(state): \(issues.map(\.message))")
    }
  }

  @Test(
    "each example postcode is valid and written as the country writes it; broken ones are refused",
    arguments: AddressFixtureCase.postcodeCountries)
  func postcodes(_ country: String) throws {
    let rules = try #require(AddressData.rules(for: country))
    for postcode in AddressFixtureCase.byCountry("postcode").first(where: { $0.country == country })?.cases
      ?? []
    {
      let canonical = Postcodes.canonical(postcode.input, rules: rules)
      if postcode.valid == true {
        #expect(canonical == postcode.canonical, "\(postcode)")
      } else {
        #expect(canonical == nil, "\(postcode) read as \(canonical ?? "")")
        let values = FormValues(values: [.addressCountry: country, .addressZipCode: postcode.input])
        let issues = OnboardingForm.individual.validate(
          field: .addressZipCode, in: values, policy: .standard())
        // Far too long ones may meet the field's length limit first.
        #expect(issues.first?.severity == .error, "\(postcode)")
        #expect(["invalid_postcode", "too_long"].contains(issues.first?.rule), "\(postcode)")
        if issues.first?.rule == "invalid_postcode" {
          #expect(issues.first?.expected?.isEmpty == false, "\(postcode)")
        }
      }
    }
  }

  @Test(
    "a postcode agrees with its state's prefixes (USA: an error; elsewhere a warning)",
    arguments: AddressFixtureCase.zipCountries)
  func prefixes(_ country: String) {
    for zip in AddressFixtureCase.byCountry("zip").first(where: { $0.country == country })?.cases ?? [] {
      let values = FormValues(values: [
        .addressCountry: country, .addressState: zip.state ?? "", .addressZipCode: zip.input,
      ])
      let issues = OnboardingForm.individual.validate(field: .addressZipCode, in: values, policy: .standard())
      let mismatch = issues.first { $0.code == "postcode_state_mismatch" }
      if zip.match == true {
        #expect(mismatch == nil, "\(zip): \(issues.map(\.message))")
      } else {
        #expect(
          mismatch?.severity == (country == "USA" ? .error : .warning), "\(zip): \(issues.map(\.message))")
      }
    }
  }
}
