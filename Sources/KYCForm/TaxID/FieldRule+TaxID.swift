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
  public static let taxNumber = FieldRule(
    code: "invalid_tax_id", summary: "the tax number of the country",
    spanishSummary: "el número fiscal del país"
  ) { value, context in
    let country = context.values.taxCountry
    // An `ssn` item outside the USA is `ssn_outside_usa`'s to explain.
    if country != "USA", context.values.extras[PayloadKeys.taxItemDeclaredType]?.stringValue == "ssn" {
      return nil
    }
    let label = context.bilingualLabel
    switch TaxNumber.check(value, country: country) {
    case .valid: return nil
    case .unchecked:
      if let other = TaxNumber.otherCountry(value, besides: country) {
        return RuleFailure(
          code: "tax_id_other_country",
          .taxIDOtherCountry(label: label, looksLike: other, taxCountry: country, listsExpected: false))
      }
      let core = value.filter { !"-. /".contains($0) }
      let ok = (4...30).contains(core.count) && core.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
      guard !ok else { return nil }
      return RuleFailure(
        code: "invalid_tax_id", .taxIDShape(label: label),
        expected: BilingualText(english: "4 to 30 letters or digits", spanish: "de 4 a 30 letras o dígitos"))
    case .invalid(let scheme, let problem, let looksLike):
      let expected = expectedFormats(of: country)
      if let looksLike {
        return RuleFailure(
          code: "tax_id_other_country",
          .taxIDOtherCountry(label: label, looksLike: looksLike, taxCountry: country, listsExpected: true),
          expected: expected)
      }
      guard let scheme else {
        return RuleFailure(
          code: "invalid_tax_id", .taxIDProblem(label: label, problem: problem), expected: expected)
      }
      return RuleFailure(
        code: scheme.failureCode,
        .taxIDInvalid(label: label, scheme: scheme, taxCountry: country, problem: problem),
        expected: BilingualText(
          english: scheme.expectedFormat(in: .english), spanish: scheme.expectedFormat(in: .spanish)))
    }
  }

  /// A warning when a CURP's birth date or sex disagrees with the form's.
  public static let curpMatchesIdentity = FieldRule(
    code: "curp_mismatch", summary: "CURP agrees with birth date and gender",
    spanishSummary: "la CURP coincide con la fecha de nacimiento y el género"
  ) { value, context in
    guard context.values.taxCountry == "MEX", let compact = TaxNumber.compact(value),
      TaxIDCheck.curp(compact) == nil, let curp = TaxIDCheck.curpBirth(compact)
    else { return nil }
    let birthField = OnboardingForm.individual.field(.birthDate)
    let birthLabel = BilingualText(
      english: birthField?.label ?? "Date of birth",
      spanish: birthField?.spanishLabel ?? "Fecha de nacimiento")
    if case .success(let birth) = CalendarDate.parse(context.values[.birthDate]), birth != curp.date {
      return RuleFailure(
        code: "curp_birth_date_mismatch",
        .curpBirthDateMismatch(
          label: context.bilingualLabel, curpDate: curp.date, birthLabel: birthLabel, birthDate: birth),
        severity: .warning)
    }
    let gender = context.values[.gender]
    let curpGender = curp.sex == "H" ? "male" : "female"
    if gender == "male" || gender == "female", gender != curpGender {
      return RuleFailure(
        code: "curp_gender_mismatch",
        .curpGenderMismatch(label: context.bilingualLabel, sex: Character(curp.sex), gender: gender),
        severity: .warning)
    }
    return nil
  }

  /// The formats of a country's schemes, "; or " between them.
  static func expectedFormats(of country: String) -> BilingualText {
    let schemes = TaxNumber.schemes(of: country)
    return BilingualText(
      english: schemes.map { $0.expectedFormat(in: .english) }.joined(separator: "; or "),
      spanish: schemes.map { $0.expectedFormat(in: .spanish) }.joined(separator: "; o "))
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
