extension FieldRule {
  /// A phone number that is valid for its country by libphonenumber's
  /// metadata: written with `+` (or an international prefix) and its calling
  /// code, or national and read in the address country, else the nationality.
  /// A number of a kind that is not a person's own line (toll free, premium
  /// rate, shared cost, UAN, voicemail, pager) is accepted with a warning.
  public static let phoneNumber = FieldRule(
    code: "invalid_phone", summary: "valid for its country: +code, or national"
  ) { value, context in
    switch PhoneNumberParser.parse(value, defaultRegion: context.values.phoneHomeCountry) {
    case .failure(let problem):
      return RuleFailure(code: problem.code, message: problem.message(label: context.label))
    case .success(let number):
      switch number.type {
      case .tollFree, .premiumRate, .sharedCost, .uan, .voicemail, .pager:
        return RuleFailure(
          code: "phone_not_personal",
          message: "\(context.label) \(number.international) is a \(number.type.displayName) number in "
            + "\(number.regionName), not a customer's own line: Kira's verification messages may not reach it",
          severity: .warning)
      case .fixedLine, .mobile, .fixedLineOrMobile, .voip, .personalNumber:
        return nil
      }
    }
  }
}
