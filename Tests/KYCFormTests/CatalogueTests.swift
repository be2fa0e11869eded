import KYCForm
import Testing

@Suite("Field catalogue")
struct CatalogueTests {
  let form = OnboardingForm.individual

  @Test("8 steps with the fields of issue 2, in order")
  func steps() {
    #expect(form.steps.map(\.id) == StepID.allCases)
    let ids = form.steps.map { $0.fields.map(\.id.rawValue) }
    #expect(ids[0] == ["verification_mode", "redirect_uri", "language"])
    #expect(ids[1] == ["first_name", "middle_name", "last_name", "birth_date", "gender", "nationality"])
    #expect(ids[2] == ["email", "phone"])
    #expect(
      ids[3] == [
        "address_country", "address_street", "address_street_2", "address_city", "address_state",
        "address_zip_code",
      ])
    #expect(
      ids[4] == [
        "document.type", "document.number", "document.country", "document.expiration", "document.front_image",
        "document.back_image", "proof_of_address.file",
      ])
    #expect(ids[5] == ["tax_id.number"])
    #expect(
      ids[6] == [
        "employment_status", "occupation", "current_employer", "immigration_status", "source_of_funds",
        "account_purpose", "expected_monthly_volume", "expected_transaction_count",
        "expected_monthly_payments",
        "pep_status",
      ])
    #expect(
      ids[7] == [
        "additional_info.has_us_bank_account", "additional_info.has_denied_bank_account", "external_id",
        "metadata",
      ])
  }

  @Test("every field has a label, hint, rule summary and its step")
  func presentation() {
    for step in form.steps {
      for field in step.fields {
        #expect(field.step == step.id)
        #expect(!field.label.isEmpty && !field.hint.isEmpty && !field.ruleSummary.isEmpty)
        #expect(form.field(field.id)?.apiPath == field.apiPath)
      }
    }
  }

  @Test("required by the API: first_name, last_name, email; defaults")
  func requirements() {
    let required = form.fields.filter { $0.requirement == .required }.map(\.id)
    #expect(required == [.firstName, .lastName, .email])
    #expect(form.initialValues[.verificationMode] == "automatic")
    #expect(form.field(.addressStreet)?.maxLength == 70)
    #expect(form.field(.addressStreet2)?.maxLength == 70)
  }

  @Test("enums carry Kira's exact values and counts")
  func enums() {
    #expect(KYCOptions.sourceOfFunds.count == 11)
    #expect(KYCOptions.accountPurpose.count == 14)
    #expect(KYCOptions.immigrationStatus.count == 5)
    #expect(KYCOptions.expectedMonthlyVolume.map(\.value).first == "less_than_10000")
    #expect(KYCOptions.expectedTransactionCount.map(\.value).last == "more_than_200")
  }

  @Test("visibility: redirect_uri in link mode, employer when employed, back image for two-sided")
  func visibility() {
    var values = form.initialValues
    #expect(!form.visibleFields(in: .verification, values: values).map(\.id).contains(.redirectURI))
    values[.verificationMode] = "verification_link"
    #expect(form.visibleFields(in: .verification, values: values).map(\.id).contains(.redirectURI))
    #expect(!form.visibleFields(in: .profile, values: values).map(\.id).contains(.currentEmployer))
    values[.employmentStatus] = "employed"
    #expect(form.visibleFields(in: .profile, values: values).map(\.id).contains(.currentEmployer))
    values[.documentType] = "passport"
    #expect(!form.visibleFields(in: .document, values: values).map(\.id).contains(.documentBackImage))
    values[.documentType] = "national_id"
    #expect(form.visibleFields(in: .document, values: values).map(\.id).contains(.documentBackImage))
  }

  @Test("tax field says SSN for a USA address, tax ID otherwise")
  func taxLabel() throws {
    let field = try #require(form.field(.taxIDNumber))
    #expect(field.label(in: FormValues(values: [.addressCountry: "USA"])) == "SSN")
    #expect(field.hint(in: FormValues(values: [.addressCountry: "USA"])).contains("Social Security"))
    #expect(field.label(in: FormValues(values: [.addressCountry: "MEX"])) == "Tax ID")
  }

  @Test("step validation covers visible fields only; going on needs the required ones")
  func stepValidation() {
    let policy = Fixtures.policy()
    var values = form.initialValues
    values[.redirectURI] = "not a url"
    #expect(form.validate(step: .verification, in: values, policy: policy).isEmpty)
    #expect(
      form.validate(step: .identity, in: values, policy: policy).filter { $0.severity == .error }.map(\.code)
        == ["required", "required"])
    #expect(form.validateAll(Fixtures.validUSA, policy: policy).isEmpty)
    let mexico = form.validateAll(Fixtures.validMexico, policy: policy)
    #expect(mexico.allSatisfy { $0.severity == .warning && $0.code == "missing_for_kyc" }, "\(mexico)")
  }

  @Test("minimum age is a policy")
  func minimumAge() {
    let values = FormValues(values: [.birthDate: "2006-01-01"])
    #expect(form.validate(field: .birthDate, in: values, policy: Fixtures.policy()).isEmpty)
    let strict = form.validate(field: .birthDate, in: values, policy: Fixtures.policy(minimumAge: 21))
    #expect(strict.map(\.code) == ["too_young"])
    #expect(strict.first?.message.contains("21") == true)
  }
}
