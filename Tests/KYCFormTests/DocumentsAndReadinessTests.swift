import Foundation
import KYCForm
import KiraModels
import Testing

/// Issue 12: every ID Kira accepts, the proof of address, the whole-body
/// file budget, expiration bounds, and the readiness table.
@Suite("Documents, budget and readiness")
struct DocumentsAndReadinessTests {
  let form = OnboardingForm.individual
  let policy = Fixtures.policy()

  static let allTypes = KYCOptions.documentType.map(\.value)

  @Test("Kira's eight government photo ID types, each with a label")
  func eightTypes() {
    #expect(
      Self.allTypes == [
        "passport", "national_id", "drivers_license", "permanent_residency_id", "state_or_provincial_id",
        "military_id", "matriculate_id", "visa",
      ])
    #expect(KYCOptions.documentType.first { $0.value == "matriculate_id" }?.label == "Matrícula consular")
    #expect(KYCOptions.twoSidedDocumentTypes == Set(Self.allTypes).subtracting(["passport", "visa"]))
  }

  /// Answers with an ID of `type` and only its front image.
  func frontOnly(_ type: String) -> FormValues {
    var values = Fixtures.validUSA
    values[.documentType] = type
    values[.documentNumber] = "A12345678"
    values[.documentBackImage] = ""
    return values
  }

  @Test("every ID type without its back image: required for all but passport and visa", arguments: allTypes)
  func withoutBack(type: String) {
    let issues = form.validateAll(frontOnly(type), policy: policy).filter { $0.field == .documentBackImage }
    if type == "passport" || type == "visa" {
      #expect(issues.isEmpty, "\(issues)")
    } else {
      #expect(issues.map(\.code) == ["required"], "\(issues)")
      #expect(issues.first?.severity == .error)
    }
  }

  @Test(
    "every ID type with its back image: sent for two-sided types, left out (a warning) otherwise",
    arguments: allTypes)
  func withBack(type: String) throws {
    var values = frontOnly(type)
    values[.documentBackImage] = "/docs/back.png"
    let issues = form.validateAll(values, policy: policy)
    #expect(issues.filter { $0.severity == .error }.isEmpty, "\(issues)")
    let body = try form.payload(from: values, policy: policy)
    let documents = body["identifying_information"]?.arrayValue?.first?["documents"]?.arrayValue ?? []
    if type == "passport" || type == "visa" {
      #expect(documents.map { $0["type"] } == ["front"])
      #expect(issues.contains { $0.field == .documentBackImage && $0.code == "not_applicable" })
    } else {
      #expect(documents.map { $0["type"] } == ["front", "back"])
      #expect(body["identifying_information"]?.arrayValue?.first?["type"] == .string(type))
    }
  }

  @Test(
    "document numbers checked where the country's format is known",
    arguments: [
      ("MEX", "passport", "G12345678", nil), ("MEX", "passport", "g1234 5678", nil),
      ("MEX", "passport", "12345678", "invalid_document_number"),
      ("MEX", "passport", "GG1234567", "invalid_document_number"),
      ("MEX", "national_id", "GMVLMR80070501M100", nil), ("MEX", "national_id", "123456789", nil),
      ("MEX", "national_id", "1234567890123", nil),
      ("MEX", "national_id", "GMVLMR80070501Q100", "invalid_document_number"),
      ("MEX", "national_id", "12345", "invalid_document_number"),
      ("USA", "passport", "123456789", nil), ("USA", "passport", "A12345678", nil),
      ("USA", "passport", "AB1234567", "invalid_document_number"),
      ("ARG", "national_id", "12345678", nil), ("ARG", "national_id", "123456", "invalid_document_number"),
      // No known format: the generic rule only.
      ("MEX", "matriculate_id", "MC-1234567", nil), ("GTM", "passport", "ZZ99", nil),
    ] as [(String, String, String, String?)])
  func documentNumbers(country: String, type: String, number: String, expected: String?) {
    let values = FormValues(values: [.documentCountry: country, .documentType: type, .documentNumber: number])
    let codes = form.validate(field: .documentNumber, in: values, policy: policy)
      .filter { $0.severity == .error }.map(\.code)
    #expect(codes == (expected.map { [$0] } ?? []), "\(country) \(type) \(number)")
  }

  @Test(
    "a proof of address is a JPEG, PNG or PDF, checked by content",
    arguments: [
      ("/docs/bill.pdf", nil), ("/docs/front.jpg", nil), ("/docs/back.png", nil),
      ("/docs/renamed.pdf", "file_wrong_type"), ("/docs/picture.gif", "file_wrong_type"),
      ("/docs/empty.jpg", "file_empty"), ("/docs/none.pdf", "file_not_found"),
    ] as [(String, String?)])
  func proofOfAddress(path: String, expected: String?) throws {
    var files = Fixtures.files
    files["/docs/renamed.pdf"] = Data("just text, named .pdf".utf8)
    var policy = Fixtures.policy()
    policy.fileReader = InMemoryFileReader(files: files)
    var values = Fixtures.validUSA
    values[.proofOfAddress] = path
    let codes = form.validate(field: .proofOfAddress, in: values, policy: policy).map(\.code)
    #expect(codes == (expected.map { [$0] } ?? []))
    if expected == nil {
      let item = try #require(
        form.payload(from: values, policy: policy)["identifying_information"]?.arrayValue?.last)
      #expect(item["type"] == "file_proof_of_address")
      let file = try #require(item["documents"]?.arrayValue?.first?["file"]?.stringValue)
      let mime =
        path.hasSuffix(".pdf") ? "application/pdf" : path.hasSuffix(".png") ? "image/png" : "image/jpeg"
      #expect(file.hasPrefix("data:\(mime);base64,"))
    }
  }

  /// A JPEG-looking file of `count` bytes.
  static func jpegFile(_ count: Int) -> Data {
    Data([0xFF, 0xD8, 0xFF]) + Data(count: count - 3)
  }

  /// The USA answers with front and back images of the given sizes.
  func withImages(front: Int, back: Int) -> (FormValues, ValidationPolicy) {
    var files = Fixtures.files
    files["/scans/front.jpg"] = Self.jpegFile(front)
    files["/scans/back.jpg"] = Self.jpegFile(back)
    var policy = Fixtures.policy(maxDocumentBytes: 10_000_000)
    policy.fileReader = InMemoryFileReader(files: files)
    var values = Fixtures.validUSA
    values[.documentFrontImage] = "/scans/front.jpg"
    values[.documentBackImage] = "/scans/back.jpg"
    values[.proofOfAddress] = ""
    return (values, policy)
  }

  @Test("the budget is on the whole request: files just under it pass, just over it name the largest")
  func budget() throws {
    // Encoded as data URIs: 23 + 4 * ceil(n / 3) bytes each.
    let (under, underPolicy) = withImages(front: 3_560_000, back: 3_559_000)
    let underBudget = form.documentBudget(under, policy: underPolicy)
    #expect(underBudget.used == 23 + 4_746_668 + 23 + 4_745_336)
    #expect(!underBudget.isOver && underBudget.left == 9_500_000 - underBudget.used)
    #expect(underBudget.summary == "Files 9.5 of 9.5 MB · 8 KB left")
    #expect(form.validateAll(under, policy: underPolicy).filter { $0.code == "files_over_budget" }.isEmpty)
    let body = try form.payload(from: under, policy: underPolicy)
    #expect(body.encodedString().utf8.count < DocumentBudget.requestLimit)

    let (over, overPolicy) = withImages(front: 3_565_000, back: 3_564_000)
    let overBudget = form.documentBudget(over, policy: overPolicy)
    #expect(overBudget.isOver)
    #expect(overBudget.summary.hasPrefix("Files 9.5 of 9.5 MB · over by "))
    let issues = form.validateAll(over, policy: overPolicy).filter { $0.code == "files_over_budget" }
    #expect(issues.map(\.field) == [.documentFrontImage], "said once, on the largest file")
    let message = try #require(issues.first?.message)
    #expect(message.contains("/scans/front.jpg (3.6 MB)"))
    #expect(message.contains("smaller on disk"))
    // Each image alone is well within the 10 MB per-file limit.
    #expect(!form.validateAll(over, policy: overPolicy).contains { $0.code == "file_too_large" })
  }

  @Test("readiness: a complete USA customer will be verified; each missing item is named, with its field")
  func readinessUSA() {
    let complete = form.readiness(Fixtures.validUSA)
    #expect(complete.category == .usa)
    #expect(complete.willVerify)
    #expect(complete.products.first?.isComplete == true)
    var values = Fixtures.validUSA
    values[.proofOfAddress] = ""
    values[.taxIDNumber] = ""
    let report = form.readiness(values)
    #expect(!report.willVerify)
    #expect(
      report.missing.map(\.token) == [
        "identifying_information:ssn", "identifying_information:file_proof_of_address",
      ])
    let warnings = form.validateAll(values, policy: policy).filter { $0.code == "missing_for_kyc" }
    #expect(warnings.map(\.field) == [.proofOfAddress, .taxIDNumber], "in form order")
    #expect(warnings.allSatisfy { $0.severity == .warning && $0.message.contains("a USA customer") })
    #expect(warnings.first?.expected == "needed by usa-virtual-accounts for a USA customer")
  }

  @Test("readiness: an international customer needs a tax ID and monthly payments, not an SSN or proof")
  func readinessInternational() {
    var values = Fixtures.validUSA
    for (id, value) in [
      (FieldID.addressCountry, "MEX"), (.addressState, "JAL"), (.addressZipCode, "44100"),
      (.addressCity, "Guadalajara"), (.taxIDNumber, ""), (.proofOfAddress, ""), (.phone, "+523312345678"),
    ] {
      values[id] = value
    }
    let report = form.readiness(values)
    #expect(report.category == .international)
    #expect(report.missing.map(\.token) == ["identifying_information:tax_id", "expected_monthly_payments"])
    values[.taxIDNumber] = "GODE561231GR8"
    values[.expectedMonthlyPayments] = "3"
    #expect(form.readiness(values).willVerify)
  }

  @Test(
    "readiness in automatic mode: no birth date, no address, no ID document are items; link mode has none")
  func readinessAutomaticAndLink() {
    var values = Fixtures.validUSA
    for id in [FieldID.birthDate, .addressStreet, .addressCity, .addressZipCode] { values[id] = "" }
    for id in [FieldID.documentType, .documentNumber, .documentCountry, .documentExpiration] {
      values[id] = ""
    }
    values[.documentFrontImage] = ""
    values[.documentBackImage] = ""
    let missing = form.readiness(values).missing.map(\.token)
    #expect(
      missing == [
        "birth_date", "address_street", "address_city", "address_zip_code",
        "identifying_information:government_id",
      ])
    let idItem = form.readiness(values).missing.first { $0.token == "identifying_information:government_id" }
    #expect(idItem.map { form.jumpField(for: $0, in: values) } == .documentType)
    values[.verificationMode] = "verification_link"
    let link = form.readiness(values)
    #expect(link.category == nil && link.willVerify && link.products.isEmpty)
    #expect(!form.validateAll(values, policy: policy).contains { $0.code == "missing_for_kyc" })
  }

  @Test("readiness per product: the ACT product also wants the immigration status and the employer")
  func readinessProducts() {
    var values = Fixtures.validUSA
    values[.immigrationStatus] = ""
    let report = form.readiness(values)
    #expect(report.willVerify, "the base product is complete")
    let act = report.products.first { $0.product == KYCReadiness.virtualAccountsACT }
    #expect(act?.missing.map(\.token) == ["immigration_status"])
    #expect(
      report.missingFields == [
        "general": [], "usa-virtual-accounts": [], "usa-virtual-accounts-act": ["immigration_status"],
      ])
    values[.currentEmployer] = ""
    #expect(
      form.readiness(values).products.last?.missing.map(\.token) == [
        "immigration_status", "current_employer",
      ])
  }

  @Test("readiness reads Kira bodies too: the nested address of a user, the proof-of-address item")
  func readinessOfBodies() {
    let body: [String: JSONValue] = [
      "address_country": "USA", "residential_address": ["street_line_1": "1 Main St", "country": "USA"],
      "identifying_information": [
        [
          "type": "file_proof_of_address",
          "documents": [["type": "front", "file": "data:application/pdf;base64,JVBERi0="]],
        ],
        ["type": "matriculate_id", "number": "MC1", "issuing_country": "MEX"],
      ],
    ]
    let missing = KYCReadiness.evaluate(body).missing.map(\.token)
    #expect(!missing.contains("address_street"))
    #expect(!missing.contains("identifying_information:file_proof_of_address"))
    #expect(missing.contains("identifying_information:government_id"), "an ID without its front image")
  }
}
