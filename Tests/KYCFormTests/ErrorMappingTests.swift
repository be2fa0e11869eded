import KYCForm
import Testing

@Suite("Error mapping and display")
struct ErrorMappingTests {
  let form = OnboardingForm.individual

  @Test(
    "API error paths and missing_fields tokens -> form fields",
    arguments: [
      ("birth_date", "birth_date"), ("address_country", "address_country"), ("pep_status", "pep_status"),
      ("identifying_information.0.number", "document.number"),
      ("identifying_information.0.type", "document.type"),
      ("identifying_information.0.issuing_country", "document.country"),
      ("identifying_information.0.expiration", "document.expiration"),
      ("identifying_information.0.documents.0.file", "document.front_image"),
      ("identifying_information.0.documents.1.file", "document.back_image"),
      ("identifying_information.0.documents.0.type", "document.front_image"),
      ("identifying_information.1.number", "tax_id.number"),
      ("identifying_information[1].number", "tax_id.number"),
      ("additional_info.has_us_bank_account", "additional_info.has_us_bank_account"),
      ("additional_info:has_us_bank_account", "additional_info.has_us_bank_account"),
      ("additional_info:has_denied_bank_account", "additional_info.has_denied_bank_account"),
      ("residential_address.city", "address_city"), ("residential_address.postal_code", "address_zip_code"),
      ("document_number", "document.number"), ("document_country", "document.country"),
      ("ssn", "tax_id.number"),
      ("metadata.branch", "metadata"), ("body.email", "email"), ("account_purpose", "account_purpose"),
      ("source_of_funds", "source_of_funds"), ("immigration_status", "immigration_status"),
      ("identifying_information:file_proof_of_address", "proof_of_address.file"),
      ("identifying_information:matriculate_id", "document.front_image"),
      ("identifying_information.2.documents.0.file", "proof_of_address.file"),
    ])
  func mapping(path: String, field: String) {
    #expect(form.fieldID(forAPIPath: path) == FieldID(field))
  }

  @Test("unknown paths map to nothing")
  func unknown() {
    #expect(form.fieldID(forAPIPath: "file_business_formation") == nil)
    #expect(form.fieldID(forAPIPath: "identifying_information.4.number") == nil)
    #expect(form.fieldID(forAPIPath: "") == nil)
  }

  @Test("with the answers: the tax item is item 0 when no document is given")
  func indexesFollowAnswers() {
    let noDocument = FormValues(values: [.taxIDNumber: "GODE561231GR8"])
    #expect(form.fieldID(forAPIPath: "identifying_information.0.number", in: noDocument) == .taxIDNumber)
    #expect(
      form.fieldID(forAPIPath: "identifying_information.0.number", in: Fixtures.validUSA) == .documentNumber)
    #expect(form.apiPath(of: .taxIDNumber, in: noDocument) == "identifying_information.0.number")
    #expect(form.apiPath(of: .taxIDNumber, in: Fixtures.validUSA) == "identifying_information.1.number")
  }

  @Test("review display masks secrets and document numbers, names choices and countries")
  func display() {
    let values = Fixtures.validUSA
    #expect(form.displayValue(of: .taxIDNumber, in: values) == "•••••6789")
    #expect(form.displayValue(of: .documentNumber, in: values) == "D1••••67")
    #expect(form.displayValue(of: .sourceOfFunds, in: values) == "Salary")
    #expect(form.displayValue(of: .pepStatus, in: values) == "No")
    #expect(form.displayValue(of: .nationality, in: values) == "United States of America (USA)")
    #expect(form.displayValue(of: .nationality, in: values, language: .spanish) == "Estados Unidos (USA)")
    #expect(form.displayValue(of: .middleName, in: values) == "")
    var embedded = values
    embedded[.documentFrontImage] = TinyImages.jpegDataURI
    #expect(form.displayValue(of: .documentFrontImage, in: embedded).hasPrefix("embedded JPEG image"))
    #expect(!form.displayValue(of: .taxIDNumber, in: values).contains("123"))
  }
}
