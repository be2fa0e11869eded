extension FieldRule {
  /// A phone number that is valid for its country by libphonenumber's
  /// metadata: written with `+` (or an international prefix) and its calling
  /// code, or national and read in the address country, else the nationality.
  /// A number of a kind that is not a person's own line (toll free, premium
  /// rate, shared cost, UAN, voicemail, pager) is accepted with a warning.
  public static let phoneNumber = FieldRule(
    code: "invalid_phone", summary: "valid for its country: +code, or national",
    spanishSummary: "válido para su país: +código, o nacional"
  ) { value, context in
    switch PhoneNumberParser.parse(value, defaultRegion: context.values.phoneHomeCountry) {
    case .failure(let problem):
      return RuleFailure(code: problem.code, .phone(label: context.bilingualLabel, problem: problem))
    case .success(let number):
      switch number.type {
      case .tollFree, .premiumRate, .sharedCost, .uan, .voicemail, .pager:
        return RuleFailure(
          code: "phone_not_personal", .phoneNotPersonal(label: context.bilingualLabel, number: number),
          severity: .warning)
      case .fixedLine, .mobile, .fixedLineOrMobile, .voip, .personalNumber:
        return nil
      }
    }
  }
}
