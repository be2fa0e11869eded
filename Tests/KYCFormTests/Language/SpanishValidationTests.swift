import Foundation
import KYCForm
import KiraModels
import Testing

/// One real validation with its message in both languages.
struct SpanishCase: Sendable, CustomTestStringConvertible {
  var field: FieldID
  var value: String
  var context: [FieldID: String] = [:]
  var code: String
  var english: String
  var spanish: String

  var testDescription: String { "\(field) = \"\(value.prefix(24))\" -> \(code)" }
}

/// Real validations read in Spanish, and the same findings in English,
/// unchanged: issues carry both languages and the caller picks one.
@Suite("Spanish validation messages")
struct SpanishValidationTests {
  static let mex: [FieldID: String] = [.addressCountry: "MEX"]

  static let cases: [SpanishCase] = [
    SpanishCase(
      field: .addressStreet, value: String(repeating: "x", count: 71), code: "too_long",
      english: "Street must be at most 70 characters (has 71)",
      spanish: "Calle debe tener como máximo 70 caracteres (tiene 71)"),
    SpanishCase(
      field: .birthDate, value: "31/02/1990", code: "invalid_date",
      english: "Date of birth 1990-02-31 is not a real calendar date",
      spanish: "Fecha de nacimiento: la fecha 1990-02-31 no existe en el calendario"),
    SpanishCase(
      field: .taxIDNumber, value: "GODE561231HDFRRN09", context: mex, code: "invalid_curp",
      english:
        "Tax ID is not a Mexican RFC or a Mexican CURP: the check digit (last character) does not match "
        + "(expected 18 characters: 4 letters, birth date YYMMDD, H or M, state, 3 consonants, 2 check characters)",
      spanish:
        "Identificación fiscal no es un RFC mexicano ni una CURP mexicana: el dígito verificador (último "
        + "carácter) no coincide (se espera 18 caracteres: 4 letras, fecha de nacimiento AAMMDD, H o M, estado, "
        + "3 consonantes y 2 caracteres verificadores)"),
    SpanishCase(
      field: .addressZipCode, value: "6600", context: mex, code: "postcode_leading_zero",
      english: "Postal code \"6600\": Mexican postcodes have 5 digits: did a leading zero get lost? (06600?)",
      spanish: "Código postal \"6600\": los códigos postales de México tienen 5 dígitos; ¿se perdió un cero "
        + "inicial? (¿06600?)"),
    SpanishCase(
      field: .addressState, value: "California", context: mex, code: "invalid_state",
      english:
        "State \"California\" is not a state of Mexico in the address data (32 states, a code or a name, "
        + "e.g. AGU (Aguascalientes), BCN (Baja California))",
      spanish:
        "Estado: \"California\" no es un estado de México según los datos de direcciones (32 estados: un "
        + "código o un nombre, p. ej., AGU (Aguascalientes), BCN (Baja California))"),
    SpanishCase(
      field: .phone, value: "+52551234567", code: "phone_too_short",
      english:
        "Phone +52 551234567: numbers after +52 have 10 digits; this has 9 (expected +52 and 10 digits, "
        + "e.g. +52 222 123 4567)",
      spanish:
        "Teléfono +52 551234567: los números con +52 tienen 10 dígitos; este tiene 9 (se espera +52 y 10 "
        + "dígitos, p. ej., +52 222 123 4567)"),
    SpanishCase(
      field: .email, value: "maria@", code: "invalid_email",
      english: "Email \"maria@\" is not a valid email address: nothing after @",
      spanish:
        "Correo electrónico: \"maria@\" no es un correo electrónico válido: no hay nada después de la @"),
    SpanishCase(
      field: .nationality, value: "CUB", code: "restricted_country",
      english:
        "Nationality Cuba (CUB) is on Kira's restricted-country list; the user will likely be rejected",
      spanish: "Nacionalidad: Cuba (CUB) está en la lista de países restringidos de Kira; es probable que el "
        + "usuario sea rechazado"),
    SpanishCase(
      field: .documentExpiration, value: "2020-01-01", code: "document_expired",
      english:
        "Expiration date 2020-01-01 is not in the future: the document has expired (today is 2026-06-15)",
      spanish: "Fecha de vencimiento: 2020-01-01 no es una fecha futura: el documento está vencido (hoy es "
        + "2026-06-15)"),
    SpanishCase(
      field: .addressStreet, value: "", context: mex, code: "required",
      english:
        "Street is required for an address in Mexico (its addresses need street, city, state and postcode)",
      spanish: "Calle es un dato obligatorio para un domicilio en México (sus domicilios requieren calle, "
        + "ciudad, estado y código postal)"),
    SpanishCase(
      field: .birthDate, value: "2010-01-01", code: "too_young",
      english: "the customer must be at least 18 years old (born 2010-01-01, age 16)",
      spanish: "el cliente debe tener al menos 18 años (nació el 2010-01-01; tiene 16)"),
    SpanishCase(
      field: .metadata, value: "a=1; a=2", code: "invalid_metadata",
      english: "Metadata: key \"a\" appears twice",
      spanish: "Metadatos: la clave \"a\" aparece dos veces"),
    SpanishCase(
      field: .documentFrontImage, value: "/docs/missing.jpg", code: "file_not_found",
      english: "Front image: file not found: /docs/missing.jpg",
      spanish: "Imagen del frente: no se encontró el archivo: /docs/missing.jpg"),
    SpanishCase(
      field: .documentNumber, value: "12345", context: [.documentCountry: "MEX", .documentType: "passport"],
      code: "invalid_document_number",
      english: "Document number does not fit Mexico's Passport numbers: expected a letter and 8 digits, "
        + "e.g. G12345678",
      spanish:
        "Número de documento no tiene el formato de Pasaporte de México: se espera una letra y 8 dígitos, "
        + "p. ej., G12345678"),
    SpanishCase(
      field: .addressZipCode, value: "10001", context: [.addressCountry: "USA", .addressState: "CA"],
      code: "postcode_state_mismatch",
      english:
        "Postal code 10001 is not in California (CA): its ZIP codes start with 90, 91, 92, 93, 94, 95, "
        + "960, 961",
      spanish:
        "Código postal: 10001 no corresponde a California (CA): sus códigos ZIP empiezan con 90, 91, 92, "
        + "93, 94, 95, 960, 961"),
    SpanishCase(
      field: .phone, value: "", context: [.addressCountry: "USA"], code: "missing_for_kyc",
      english: "Phone is not given: Kira needs it to verify a USA customer (the user is created but stays "
        + "unverified)",
      spanish:
        "Falta Teléfono: Kira necesita este dato para verificar a un cliente de EE. UU. (el usuario se "
        + "crea, pero queda sin verificar)"),
    SpanishCase(
      field: .documentType, value: "", context: [.addressCountry: "MEX"], code: "missing_for_kyc",
      english:
        "The ID document with its front image is not complete: Kira needs it to verify an international "
        + "customer (the user is created but stays unverified)",
      spanish:
        "Faltan datos de identificación oficial con imagen del frente: Kira los necesita para verificar a "
        + "un cliente internacional (el usuario se crea, pero queda sin verificar)"),
  ]

  @Test("a real finding in Spanish, and the same finding in English unchanged", arguments: cases)
  func message(_ row: SpanishCase) throws {
    var values = FormValues(values: row.context)
    values[row.field] = row.value
    let issues = OnboardingForm.individual.validate(field: row.field, in: values, policy: Fixtures.policy())
    let issue = try #require(issues.first { $0.code == row.code }, "\(issues)")
    #expect(issue.message == row.english)
    #expect(issue.message(in: .english) == row.english)
    #expect(issue.message(in: .spanish) == row.spanish)
    #expect(issue.spanishMessage == row.spanish)
  }

  @Test("the expected format of a finding is in both languages")
  func expected() throws {
    var values = FormValues(values: Self.mex)
    values[.addressZipCode] = "660"
    let issue = try #require(
      OnboardingForm.individual.validate(field: .addressZipCode, in: values, policy: Fixtures.policy()).first)
    #expect(issue.expected == "5 digits, e.g. 02860")
    #expect(issue.expected(in: .spanish) == "5 dígitos, p. ej., 02860")
    values[.addressZipCode] = ""
    values[.addressStreet] = String(repeating: "x", count: 71)
    let street = try #require(
      OnboardingForm.individual.validate(field: .addressStreet, in: values, policy: Fixtures.policy()).first)
    #expect(street.expected == "at most 70 characters")
    #expect(street.expected(in: .spanish) == "como máximo 70 caracteres")
  }

  @Test("an issue made from English alone reads English in Spanish; old JSON without Spanish decodes")
  func englishOnlyIssues() throws {
    let issue = ValidationIssue(field: "email", path: "email", code: "x", message: "from Kira", expected: "y")
    #expect(issue.message(in: .spanish) == "from Kira")
    #expect(issue.expected(in: .spanish) == "y")
    let old = #"{"field":"email","path":"email","code":"x","message":"from Kira","severity":"error"}"#
    let decoded = try JSONDecoder().decode(ValidationIssue.self, from: Data(old.utf8))
    #expect(decoded.spanishMessage == nil)
    #expect(decoded.message(in: .spanish) == "from Kira")
    let escaped = ValidationIssue(
      field: "x", path: "x", code: "x", message: "a\u{202E}b", spanishMessage: "c\u{202E}d")
    #expect(escaped.message(in: .spanish) == "c\\u{202E}d")
    let roundTrip = try JSONDecoder().decode(ValidationIssue.self, from: JSONEncoder().encode(escaped))
    #expect(roundTrip == escaped)
  }

  @Test("a rule made outside the catalogue, from English text, keeps working and reads the same in Spanish")
  func legacyRules() throws {
    let rule = FieldRule(code: "custom", summary: "a custom rule") { value, _ in
      value == "bad" ? RuleFailure(code: "custom_bad", message: "not this one", expected: "another") : nil
    }
    let field = try #require(OnboardingForm.individual.field(.occupation))
    let failure = try #require(
      rule.evaluate("bad", in: RuleContext(field: field, values: FormValues(), policy: Fixtures.policy())))
    #expect(failure.message == "not this one")
    #expect(failure.message(in: .spanish) == "not this one")
    #expect(failure.expected == "another")
    #expect(rule.summary(in: .spanish) == "a custom rule")
  }

  @Test("hints, labels, rule summaries and typing refusals in Spanish")
  func fieldTexts() throws {
    let form = OnboardingForm.individual
    let birth = try #require(form.field(.birthDate))
    #expect(birth.ruleSummary == "YYYY-MM-DD · optional")
    #expect(birth.ruleSummary(in: .spanish) == "AAAA-MM-DD · opcional")
    #expect(birth.hint(in: FormValues(), language: .spanish) == "p. ej., 15/05/1990 o 1990-05-15")
    #expect(birth.refusal(forTyped: "a") == "digits and - only")
    #expect(birth.refusal(forTyped: "a", language: .spanish) == "solo dígitos y -")
    #expect(birth.refusal(forTyped: "\u{7}", language: .spanish) == "sin caracteres de control")
    #expect(birth.refusal(forTyped: "1", language: .spanish) == nil)
    let tax = try #require(form.field(.taxIDNumber))
    let usa = FormValues(values: [.addressCountry: "USA"])
    #expect(tax.label(in: usa, language: .spanish) == "SSN")
    #expect(tax.label(in: FormValues(), language: .spanish) == "Identificación fiscal")
    #expect(tax.label(in: FormValues()) == "Tax ID")
    #expect(tax.hint(in: usa, language: .spanish).hasPrefix("Número de Seguro Social de EE. UU. o ITIN"))
    let state = try #require(form.field(.addressState))
    #expect(state.ruleSummary(in: .spanish) == "un estado del país del domicilio · obligatorio según el país")
    let back = try #require(form.field(.documentBackImage))
    #expect(back.ruleSummary(in: .spanish) == "JPEG/PNG ≤ 10 MB · obligatorio en documentos de dos caras")
  }

  @Test("phone summary, review values, document budget and readiness in Spanish")
  func otherTexts() throws {
    let form = OnboardingForm.individual
    var values = Fixtures.validMexico
    values[.phone] = "+52 55 1234 5678"
    values[.gender] = "female"
    values[.pepStatus] = "yes"
    #expect(form.displayValue(of: .phone, in: values) == "+52 55 1234 5678 · Mexico · fixed or mobile")
    #expect(
      form.displayValue(of: .phone, in: values, language: .spanish)
        == "+52 55 1234 5678 · México · fijo o móvil")
    #expect(form.displayValue(of: .gender, in: values, language: .spanish) == "Femenino")
    #expect(form.displayValue(of: .pepStatus, in: values, language: .spanish) == "Sí")
    #expect(form.displayValue(of: .pepStatus, in: values) == "Yes")
    let embedded = FormValues(values: [.documentFrontImage: TinyImages.jpegDataURI])
    #expect(form.displayValue(of: .documentFrontImage, in: embedded).hasPrefix("embedded JPEG image, "))
    #expect(
      form.displayValue(of: .documentFrontImage, in: embedded, language: .spanish)
        .hasPrefix("imagen JPEG incrustada, "))
    let budget = form.documentBudget(Fixtures.validUSA, policy: Fixtures.policy())
    #expect(budget.summary.hasPrefix("Files "))
    #expect(budget.summary(in: .spanish).hasPrefix("Archivos: "))
    #expect(budget.summary(in: .spanish).hasSuffix(" · quedan 9.5 MB"))
    #expect(DocumentFiles.formatBytes(1_500_000, in: .spanish) == "1.5 MB")
    #expect(KYCReadiness.Category.usa.customerName(in: .spanish) == "un cliente de EE. UU.")
    let report = form.readiness(FormValues(values: [.addressCountry: "USA"]))
    #expect(report.missing.contains { $0.label(in: .spanish) == "comprobante de domicilio" })
  }

  @Test("an unknown key of a loaded body is named in both languages")
  func unknownKey() throws {
    let body = try JSONValue.parse(Data(#"{"frist_name": "Ana"}"#.utf8))
    let issue = try #require(OnboardingForm.individual.unknownKeyIssues(in: body).first)
    #expect(
      issue.message
        == "`frist_name` is not a Kira field; did you mean `first_name`? (it would be sent, and Kira would ignore it)"
    )
    #expect(
      issue.message(in: .spanish)
        == "`frist_name` no es un campo de Kira; ¿quiso decir `first_name`? (se enviaría y Kira lo ignoraría)"
    )
  }
}
