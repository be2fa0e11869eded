extension FormValues {
  /// The country of the tax number: the USA for a USA address (the number is
  /// sent as the `ssn` item), else the tax item's `issuing_country` when a
  /// loaded body gave one, else the address country.
  public var taxCountry: String {
    let address = Normalizers.country(self[.addressCountry].trimmedWhitespace).uppercased()
    if address == "USA" { return address }
    if let issuing = extras[PayloadKeys.taxItemIssuingCountry]?.stringValue {
      return Normalizers.country(issuing.trimmedWhitespace).uppercased()
    }
    return address
  }
}

extension FieldRule {
  /// The tax number, checked for its country: SSN or ITIN in the USA, RFC or
  /// CURP in Mexico, CPF in Brazil, CUIT/CUIL in Argentina, NIT or cédula in
  /// Colombia, NIT in Guatemala (structure and check digits); elsewhere 4 to
  /// 30 letters or digits. A number valid for another country says so.
  /// Messages never repeat the number (it is shown masked).
  public static let taxNumber = FieldRule(code: "invalid_tax_id", summary: "the tax number of the country") {
    value, context in
    let country = context.values.taxCountry
    // An `ssn` item outside the USA is `ssn_outside_usa`'s to explain.
    if country != "USA", context.values.extras[PayloadKeys.taxItemDeclaredType]?.stringValue == "ssn" {
      return nil
    }
    let countryName = Countries.byAlpha3(country)?.englishName ?? (country.isEmpty ? "not given" : country)
    switch TaxNumber.read(value, country: country) {
    case .valid: return nil
    case .unchecked:
      if let other = TaxNumber.otherCountry(value, besides: country) {
        return otherCountryFailure(other, label: context.label, country: countryName, expected: nil)
      }
      let core = value.filter { !"-. /".contains($0) }
      let ok = (4...30).contains(core.count) && core.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      guard !ok else { return nil }
      return RuleFailure(
        code: "invalid_tax_id",
        message: "\(context.label) must be 4 to 30 letters or digits (- . / allowed)",
        expected: "4 to 30 letters or digits")
    case .invalid(let scheme, let problem, let looksLike):
      let schemes = TaxNumber.schemes(of: country)
      let expected = schemes.map(\.expectedFormat).joined(separator: "; or ")
      if let looksLike {
        return otherCountryFailure(looksLike, label: context.label, country: countryName, expected: expected)
      }
      guard let scheme else {
        return RuleFailure(
          code: "invalid_tax_id", message: "\(context.label): \(problem)", expected: expected)
      }
      let names = schemes.map(\.described).joined(separator: " or ")
      return RuleFailure(
        code: scheme.failureCode,
        message: "\(context.label) is not \(names): \(problem) (expected \(scheme.expectedFormat))",
        expected: scheme.expectedFormat)
    }
  }

  /// A warning when a CURP's birth date or sex disagrees with the form's.
  public static let curpMatchesIdentity = FieldRule(
    code: "curp_mismatch", summary: "CURP agrees with birth date and gender"
  ) { value, context in
    guard context.values.taxCountry == "MEX", let compact = TaxNumber.compact(value),
      TaxIDCheck.curp(compact) == nil, let curp = TaxIDCheck.curpBirth(compact)
    else { return nil }
    let birthLabel = OnboardingForm.individual.field(.birthDate)?.label ?? "Date of birth"
    if case .success(let birth) = CalendarDate.parse(context.values[.birthDate]), birth != curp.date {
      return RuleFailure(
        code: "curp_birth_date_mismatch",
        message:
          "\(context.label): the CURP gives the birth date \(curp.date), but \(birthLabel) is \(birth)",
        severity: .warning)
    }
    let gender = context.values[.gender]
    let curpGender = curp.sex == "H" ? "male" : "female"
    if gender == "male" || gender == "female", gender != curpGender {
      return RuleFailure(
        code: "curp_gender_mismatch",
        message:
          "\(context.label): the CURP gives the sex \(Character(curp.sex)) (\(curpGender)), but Gender is \(gender)",
        severity: .warning)
    }
    return nil
  }

  private static func otherCountryFailure(
    _ scheme: TaxIDScheme, label: String, country: String, expected: String?
  ) -> RuleFailure {
    RuleFailure(
      code: "tax_id_other_country",
      message: "\(label): this looks like \(scheme.described); the tax country is \(country)"
        + (expected.map { " (expected \($0))" } ?? ""),
      expected: expected)
  }
}

extension TaxIDScheme {
  /// The code of a failed check (`invalid_rfc`, `invalid_nit`...).
  var failureCode: String {
    switch self {
    case .colombiaNIT, .guatemalaNIT: "invalid_nit"
    default: "invalid_\(rawValue)"
    }
  }
}
