import Testing

@testable import KYCForm

/// Our checks against python-stdnum's answers (plus the brief's additions,
/// see `scripts/gen-taxid-fixtures`) for 2,400 numbers, valid and broken.
@Suite("Tax IDs agree with the reference")
struct TaxIDFixtureTests {
  @Test("the fixture file covers every scheme, valid and broken")
  func coverage() {
    #expect(TaxIDFixtureCase.all.count > 2_000)
    for scheme in ["ssn", "itin", "rfc", "curp", "cpf", "cuit", "nit", "cedula"] {
      #expect(TaxIDFixtureCase.all.contains { $0.scheme == scheme && $0.valid }, "\(scheme) valid")
      #expect(TaxIDFixtureCase.all.contains { $0.scheme == scheme && !$0.valid }, "\(scheme) broken")
    }
  }

  @Test(
    "every case of a scheme gets the reference's answer and canonical form",
    arguments: TaxIDFixtureCase.schemes)
  func scheme(_ scheme: String) {
    for taxCase in TaxIDFixtureCase.all where taxCase.scheme == scheme {
      let canonical = TaxNumber.canonical(taxCase.input, country: taxCase.country)
      let reading = TaxNumber.read(canonical, country: taxCase.country)
      if taxCase.valid {
        #expect(canonical == taxCase.canonical, "\(taxCase.testDescription)")
        guard case .valid(let found) = reading else {
          Issue.record("\(taxCase.testDescription): refused, \(reading)")
          continue
        }
        #expect(found.failureCode.hasSuffix(scheme), "\(taxCase.testDescription): read as \(found)")
      } else if case .valid = reading {
        Issue.record("\(taxCase.testDescription): accepted")
      }
      // Normalising twice changes nothing.
      #expect(
        TaxNumber.canonical(canonical, country: taxCase.country) == canonical, "\(taxCase.testDescription)")
    }
  }
}
