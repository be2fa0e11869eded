import Foundation
import KiraModels
import Testing

@testable import KYCForm

/// A field commit checks the field left and every field showing a finding
/// in one pass (`validate(fields:)`): the same findings as the whole form's
/// check gives for each of them, for complete, broken and empty answers.
@Suite("Validating several fields at once")
struct FieldBatchValidationTests {
  static func answers(_ name: String) throws -> FormValues {
    let form = OnboardingForm.individual
    var values = form.values(fromPayload: try Fixtures.mariaBody)
    switch name {
    case "complete":
      break
    case "broken":
      values[.phone] = "+52551234567"
      values[.addressState] = "ZZ"
      values[.birthDate] = "2030-01-01"
      values[.firstName] = "Ma\u{200B}ria"
      values[.sourceOfFunds] = ""
    case "us-resident":
      values[.addressCountry] = "USA"
      values[.addressState] = ""
      values[.addressZipCode] = "6600"
    default:
      values = form.initialValues
    }
    return values
  }

  @Test(
    "each field's findings equal the whole form's", arguments: ["complete", "broken", "us-resident", "empty"])
  func sameAsWholeForm(_ name: String) throws {
    let form = OnboardingForm.individual
    let values = try Self.answers(name)
    let policy = Fixtures.policy()
    let all = form.validateAll(values, policy: policy)
    let ids = form.fields.map(\.id)
    let batch = form.validate(fields: ids, in: values, policy: policy)
    #expect(Set(batch.keys) == Set(ids))
    for id in ids {
      #expect(batch[id] == all.filter { $0.field == id }, "\(id.rawValue) with \(name) answers")
      #expect(form.validate(field: id, in: values, policy: policy) == batch[id], "\(id.rawValue)")
    }
    if name != "complete" { #expect(!all.isEmpty) }
  }
}
