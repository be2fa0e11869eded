import Foundation
import KiraModels

/// The validators of the individual form. Each has a stable code; messages
/// name the rule and, where useful, the offending value.
extension FieldRule {
  /// No control characters (tabs, newlines, escapes).
  public static let noControlCharacters = FieldRule(
    code: "control_characters", summary: "no control characters"
  ) { value, context in
    guard let bad = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control })
    else { return nil }
    let hex = String(bad.value, radix: 16, uppercase: true)
    return RuleFailure(
      code: "control_characters",
      message: "\(context.label) must not contain control characters (found U+\(pad4(hex)))")
  }

  /// No control characters, and none of the invisible or formatting
  /// characters of `CleanText.isInvisible` (zero-width spaces and joiners,
  /// bidi overrides and isolates, BOM, tags, private use, fillers...).
  public static let cleanText = FieldRule(
    code: "invisible_characters", summary: "no invisible or control characters"
  ) { value, context in
    guard let bad = CleanText.firstInvisible(in: value) else { return nil }
    let control = bad.properties.generalCategory == .control
    return RuleFailure(
      code: control ? "control_characters" : "invisible_characters",
      message:
        "\(context.label) must not contain \(control ? "control" : "invisible or formatting") characters "
        + "(found \(CleanText.codePoint(bad)), \(CleanText.name(of: bad)))",
      expected: "visible text only")
  }

  /// At most `limit` characters (grapheme clusters) and `4 × limit` bytes of
  /// UTF-8: one letter carrying thousands of combining marks is one character.
  public static func maxLength(_ limit: Int) -> FieldRule {
    FieldRule(code: "too_long", summary: "at most \(limit) characters") { value, context in
      let bytes = value.utf8.count
      if bytes > 4 * limit {
        return RuleFailure(
          code: "too_long",
          message: "\(context.label) must be at most \(4 * limit) bytes of UTF-8 (has \(bytes) in "
            + "\(value.count) characters: too many combining marks?)",
          expected: "at most \(limit) characters and \(4 * limit) bytes")
      }
      guard value.count > limit else { return nil }
      return RuleFailure(
        code: "too_long",
        message: "\(context.label) must be at most \(limit) characters (has \(value.count))")
    }
  }

  /// A person's name: at least one letter, in any script.
  public static let personName = FieldRule(code: "invalid_name", summary: "contains a letter") {
    value, context in
    guard !value.contains(where: \.isLetter) else { return nil }
    return RuleFailure(
      code: "invalid_name", message: "\(context.label) must contain at least one letter, got \"\(value)\"")
  }

  /// `YYYY-MM-DD` and a real calendar day.
  public static let calendarDate = FieldRule(code: "invalid_date", summary: "YYYY-MM-DD, a real date") {
    value, context in
    switch CalendarDate.parse(value) {
    case .success: return nil
    case .failure(.format):
      return RuleFailure(
        code: "invalid_date_format",
        message: "\(context.label) must be YYYY-MM-DD (e.g. 1990-05-15), got \"\(value)\"")
    case .failure(.noSuchDay):
      return RuleFailure(
        code: "invalid_date", message: "\(context.label) \(value) is not a real calendar date")
    }
  }

  /// A birth date: not in the future, not before 1900, at least `policy.minimumAge` years ago.
  public static let birthDate = FieldRule(code: "invalid_birth_date", summary: "not future, age limit") {
    value, context in
    guard case .success(let date) = CalendarDate.parse(value) else { return nil }
    let today = context.policy.todayDate
    if date > today {
      return RuleFailure(code: "date_in_future", message: "\(context.label) \(value) is in the future")
    }
    if date.year < 1900 {
      return RuleFailure(code: "date_too_early", message: "\(context.label) \(value) is before 1900")
    }
    let age = date.wholeYears(until: today)
    let minimum = context.policy.minimumAge
    if age < minimum {
      return RuleFailure(
        code: "too_young",
        message: "the customer must be at least \(minimum) years old (born \(value), age \(age))")
    }
    return nil
  }

  /// Most years ahead a document's expiration may lie (passports and ID
  /// cards run 10 years; 80 leaves room for the far dates test bodies use,
  /// and a 2130 or 3030 is a typo).
  public static let maximumYearsAhead = 80

  /// A date after today and at most `maximumYearsAhead` years ahead (document expiration).
  public static let futureDate = FieldRule(code: "document_expired", summary: "after today") {
    value, context in
    guard case .success(let date) = CalendarDate.parse(value) else { return nil }
    let today = context.policy.todayDate
    if date.year > today.year + maximumYearsAhead {
      return RuleFailure(
        code: "date_too_far",
        message:
          "\(context.label) \(value) is more than \(maximumYearsAhead) years ahead: no document is valid that long; check the year"
      )
    }
    guard date <= today else { return nil }
    return RuleFailure(
      code: "document_expired",
      message: "\(context.label) \(value) is not in the future: the document has expired (today is \(today))")
  }

  /// Exactly three letters and a real ISO 3166-1 alpha-3 code.
  public static let countryCode = FieldRule(code: "invalid_country", summary: "ISO alpha-3 code") {
    value, context in
    let isThreeUpper = value.count == 3 && value.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    if isThreeUpper, Countries.byAlpha3(value) != nil { return nil }
    switch Countries.resolve(value) {
    case .exact(let country):
      return RuleFailure(
        code: "country_not_alpha3",
        message: "\(context.label) must be a 3-letter ISO code: use \(country.alpha3) for \"\(value)\"")
    case .ambiguous(let countries):
      let names = countries.prefix(4).map(\.displayName).joined(separator: ", ")
      return RuleFailure(
        code: "ambiguous_country",
        message: "\(context.label) \"\(value)\" matches several countries (\(names)); type the 3-letter code")
    case .notFound:
      let hint = Countries.suggestions(for: value).map(\.displayName).joined(separator: ", ")
      return RuleFailure(
        code: "invalid_country",
        message: "\(context.label) \"\(value)\" is not an ISO 3166-1 alpha-3 country code"
          + (hint.isEmpty ? "" : "; did you mean \(hint)?"))
    }
  }

  /// A warning for the countries Kira restricts for sanctions.
  public static let restrictedCountry = FieldRule(
    code: "restricted_country", summary: "warns for restricted countries"
  ) { value, context in
    guard KiraAPI.restrictedCountries.contains(value) else { return nil }
    let name = Countries.byAlpha3(value)?.displayName ?? value
    return RuleFailure(
      code: "restricted_country",
      message:
        "\(context.label) \(name) is on Kira's restricted-country list; the user will likely be rejected",
      severity: .warning)
  }

  /// A practical email check: one `@`, a sane local part, a dotted domain
  /// with a TLD of two or more letters, no spaces, at most 254 characters.
  public static let email = FieldRule(code: "invalid_email", summary: "name@example.com") {
    value, context in
    guard let problem = EmailAddress.problem(with: value) else { return nil }
    return RuleFailure(
      code: "invalid_email", message: "\(context.label) \"\(value)\" is not a valid email address: \(problem)"
    )
  }

  /// One of a fixed list of values (exact spelling).
  public static func oneOf(_ options: [ChoiceOption]) -> FieldRule {
    // A short list searched in order: a Set would be built at start-up,
    // when the form's rules are made, for lists of a few values.
    let allowed = options.map(\.value)
    let list = allowed.joined(separator: ", ")
    return FieldRule(code: "invalid_enum_value", summary: "one of the listed values") { value, context in
      guard !allowed.contains(value) else { return nil }
      return RuleFailure(
        code: "invalid_enum_value",
        message: "\(context.label) must be one of: \(list); got \"\(value)\"")
    }
  }

  /// An absolute `https` URL (`http` only for localhost).
  public static let redirectURI = FieldRule(code: "invalid_uri", summary: "absolute https URL") {
    value, context in
    guard let components = URLComponents(string: value), let scheme = components.scheme?.lowercased(),
      let host = components.host, !host.isEmpty, !value.contains(" ")
    else {
      return RuleFailure(
        code: "invalid_uri",
        message: "\(context.label) must be an absolute URL such as https://example.com/done, got \"\(value)\""
      )
    }
    let local = ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host.lowercased())
    if scheme == "https" || (scheme == "http" && local) { return nil }
    if scheme == "http" {
      return RuleFailure(
        code: "insecure_uri", message: "\(context.label) must use https (http only for localhost): \(value)")
    }
    return RuleFailure(
      code: "invalid_uri", message: "\(context.label) must be an https URL, got scheme \(scheme)")
  }

  /// A document number: 3 to 30 letters or digits, `-` and spaces allowed.
  public static let documentNumber = FieldRule(code: "invalid_document_number", summary: "letters and digits")
  {
    value, context in
    let core = value.filter { $0 != "-" && $0 != " " }
    let ok = (3...30).contains(core.count) && core.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    guard !ok else { return nil }
    return RuleFailure(
      code: "invalid_document_number",
      message: "\(context.label) must be 3 to 30 letters or digits (- and spaces allowed)")
  }

  /// A document image: readable, non-empty, JPEG or PNG by content, within the size limit.
  public static let documentImage = FieldRule(code: "invalid_document_image", summary: "JPEG or PNG") {
    value, context in
    switch DocumentFiles.inspect(value, policy: context.policy) {
    case .success: return nil
    case .failure(let issue):
      return RuleFailure(code: issue.code, message: "\(context.label): \(issue.message)")
    }
  }

  /// `key=value; key2=value2` with non-empty, unique keys.
  public static let metadataEntries = FieldRule(code: "invalid_metadata", summary: "key=value; key2=value2") {
    value, context in
    switch MetadataText.parse(value) {
    case .success: return nil
    case .failure(let problem):
      return RuleFailure(code: "invalid_metadata", message: "\(context.label): \(problem.message)")
    }
  }

  private static func pad4(_ hex: String) -> String {
    String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
