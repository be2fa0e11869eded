import Foundation
import KYCForm
import Testing

/// Validator tables: every rule of issue 2, valid and invalid values.
@Suite("Validator tables")
struct ValidatorTableTests {
  static let usa: [FieldID: String] = [.addressCountry: "USA"]
  static let mex: [FieldID: String] = [.addressCountry: "MEX"]
  static let link: [FieldID: String] = [.verificationMode: "verification_link"]

  static let names: [RuleCase] = [
    ok(.firstName, "Maria"), ok(.firstName, "María José"), ok(.lastName, "Ñúñez"),
    ok(.lastName, "Gonzalez"),
    ok(.firstName, "山田 太郎"), ok(.firstName, "Zoë"), ok(.lastName, "O'Brien"), ok(.firstName, "Jean-Luc"),
    ok(.firstName, "Александр"), ok(.firstName, "محمد"), ok(.lastName, "Nguyễn"), ok(.firstName, "  Maria  "),
    ok(.firstName, String(repeating: "a", count: 100)), ok(.middleName, ""), ok(.middleName, "José"),
    bad(.firstName, "", "required"), bad(.lastName, "", "required"), bad(.firstName, "   ", "blank"),
    bad(.firstName, String(repeating: "a", count: 101), "too_long"),
    bad(.firstName, "Ma\u{07}ria", "control_characters"), bad(.lastName, "Gon\tzalez", "control_characters"),
    bad(.firstName, "12345", "invalid_name"), bad(.lastName, "---", "invalid_name"),
    bad(.middleName, "🙂", "invalid_name"),
  ]

  static let birthDates: [RuleCase] = [
    ok(.birthDate, "1990-05-15"), ok(.birthDate, "2000-02-29"), ok(.birthDate, "1996-02-29"),
    ok(.birthDate, "2008-06-15"), ok(.birthDate, "1900-01-01"), ok(.birthDate, "19900515"),
    ok(.birthDate, "1990/05/15"), ok(.birthDate, "1990-5-3"), ok(.birthDate, ""),
    bad(.birthDate, "1990-02-30", "invalid_date"), bad(.birthDate, "2023-02-29", "invalid_date"),
    bad(.birthDate, "1900-02-29", "invalid_date"), bad(.birthDate, "2100-02-29", "invalid_date"),
    bad(.birthDate, "1990-13-01", "invalid_date"), bad(.birthDate, "1990-00-10", "invalid_date"),
    bad(.birthDate, "1990-04-31", "invalid_date"), bad(.birthDate, "90-05-15", "invalid_date_format"),
    ok(.birthDate, "15/05/1990"), ok(.birthDate, "15-05-1990"),
    bad(.birthDate, "15/05/90", "invalid_date_format"),
    bad(.birthDate, "abcd-ef-gh", "invalid_date_format"),
    bad(.birthDate, "1990-05-15T00:00", "invalid_date_format"),
    bad(.birthDate, "２０００-01-01", "invalid_date_format"), bad(.birthDate, "2027-01-01", "date_in_future"),
    bad(.birthDate, "1899-12-31", "date_too_early"), bad(.birthDate, "2008-06-16", "too_young"),
    bad(.birthDate, "2010-01-01", "too_young"), bad(.birthDate, "2026-06-15", "too_young"),
  ]

  static let expirations: [RuleCase] = [
    ok(.documentExpiration, "2030-05-15"), ok(.documentExpiration, "2026-06-16"),
    ok(.documentExpiration, "2028-02-29"), ok(.documentExpiration, "2030/05/15"),
    bad(.documentExpiration, "2026-06-15", "document_expired"),
    bad(.documentExpiration, "2020-01-01", "document_expired"),
    bad(.documentExpiration, "2027-02-29", "invalid_date"),
    bad(.documentExpiration, "next year", "invalid_date_format"),
    // At most 20 years ahead of 2026-06-15: 2203 is a typo for 2023.
    ok(.documentExpiration, "2046-06-15"), bad(.documentExpiration, "2046-06-16", "expiration_too_far"),
    bad(.documentExpiration, "2203-01-01", "expiration_too_far"),
    ok(.documentExpiration, "31/12/2030"), bad(.documentExpiration, "2130-12-31", "expiration_too_far"),
  ]

  static let countries: [RuleCase] = [
    ok(.nationality, "MEX"), ok(.nationality, "mex"), ok(.nationality, "mx"), ok(.nationality, "Mexico"),
    ok(.nationality, "méxico"), ok(.nationality, "United States"), ok(.nationality, "usa"),
    ok(.nationality, "Estados Unidos"), ok(.addressCountry, "Brasil"), ok(.addressCountry, "deu"),
    ok(.addressCountry, "Germany"), ok(.addressCountry, "Alemania"), ok(.documentCountry, "Japón"),
    ok(.documentCountry, "Korea"), ok(.nationality, "Guinea"), ok(.nationality, "Congo"),
    bad(.nationality, "XYZ", "invalid_country"), bad(.nationality, "ZZ", "invalid_country"),
    bad(.nationality, "United", "ambiguous_country"), bad(.addressCountry, "MEXX", "invalid_country"),
    bad(.addressCountry, "Virgin Islands", "ambiguous_country"),
    bad(.documentCountry, "Atlantis", "invalid_country"),
    bad(.nationality, "RUS", "restricted_country"), bad(.nationality, "Russia", "restricted_country"),
    bad(.addressCountry, "VEN", "restricted_country"), bad(.addressCountry, "Cuba", "restricted_country"),
    bad(.documentCountry, "IRN", "restricted_country"), bad(.nationality, "PRK", "restricted_country"),
    bad(.nationality, "Côte d'Ivoire", "restricted_country"),
    bad(.nationality, "sudan", "restricted_country"),
  ]

  static let emails: [RuleCase] = [
    ok(.email, "maria@example.com"), ok(.email, "maria.test+1782336813@example.com"), ok(.email, "a@b.co"),
    ok(.email, "first.last@sub.example.org"), ok(.email, "user_name@example.io"),
    ok(.email, "josé@ejemplo.mx"),
    ok(.email, "x@xn--80ak6aa92e.com"), ok(.email, "MARIA@EXAMPLE.COM"), ok(.email, "o'brien@example.ie"),
    bad(.email, "", "required"), bad(.email, "maria", "invalid_email"),
    bad(.email, "maria@", "invalid_email"),
    bad(.email, "@example.com", "invalid_email"), bad(.email, "maria@example", "invalid_email"),
    bad(.email, "maria@@example.com", "invalid_email"), bad(.email, "maria @example.com", "invalid_email"),
    bad(.email, ".maria@example.com", "invalid_email"), bad(.email, "maria.@example.com", "invalid_email"),
    bad(.email, "ma..ria@example.com", "invalid_email"), bad(.email, "maria@-example.com", "invalid_email"),
    bad(.email, "maria@example.c", "invalid_email"), bad(.email, "maria@example.123", "invalid_email"),
    bad(.email, "maria@example..com", "invalid_email"), bad(.email, "ma(ria)@example.com", "invalid_email"),
    bad(.email, String(repeating: "a", count: 65) + "@example.com", "invalid_email"),
    bad(.email, "a\u{0}b@example.com", "control_characters"),
  ]

  static let phones: [RuleCase] = [
    ok(.phone, "+525512345678"), ok(.phone, "+52 55 1234 5678"), ok(.phone, "+1 (415) 555-0100"),
    ok(.phone, "+44.20.7946.0958"), ok(.phone, "0052 55 1234 5678"), ok(.phone, "+54 11 15 1234 5678"),
    ok(.phone, "5512345678", mex), ok(.phone, "(55) 1234-5678", [.nationality: "MEX"]),
    ok(.phone, "(415) 555-0100", usa),
    ok(.phone, "(212) 555-1234", [.addressCountry: "USA", .nationality: "MEX"]),
    ok(.phone, "011 52 55 1234 5678", usa), ok(.phone, "＋５２ ５５ １２３４ ５６７８"), ok(.phone, ""),
    bad(.phone, "5512345678", "phone_needs_country_code"), bad(.phone, "+1234567", "phone_too_short"),
    bad(.phone, "+12345678", "phone_local_only"), bad(.phone, "+52551234567", "phone_too_short"),
    bad(.phone, "+1234567890123456", "phone_too_long"), bad(.phone, "+0525512345678", "phone_calling_code"),
    bad(.phone, "+52 1 55 1234 5678", "phone_too_long"),
    bad(.phone, "044 55 1234 5678", "phone_too_long", mex),
    bad(.phone, "+52-55-abc", "phone_characters"), bad(.phone, "phone", "phone_characters"),
    bad(.phone, "+", "phone_not_a_number"), bad(.phone, "+1 555 555 5555", "phone_not_in_use"),
    bad(.phone, "+52 55 1234 5678 ext. 3", "phone_extension"),
    bad(.phone, "+52 800 123 4567", "phone_not_personal"),
  ]

  /// Every value of every enum, plus typed variants the form reads as them.
  static let enumValues: [RuleCase] = {
    let enums: [(FieldID, [ChoiceOption])] = [
      (.verificationMode, KYCOptions.verificationMode), (.language, KYCOptions.language),
      (.gender, KYCOptions.gender),
      (.documentType, KYCOptions.documentType), (.employmentStatus, KYCOptions.employmentStatus),
      (.immigrationStatus, KYCOptions.immigrationStatus), (.sourceOfFunds, KYCOptions.sourceOfFunds),
      (.accountPurpose, KYCOptions.accountPurpose),
      (.expectedMonthlyVolume, KYCOptions.expectedMonthlyVolume),
      (.expectedTransactionCount, KYCOptions.expectedTransactionCount), (.pepStatus, KYCOptions.yesNo),
      (.hasUSBankAccount, KYCOptions.yesNo), (.hasDeniedBankAccount, KYCOptions.yesNo),
    ]
    // The document type needs the rest of the document so the back image is not required.
    let documentContext: [FieldID: String] = [.documentBackImage: "/docs/back.png"]
    return enums.flatMap { field, options in
      options.map { ok(field, $0.value, field == .documentType ? documentContext : [:]) }
    } + [
      ok(.sourceOfFunds, "Salary"), ok(.verificationMode, "verification link"), ok(.pepStatus, "Y"),
      ok(.hasUSBankAccount, "No"), ok(.immigrationStatus, "u.s. citizen"),
      ok(.employmentStatus, "Self-employed"),
    ]
  }()

  static let enumErrors: [RuleCase] = [
    bad(.sourceOfFunds, "lottery", "invalid_enum_value"),
    bad(.documentType, "passport2", "invalid_enum_value"),
    bad(.gender, "business", "invalid_enum_value"), bad(.language, "fr", "invalid_enum_value"),
    bad(.pepStatus, "maybe", "invalid_enum_value"), bad(.accountPurpose, "gambling", "invalid_enum_value"),
    bad(.expectedMonthlyVolume, "10000", "invalid_enum_value"),
    bad(.expectedTransactionCount, "1-10", "invalid_enum_value"),
    bad(.immigrationStatus, "US Citizen", "invalid_enum_value"),
    bad(.verificationMode, "manual", "invalid_enum_value"),
    bad(.employmentStatus, "part_time", "invalid_enum_value"),
    bad(.hasDeniedBankAccount, "perhaps", "invalid_enum_value"),
  ]

  static let conditionals: [RuleCase] = [
    ok(.redirectURI, "https://example.com/done", link), ok(.redirectURI, "http://localhost:3000/cb", link),
    ok(.redirectURI, "http://127.0.0.1/cb", link), ok(.redirectURI, "https://example.com/kyc?x=1", link),
    ok(.redirectURI, "", link),
    bad(.redirectURI, "http://example.com", "insecure_uri", link),
    bad(.redirectURI, "ftp://example.com", "invalid_uri", link),
    bad(.redirectURI, "example.com/done", "invalid_uri", link),
    bad(.redirectURI, "/done", "invalid_uri", link),
    bad(.redirectURI, "https://", "invalid_uri", link),
    bad(.redirectURI, "https://exa mple.com", "invalid_uri", link),
    bad(.redirectURI, "https://example.com/done", "not_applicable", [.verificationMode: "automatic"]),
    bad(.redirectURI, "https://example.com/done", "not_applicable"),
    ok(.currentEmployer, "Acme", [.employmentStatus: "employed"]),
    bad(.currentEmployer, "Acme", "not_applicable", [.employmentStatus: "retired"]),
    bad(.currentEmployer, "Acme", "not_applicable"),
    ok(.sourceOfFunds, "", link), bad(.sourceOfFunds, "", "required"),
    bad(.sourceOfFunds, "", "required", [.verificationMode: "automatic"]),
    bad(.expectedMonthlyPayments, "", "missing_for_kyc", mex), ok(.expectedMonthlyPayments, "", usa),
    bad(.taxIDNumber, "", "missing_for_kyc", mex), bad(.taxIDNumber, "", "missing_for_kyc", usa),
    ok(.taxIDNumber, ""),
    ok(.expectedMonthlyPayments, "", [.addressCountry: "MEX", .verificationMode: "verification_link"]),
    ok(.expectedMonthlyPayments, "5", mex),
    bad(.documentType, "", "required", [.documentNumber: "G12345678"]), ok(.documentType, ""),
    bad(.documentNumber, "", "required", [.documentType: "passport"]),
    bad(.documentCountry, "", "required", [.documentType: "passport"]),
    bad(.documentFrontImage, "", "required", [.documentType: "passport"]),
    bad(.documentBackImage, "", "required", [.documentType: "national_id"]),
    bad(.documentBackImage, "", "required", [.documentType: "drivers_license"]),
    ok(.documentBackImage, "", [.documentType: "passport"]),
    bad(.documentBackImage, "/docs/back.png", "not_applicable", [.documentType: "passport"]),
    ok(.documentBackImage, "/docs/back.png", [.documentType: "national_id"]),
  ]

  // The state and postcode rows are in AddressRuleTests.
  static let usRules: [RuleCase] = [
    ok(.taxIDNumber, "123-45-6789", usa), ok(.taxIDNumber, "123456789", usa),
    bad(.taxIDNumber, "000-12-3456", "invalid_ssn", usa),
    bad(.taxIDNumber, "666-12-3456", "invalid_ssn", usa),
    bad(.taxIDNumber, "900-12-3456", "invalid_itin", usa),
    bad(.taxIDNumber, "123-00-4567", "invalid_ssn", usa),
    bad(.taxIDNumber, "123-45-0000", "invalid_ssn", usa), bad(.taxIDNumber, "12345678", "invalid_ssn", usa),
    ok(.taxIDNumber, "12-345-6789", usa),
    ok(.taxIDNumber, "GODE561231GR8", mex), ok(.taxIDNumber, "123.456.789-09", [.addressCountry: "BRA"]),
    bad(.taxIDNumber, "ABC", "invalid_tax_id", mex), bad(.taxIDNumber, "RFC#1234", "invalid_tax_id", mex),
  ]

  static let documents: [RuleCase] = [
    ok(.documentNumber, "G12345678"), ok(.documentNumber, "AB-123 456"),
    bad(.documentNumber, "12", "invalid_document_number"),
    bad(.documentNumber, "G1234567$", "invalid_document_number"),
    bad(.documentNumber, "Ñ12345", "invalid_document_number"),
    ok(.documentFrontImage, "/docs/front.jpg"), ok(.documentFrontImage, "/docs/back.png"),
    ok(.documentFrontImage, TinyImages.jpegDataURI),
    ok(.documentFrontImage, "data:image/png;base64," + TinyImages.png.base64EncodedString()),
    bad(.documentFrontImage, "/docs/missing.jpg", "file_not_found"),
    bad(.documentFrontImage, "/docs/locked.jpg", "file_unreadable"),
    bad(.documentFrontImage, "/docs/empty.jpg", "file_empty"),
    bad(.documentFrontImage, "/docs/picture.gif", "file_wrong_type"),
    bad(.documentFrontImage, "/docs/notes.txt", "file_wrong_type"),
    bad(.documentFrontImage, "/docs/big.jpg", "file_too_large"),
    bad(.documentFrontImage, "data:image/jpeg;base64,!!!", "invalid_data_uri"),
    bad(.documentFrontImage, "data:image/jpeg,abc", "invalid_data_uri"),
    bad(
      .documentFrontImage, "data:image/jpeg;base64," + Data("plain text".utf8).base64EncodedString(),
      "file_wrong_type"),
  ]

  static let lengthsAndMisc: [RuleCase] = [
    ok(.addressStreet, String(repeating: "x", count: 70)), ok(.addressStreet, "Calle 5 de Mayo #12"),
    ok(.addressStreet2, String(repeating: "🏠", count: 70)),
    bad(.addressStreet, String(repeating: "x", count: 71), "too_long"),
    bad(.addressStreet2, String(repeating: "🏠", count: 71), "too_long"),
    bad(.addressCity, "Ciudad\u{1B}[31m", "control_characters"),
    ok(.metadata, "branch=CDMX-01; operator=7"), ok(.metadata, "k=v\\;w"), ok(.metadata, ""),
    bad(.metadata, "a=1; a=2", "invalid_metadata"), bad(.metadata, "novalue", "invalid_metadata"),
    bad(.metadata, "=x", "invalid_metadata"),
    ok(.externalID, "crm-123"), bad(.externalID, String(repeating: "9", count: 101), "too_long"),
    ok(.occupation, "Ingeniera de software"), ok(.expectedMonthlyPayments, "between 5 and 10", mex),
  ]

  static let allCases: [RuleCase] =
    names + birthDates + expirations + countries + emails + phones + enumValues + enumErrors + conditionals
    + usRules + documents + lengthsAndMisc

  @Test("the tables hold at least 150 cases, valid and invalid")
  func tableSize() {
    #expect(Self.allCases.count >= 150)
    #expect(Self.allCases.filter { $0.expected == nil }.count >= 60)
    #expect(Self.allCases.filter { $0.expected != nil }.count >= 60)
  }

  @Test(arguments: allCases)
  func rule(_ row: RuleCase) {
    let issues = row.issues()
    if let expected = row.expected {
      #expect(issues.first?.code == expected, "issues: \(issues.map(\.code))")
      #expect(issues.first.map { !$0.message.isEmpty } == true)
      #expect(issues.first?.field == row.field)
    } else {
      #expect(issues.isEmpty, "unexpected: \(issues.map { "\($0.code): \($0.message)" })")
    }
  }
}
