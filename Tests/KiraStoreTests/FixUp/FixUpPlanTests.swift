import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraSandbox
import Testing

@testable import KiraStore

@Suite("Fix-up plan")
struct FixUpPlanTests {
  private func user(_ extra: [String: JSONValue]) throws -> KiraUser {
    var raw: [String: JSONValue] = [
      "id": "0b5e6f7a-1111-4c2d-9e3f-000000000001", "status": "REJECTED",
      "verification_status": "unverified", "first_name": "Maria", "last_name": "Gonzalez",
      "email": "maria.gonzalez@example.test",
      "residential_address": [
        "street_line_1": "Av. Reforma 123", "city": "Ciudad de Mexico", "subdivision": "CDMX",
        "postal_code": "06600", "country": "MEX",
      ],
    ]
    for (key, value) in extra { raw[key] = value }
    return try KiraUser(raw: .object(raw))
  }

  @Test("missing_fields of every product and rejected paths become form fields, in form order")
  func fieldsToAsk() throws {
    let plan = FixUpPlan(
      user: try user([
        "document_type": "passport", "document_number": "G1", "document_country": "MEX",
        "missing_fields": [
          "usa-virtual-accounts-act": ["additional_info:has_us_bank_account", "immigration_status"],
          "general": ["source_of_funds", "account_purpose", "selfie_video"],
        ],
      ]),
      rejectedPaths: ["identifying_information.0.number", "source_of_funds"])
    #expect(
      plan.fieldsToAsk
        == [
          "document.number", "immigration_status", "source_of_funds", "account_purpose",
          "additional_info.has_us_bank_account",
        ].map(FieldID.init(rawValue:)).sorted { lhs, rhs in
          let order = OnboardingForm.individual.fields.map(\.id)
          return order.firstIndex(of: lhs)! < order.firstIndex(of: rhs)!
        })
    #expect(plan.unmappedTokens == ["selfie_video"])
    // Without an ID document, item 0 of identifying_information is the tax id.
    let noDocument = FixUpPlan(user: try user([:]), rejectedPaths: ["identifying_information.0.number"])
    #expect(noDocument.fieldsToAsk == ["tax_id.number"])
    #expect(plan.missingFieldsByProduct.map(\.product) == ["general", "usa-virtual-accounts-act"])
  }

  @Test("the starting answers come from the remote user, nested address included")
  func startingValues() throws {
    let plan = FixUpPlan(user: try user([:]))
    #expect(plan.startingValues["first_name"] == "Maria")
    #expect(plan.startingValues["address_street"] == "Av. Reforma 123")
    #expect(plan.startingValues["address_country"] == "MEX")
    #expect(plan.startingValues.values[FieldID("id")] == nil)
  }

  @Test("the PUT body holds only what changed")
  func updateBodyOnlyChanges() throws {
    let plan = FixUpPlan(user: try user(["missing_fields": ["general": ["source_of_funds"]]]))
    var edited = plan.startingValues
    #expect(try plan.updateBody(original: plan.startingValues, edited: edited) == [:])
    edited["source_of_funds"] = "salary"
    #expect(
      try plan.updateBody(original: plan.startingValues, edited: edited) == ["source_of_funds": "salary"])
    edited["address_city"] = "Guadalajara"
    edited["pep_status"] = "no"
    #expect(
      try plan.updateBody(original: plan.startingValues, edited: edited)
        == ["source_of_funds": "salary", "address_city": "Guadalajara", "pep_status": false])
  }

  @Test("an unchanged document image (a download URL) is not re-sent; a changed number sends its item")
  func documents() throws {
    let plan = FixUpPlan(
      user: try user([
        "document_type": "passport", "document_number": "G1", "document_country": "MEX",
        "identifying_information": [
          [
            "type": "passport", "issuing_country": "MEX", "number": "G1", "expiration": "2031-01-31",
            "documents": [["type": "front", "file": "https://files.example.test/presigned/abc"]],
          ]
        ],
      ]))
    #expect(plan.startingValues["document.front_image"] == "https://files.example.test/presigned/abc")
    var edited = plan.startingValues
    edited["document.number"] = "G2"
    let body = try plan.updateBody(original: plan.startingValues, edited: edited)
    #expect(Set(body.objectValue?.keys ?? [:].keys) == ["document_number", "identifying_information"])
    #expect(body["document_number"] == "G2")
    #expect(body["identifying_information"]?.arrayValue?.first?["number"] == "G2")
    #expect(body.encodedString().contains("presigned") == false)
  }

  @Test("a newly attached image is read and sent as a data URI")
  func newImage() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fixup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("front.jpg")
    try Fixtures.imageBytes.write(to: file)
    let plan = FixUpPlan(
      user: try user(["document_type": "passport", "document_number": "G1", "document_country": "MEX"]))
    var edited = plan.startingValues
    edited["document.front_image"] = file.path
    edited["document.expiration"] = "2031-01-31"
    let body = try plan.updateBody(original: plan.startingValues, edited: edited)
    let documents = body["identifying_information"]?.arrayValue?.first?["documents"]?.arrayValue
    #expect(documents?.first?["file"]?.stringValue?.hasPrefix("data:image/jpeg;base64,") == true)
  }

  @Test(
    "fields named by id, API path or missing_fields token",
    arguments: [
      ("source_of_funds", "source_of_funds"), ("document.number", "document.number"),
      ("identifying_information.0.number", "document.number"),
      ("additional_info:has_us_bank_account", "additional_info.has_us_bank_account"),
      ("residential_address.city", "address_city"), (" phone ", "phone"),
    ])
  func namedFields(name: String, expected: String) {
    #expect(FixUpPlan.field(named: name) == FieldID(expected))
  }

  @Test("unknown names are not fields", arguments: ["", "nope", "identifying_information.7.number"])
  func unknownNames(name: String) {
    #expect(FixUpPlan.field(named: name) == nil)
  }
}

@Suite("Fix-up against the sandbox")
struct FixUpSandboxTests {
  @Test("a user without source_of_funds goes REJECTED; the plan asks for it; the PUT sends only it")
  func rejectedUserFixed() async throws {
    let harness = try await SandboxHarness.start { $0.autoRejectAfter = 0 }
    let created = try await harness.client.createUser(
      body: Applicant.complete(sourceOfFunds: nil), idempotencyKey: UUID().uuidString.lowercased())
    let loaded = try await harness.client.getUser(id: created.id)
    #expect(loaded.status == "REJECTED")

    let plan = FixUpPlan(user: loaded)
    #expect(plan.fieldsToAsk == ["source_of_funds"])
    var edited = plan.startingValues
    edited["source_of_funds"] = "savings"
    let body = try plan.updateBody(original: plan.startingValues, edited: edited)
    #expect(body == ["source_of_funds": "savings"])

    let update = try await harness.client.updateUser(id: loaded.id, body: body)
    #expect(update.updatedFields == ["source_of_funds"])
    let put = try #require(harness.server.requestLog.last { $0.method == "PUT" })
    #expect(put.body == ["source_of_funds": "savings"], "only the fixed field went over the wire")

    let after = try await harness.client.getUser(id: loaded.id)
    #expect(after.status != "REJECTED")
    #expect(FixUpPlan(user: after).fieldsToAsk.isEmpty)
    #expect(harness.users(withEmail: Fixtures.email).count == 1)
    await harness.stop()
  }
}
