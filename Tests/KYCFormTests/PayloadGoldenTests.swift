import Foundation
import KYCForm
import KiraModels
import Testing

/// The reference example (Maria Gonzalez) through the form and back.
@Suite("Payload golden")
struct PayloadGoldenTests {
  let form = OnboardingForm.individual
  let policy = Fixtures.policy()

  @Test("reference body -> form -> payload -> form -> payload is unchanged, key by key")
  func referenceRoundTrip() throws {
    let body = try Fixtures.mariaBody
    let values = form.values(fromPayload: body)
    let first = try form.payload(from: values, policy: policy)
    let again = form.values(fromPayload: first)
    let second = try form.payload(from: again, policy: policy)
    let original = try #require(body.objectValue)
    let firstObject = try #require(first.objectValue)
    let secondObject = try #require(second.objectValue)
    #expect(Set(firstObject.keys) == Set(original.keys))
    #expect(Set(secondObject.keys) == Set(original.keys))
    for key in original.keys.sorted() {
      #expect(firstObject[key] == original[key], "first payload differs at \(key)")
      #expect(secondObject[key] == original[key], "second payload differs at \(key)")
    }
    #expect(first == body)
    #expect(again == values)
  }

  @Test("the reference body is valid; only KYC reminders remain as warnings")
  func referenceIsValid() throws {
    let issues = form.validateAll(form.values(fromPayload: try Fixtures.mariaBody), policy: policy)
    #expect(issues.filter { $0.severity == .error }.isEmpty, "\(issues)")
    #expect(Set(issues.map(\.code)) == ["missing_for_kyc"])
    // The reference example leaves out what an international customer needs
    // to be verified: each is a readiness reminder on its field.
    #expect(Set(issues.map(\.field)) == [.expectedMonthlyPayments, .taxIDNumber, .gender, .pepStatus])
  }

  @Test("reference body maps onto the expected form fields")
  func referenceFields() throws {
    let values = form.values(fromPayload: try Fixtures.mariaBody)
    #expect(values[.firstName] == "Maria")
    #expect(values[.documentType] == "passport")
    #expect(values[.documentNumber] == "G12345678")
    #expect(values[.documentCountry] == "MEX")
    #expect(values[.documentExpiration] == "2030-05-15")
    #expect(values[.documentFrontImage] == TinyImages.jpegDataURI)
    #expect(values[.hasUSBankAccount] == "no")
    #expect(values[.currentEmployer] == "Self")
    #expect(values.extras.isEmpty)
  }

  @Test("a file path becomes a data URI with the MIME type of its content")
  func filePathsAreEncoded() throws {
    var values = Fixtures.validUSA
    values[.documentFrontImage] = "/docs/front.jpg"
    values[.documentBackImage] = "/docs/back.png"
    let body = try form.payload(from: values, policy: policy)
    let item = try #require(body["identifying_information"]?.arrayValue?.first)
    let documents = try #require(item["documents"]?.arrayValue)
    #expect(documents.count == 2)
    #expect(documents[0]["type"] == "front")
    #expect(
      documents[0]["file"]?.stringValue == "data:image/jpeg;base64," + TinyImages.jpeg().base64EncodedString()
    )
    #expect(documents[1]["type"] == "back")
    #expect(documents[1]["file"]?.stringValue?.hasPrefix("data:image/png;base64,iVBORw0KGgo") == true)
  }

  @Test("USA answers: ssn item, pep_status boolean, metadata strings, no empty strings")
  func usaShape() throws {
    var values = Fixtures.validUSA
    values[.metadata] = "branch=SF-01; operator=7"
    values[.middleName] = "   "
    let body = try form.payload(from: values, policy: policy)
    let object = try #require(body.objectValue)
    #expect(object["type"] == "individual")
    #expect(object["pep_status"] == .bool(false))
    #expect(object["metadata"] == ["branch": "SF-01", "operator": "7"])
    #expect(object["middle_name"] == nil)
    #expect(object["document_type"] == "drivers_license")
    #expect(!object.values.contains(.string("")))
    let items = try #require(object["identifying_information"]?.arrayValue)
    #expect(items.count == 3)
    #expect(items[1] == ["type": "ssn", "issuing_country": "USA", "number": "123-45-6789"])
    #expect(
      items[2] == [
        "type": "file_proof_of_address",
        "documents": [
          [
            "type": "front",
            "file": .string("data:application/pdf;base64," + TinyImages.pdf.base64EncodedString()),
          ]
        ],
      ])
    #expect(object["current_employer"] == "Acme")
  }

  @Test("outside the USA the tax item is tax_id; hidden fields are left out")
  func mexicoShape() throws {
    var values = Fixtures.validMexico
    values[.currentEmployer] = "Acme"
    values[.redirectURI] = "https://example.com/done"
    values[.employmentStatus] = "retired"
    let body = try form.payload(from: values, policy: policy)
    #expect(body["current_employer"] == nil)
    #expect(body["redirect_uri"] == nil)
    let items = try #require(body["identifying_information"]?.arrayValue)
    #expect(items == [["type": "tax_id", "issuing_country": "MEX", "number": "GODE561231GR8"]])
    #expect(body["document_type"] == nil)
    #expect(body["additional_info"] == nil)
  }

  @Test("payload normalises typed values: country names, phone punctuation, dates")
  func normalisesValues() throws {
    var values = Fixtures.validMexico
    values[.nationality] = "méxico"
    values[.phone] = "+52 (55) 1234-5678"
    values[.birthDate] = "19900515"
    values[.pepStatus] = "Sí"
    let body = try form.payload(from: values, policy: policy)
    #expect(body["nationality"] == "MEX")
    #expect(body["phone"] == "+525512345678")
    #expect(body["birth_date"] == "1990-05-15")
    #expect(body["pep_status"] == .bool(true))
  }

  @Test(
    "unreadable files throw a PayloadError naming the field",
    arguments: [
      ("/docs/missing.jpg", "file_not_found"), ("/docs/locked.jpg", "file_unreadable"),
      ("/docs/empty.jpg", "file_empty"), ("/docs/notes.txt", "file_wrong_type"),
    ])
  func unreadableFile(path: String, code: String) {
    var values = Fixtures.validUSA
    values[.documentBackImage] = path
    #expect {
      try form.payload(from: values, policy: policy)
    } throws: { error in
      guard let error = error as? PayloadError else { return false }
      return error.field == .documentBackImage && error.code == code
        && error.apiPath == "identifying_information.0.documents.1.file"
        && error.message.contains("Back image")
    }
  }

  @Test("a Kira user response loads through residential_address; response-only keys are dropped")
  func userResponse() throws {
    let response: JSONValue = [
      "id": "0b5e6f7a-1111-4c2d-9e3f-000000000001", "type": "individual", "email": "ana.ruiz@example.test",
      "status": "CREATED", "verification_status": "unverified", "first_name": "Ana", "last_name": "Ruiz",
      "middle_name": nil, "eligible_products": [], "metadata": [:], "created_at": "2026-04-20T10:00:00Z",
      "residential_address": [
        "street_line_1": "Av. Reforma 123", "street_line_2": nil, "city": "Ciudad de Mexico",
        "subdivision": "CDMX", "postal_code": "06600", "country": "MEX",
      ],
    ]
    let values = form.values(fromPayload: response)
    #expect(values[.addressStreet] == "Av. Reforma 123")
    #expect(values[.addressState] == "CDMX")
    #expect(values[.addressZipCode] == "06600")
    #expect(values[.addressCountry] == "MEX")
    #expect(values[.middleName] == "")
    #expect(values.extras.isEmpty, "\(values.extras)")
    let body = try form.payload(from: values, policy: policy)
    #expect(body["address_city"] == "Ciudad de Mexico")
    #expect(body["residential_address"] == nil)
    #expect(body["id"] == nil)
    #expect(body["status"] == nil)
  }

  @Test("unknown keys survive: top level, additional_info, items, document entries")
  func extrasSurvive() throws {
    var body = try #require(try Fixtures.mariaBody.objectValue)
    body["kyc_id"] = "kyc-77"
    body["status"] = "active"
    body["income_source"] = "salary"
    body["additional_info"] = ["has_us_bank_account": "yes", "has_denied_bank_account": "no", "other": "x"]
    var items = try #require(body["identifying_information"]?.arrayValue)
    var passport = try #require(items[0].objectValue)
    passport["country_subdivision"] = "CDMX"
    passport["documents"] = [
      ["type": "front", "file": .string(TinyImages.jpegDataURI)],
      ["type": "selfie", "file": .string(TinyImages.jpegDataURI)],
    ]
    items[0] = .object(passport)
    items.append([
      "type": "file_proof_of_address",
      "documents": [["type": "front", "file": .string(TinyImages.pngDataURI)]], "issued": "2026-11",
    ])
    items.append(["type": "tax_id", "issuing_country": "MEX", "number": "GODE561231GR8"])
    body["identifying_information"] = .array(items)
    let original = JSONValue.object(body)
    let values = form.values(fromPayload: original)
    #expect(values[.taxIDNumber] == "GODE561231GR8")
    let payload = try form.payload(from: values, policy: policy)
    #expect(payload["kyc_id"] == "kyc-77")
    #expect(payload["status"] == "active")
    #expect(payload["income_source"] == "salary")
    #expect(
      payload["additional_info"] == [
        "has_us_bank_account": "yes", "has_denied_bank_account": "no", "other": "x",
      ])
    let sent = try #require(payload["identifying_information"]?.arrayValue)
    #expect(sent.count == 3)
    #expect(sent[0] == .object(passport))
    #expect(sent[1] == ["type": "tax_id", "issuing_country": "MEX", "number": "GODE561231GR8"])
    #expect(values[.proofOfAddress] == TinyImages.pngDataURI)
    #expect(
      sent[2] == [
        "type": "file_proof_of_address", "issued": "2026-11",
        "documents": [["type": "front", "file": .string(TinyImages.pngDataURI)]],
      ])
    #expect(try form.payload(from: form.values(fromPayload: payload), policy: policy) == payload)
  }

  @Test("an SSN item for a non-USA address is an error naming the rule")
  func ssnOutsideUSA() {
    let body: JSONValue = [
      "type": "individual", "first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.com",
      "address_country": "MEX", "address_street": "Av. Juárez 10", "address_city": "Guadalajara",
      "address_state": "JAL", "address_zip_code": "44100", "source_of_funds": "salary",
      "expected_monthly_payments": "3",
      "identifying_information": [["type": "ssn", "issuing_country": "MEX", "number": "123-45-6789"]],
    ]
    let issues = form.validateAll(form.values(fromPayload: body), policy: policy)
    let errors = issues.filter { $0.severity == .error }
    #expect(errors.map(\.code) == ["ssn_outside_usa"])
    #expect(errors.first?.path == "identifying_information.0.number")
    #expect(errors.first?.message.contains("123-45-6789") == false)
    #expect(issues.filter { $0.severity == .warning }.allSatisfy { $0.code == "missing_for_kyc" })
  }
}
