import KiraModels
import Testing

@testable import KYCForm

/// The tax number rule in the form: per country, the codes and messages.
@Suite("Tax ID rules")
struct TaxIDRuleTests {
  static let usa: [FieldID: String] = [.addressCountry: "USA"]
  static let mex: [FieldID: String] = [.addressCountry: "MEX"]
  static let bra: [FieldID: String] = [.addressCountry: "BRA"]
  static let arg: [FieldID: String] = [.addressCountry: "ARG"]
  static let col: [FieldID: String] = [.addressCountry: "COL"]
  static let gtm: [FieldID: String] = [.addressCountry: "GTM"]

  static let cases: [RuleCase] = [
    // USA: SSN and ITIN.
    ok(.taxIDNumber, "123-45-6789", usa), ok(.taxIDNumber, "123 45 6789", usa),
    bad(.taxIDNumber, "078-05-1120", "invalid_ssn", usa),
    bad(.taxIDNumber, "219-09-9999", "invalid_ssn", usa),
    bad(.taxIDNumber, "457-55-5462", "invalid_ssn", usa),
    bad(.taxIDNumber, "000-12-3456", "invalid_ssn", usa),
    bad(.taxIDNumber, "666-12-3456", "invalid_ssn", usa),
    bad(.taxIDNumber, "123-00-4567", "invalid_ssn", usa),
    bad(.taxIDNumber, "123-45-0000", "invalid_ssn", usa), bad(.taxIDNumber, "1234567890", "invalid_ssn", usa),
    ok(.taxIDNumber, "912-50-1234", usa), ok(.taxIDNumber, "912-65-1234", usa),
    ok(.taxIDNumber, "912-70-1234", usa),
    ok(.taxIDNumber, "912-88-1234", usa), ok(.taxIDNumber, "912-90-1234", usa),
    ok(.taxIDNumber, "912-92-1234", usa),
    ok(.taxIDNumber, "912-94-1234", usa), ok(.taxIDNumber, "999-99-9999", usa),
    ok(.taxIDNumber, "900701234", usa),
    bad(.taxIDNumber, "912-49-1234", "invalid_itin", usa),
    bad(.taxIDNumber, "912-66-1234", "invalid_itin", usa),
    bad(.taxIDNumber, "912-69-1234", "invalid_itin", usa),
    bad(.taxIDNumber, "912-89-1234", "invalid_itin", usa),
    bad(.taxIDNumber, "912-93-1234", "invalid_itin", usa),
    bad(.taxIDNumber, "900-00-1234", "invalid_itin", usa),
    // Mexico: RFC and CURP.
    ok(.taxIDNumber, "GODE561231GR8", mex), ok(.taxIDNumber, "gode 561231 gr8", mex),
    ok(.taxIDNumber, "GODE-561231-GR8", [.addressCountry: "Mexico"]),
    bad(.taxIDNumber, "GODE561231GR9", "invalid_rfc", mex),
    bad(.taxIDNumber, "GODE561331GR8", "invalid_rfc", mex),
    bad(.taxIDNumber, "GOD561231GR8", "invalid_rfc", mex), bad(.taxIDNumber, "ABC", "invalid_tax_id", mex),
    bad(.taxIDNumber, "RFC#1234", "invalid_tax_id", mex),
    ok(.taxIDNumber, "GODE561231HDFRRN00", mex), ok(.taxIDNumber, "gode561231hdfrrn00", mex),
    bad(.taxIDNumber, "GODE561231HDFRRN09", "invalid_curp", mex),
    bad(.taxIDNumber, "GODE561231XDFRRN00", "invalid_curp", mex),
    bad(.taxIDNumber, "GODE561231HZZRRN00", "invalid_curp", mex),
    // Brazil: CPF.
    ok(.taxIDNumber, "123.456.789-09", bra), ok(.taxIDNumber, "12345678909", bra),
    bad(.taxIDNumber, "123.456.789-08", "invalid_cpf", bra),
    bad(.taxIDNumber, "000.000.000-00", "invalid_cpf", bra),
    bad(.taxIDNumber, "111.111.111-11", "invalid_cpf", bra),
    bad(.taxIDNumber, "1234567890", "invalid_cpf", bra),
    // Argentina: CUIT/CUIL.
    ok(.taxIDNumber, "20-12345678-6", arg), ok(.taxIDNumber, "20123456786", arg),
    bad(.taxIDNumber, "20-12345678-5", "invalid_cuit", arg),
    bad(.taxIDNumber, "50-12345678-6", "invalid_cuit", arg),
    // Colombia: NIT and cédula.
    ok(.taxIDNumber, "900373913-4", col), ok(.taxIDNumber, "900.373.913-4", col),
    ok(.taxIDNumber, "1020304050", col),
    ok(.taxIDNumber, "52.123.456", col),
    bad(.taxIDNumber, "900373913-5", "invalid_nit", col), bad(.taxIDNumber, "123", "invalid_cedula", col),
    // Guatemala: NIT.
    ok(.taxIDNumber, "576937-K", gtm), ok(.taxIDNumber, "576937k", gtm), ok(.taxIDNumber, "0576937-K", gtm),
    bad(.taxIDNumber, "576937-1", "invalid_nit", gtm),
    // A number of another country.
    bad(.taxIDNumber, "GODE561231GR8", "tax_id_other_country", bra),
    bad(.taxIDNumber, "GODE561231GR8", "tax_id_other_country", usa),
    bad(.taxIDNumber, "123.456.789-09", "tax_id_other_country", mex),
    bad(.taxIDNumber, "GODE561231HDFRRN00", "tax_id_other_country", [.addressCountry: "ESP"]),
    // Other countries: free text within a bound.
    ok(.taxIDNumber, "X1234567L", [.addressCountry: "ESP"]),
    bad(.taxIDNumber, "AB", "invalid_tax_id", [.addressCountry: "ESP"]),
  ]

  @Test("codes per country", arguments: cases)
  func rule(_ row: RuleCase) {
    #expect(row.issues().first(where: { $0.severity == .error })?.code == row.expected)
  }

  @Test("a number valid for another country says which, and names the tax country")
  func otherCountryMessage() {
    let row = bad(.taxIDNumber, "GODE561231GR8", "tax_id_other_country", Self.bra)
    let message = row.issues().first?.message ?? ""
    #expect(message.contains("this looks like a Mexican RFC; the tax country is Brazil"), "\(message)")
  }

  @Test("messages never repeat the number (it is shown masked)", arguments: cases)
  func notEchoed(_ row: RuleCase) {
    let compact = String(row.value.filter { $0.isLetter || $0.isNumber })
    guard compact.count >= 6 else { return }
    for issue in row.issues() { #expect(!issue.message.contains(compact), "\(issue.message)") }
  }

  @Test("ITINs were refused as never-issued SSN areas: every ITIN group is now accepted as the US tax number")
  func everyITINGroup() {
    let groups = Array(50...65) + Array(70...88) + Array(90...92) + Array(94...99)
    #expect(groups.count == 44)
    for group in groups {
      let value = "900-\(group)-1234"
      #expect(ok(.taxIDNumber, value, Self.usa).issues().isEmpty, "\(value)")
    }
  }

  @Test(
    "the payload carries the canonical form and the right item type",
    arguments: [
      ("USA", "123 45 6789", "ssn", "123-45-6789"), ("USA", "900701234", "ssn", "900-70-1234"),
      ("MEX", "gode-561231-gr8", "tax_id", "GODE561231GR8"),
      ("BRA", "123.456.789-09", "tax_id", "12345678909"),
      ("ARG", "20-12345678-6", "tax_id", "20123456786"), ("COL", "900.373.913-4", "tax_id", "900373913-4"),
      ("GTM", "576937k", "tax_id", "576937-K"),
    ])
  func payload(_ country: String, _ typed: String, _ type: String, _ sent: String) throws {
    let values = FormValues(values: [
      .firstName: "Ana", .lastName: "Ruiz", .email: "ana@example.com", .addressCountry: country,
      .taxIDNumber: typed,
    ])
    let body = try OnboardingForm.individual.payload(from: values, policy: Fixtures.policy())
    let item = body["identifying_information"]?.arrayValue?.first
    #expect(item?["type"] == .string(type))
    #expect(item?["number"] == .string(sent))
    #expect(item?["issuing_country"] == .string(country))
  }

  @Test("a CURP is cross-checked with the birth date and gender (warnings naming both values)")
  func curpCrossCheck() {
    let curp = "GODE561231HDFRRN00"  // born 1956-12-31, H (male)
    func warnings(_ extra: [FieldID: String]) -> [ValidationIssue] {
      ok(.taxIDNumber, curp, Self.mex.merging(extra) { $1 }).issues().filter { $0.severity == .warning }
    }
    let dateWarning = warnings([.birthDate: "1990-05-15"]).first
    #expect(dateWarning?.code == "curp_birth_date_mismatch")
    #expect(dateWarning?.message.contains("1956-12-31") == true)
    #expect(dateWarning?.message.contains("1990-05-15") == true)
    let genderWarning = warnings([.birthDate: "1956-12-31", .gender: "female"]).first
    #expect(genderWarning?.code == "curp_gender_mismatch")
    #expect(genderWarning?.message.contains("male") == true)
    #expect(genderWarning?.message.contains("female") == true)
    #expect(warnings([.birthDate: "1956-12-31", .gender: "male"]).isEmpty)
    #expect(warnings([.gender: "other"]).isEmpty)
  }
}
