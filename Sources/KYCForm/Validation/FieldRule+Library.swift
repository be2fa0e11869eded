import Foundation
import KiraModels

/// The validators of the individual form. Each has a stable code; messages
/// name the rule and, where useful, the offending value.
extension FieldRule {
  /// No control characters (tabs, newlines, escapes).
  public static let noControlCharacters = FieldRule(
    code: "control_characters", summary: "no control characters", spanishSummary: "sin caracteres de control"
  ) { value, context in
    guard let bad = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control })
    else { return nil }
    return RuleFailure(
      code: "control_characters", .controlCharacter(label: context.bilingualLabel, scalar: bad))
  }

  /// No control characters, and none of the invisible or formatting
  /// characters of `CleanText.isInvisible` (zero-width spaces and joiners,
  /// bidi overrides and isolates, BOM, tags, private use, fillers...).
  public static let cleanText = FieldRule(
    code: "invisible_characters", summary: "no invisible or control characters",
    spanishSummary: "sin caracteres invisibles ni de control"
  ) { value, context in
    guard let bad = CleanText.firstInvisible(in: value) else { return nil }
    let control = bad.properties.generalCategory == .control
    return RuleFailure(
      code: control ? "control_characters" : "invisible_characters",
      .hiddenCharacter(label: context.bilingualLabel, scalar: bad),
      expected: BilingualText(english: "visible text only", spanish: "solo texto visible"))
  }

  /// At most `limit` characters (grapheme clusters) and `4 × limit` bytes of
  /// UTF-8: one letter carrying thousands of combining marks is one character.
  public static func maxLength(_ limit: Int) -> FieldRule {
    FieldRule(
      code: "too_long", summary: "at most \(limit) characters",
      spanishSummary: "como máximo \(limit) caracteres"
    ) { value, context in
      let bytes = value.utf8.count
      if bytes > 4 * limit {
        return RuleFailure(
          code: "too_long",
          .tooManyBytes(label: context.bilingualLabel, limit: limit, bytes: bytes, characters: value.count),
          expected: BilingualText(
            english: "at most \(limit) characters and \(4 * limit) bytes",
            spanish: "como máximo \(limit) caracteres y \(4 * limit) bytes"))
      }
      guard value.count > limit else { return nil }
      return RuleFailure(
        code: "too_long", .tooLong(label: context.bilingualLabel, limit: limit, actual: value.count))
    }
  }

  /// A person's name: at least one letter, in any script.
  public static let personName = FieldRule(
    code: "invalid_name", summary: "contains a letter", spanishSummary: "contiene una letra"
  ) { value, context in
    guard !value.contains(where: \.isLetter) else { return nil }
    return RuleFailure(code: "invalid_name", .noLetter(label: context.bilingualLabel, value: value))
  }

  /// `YYYY-MM-DD` and a real calendar day.
  public static let calendarDate = FieldRule(
    code: "invalid_date", summary: "YYYY-MM-DD, a real date",
    spanishSummary: "AAAA-MM-DD, una fecha que exista"
  ) { value, context in
    switch CalendarDate.parse(value) {
    case .success: return nil
    case .failure(.format):
      return RuleFailure(code: "invalid_date_format", .notADate(label: context.bilingualLabel, value: value))
    case .failure(.noSuchDay):
      return RuleFailure(code: "invalid_date", .notACalendarDate(label: context.bilingualLabel, value: value))
    }
  }

  /// A birth date: not in the future, not before 1900, at least `policy.minimumAge` years ago.
  public static let birthDate = FieldRule(
    code: "invalid_birth_date", summary: "not future, age limit", spanishSummary: "no futura, edad mínima"
  ) { value, context in
    guard case .success(let date) = CalendarDate.parse(value) else { return nil }
    let today = context.policy.todayDate
    if date > today {
      return RuleFailure(code: "date_in_future", .dateInFuture(label: context.bilingualLabel, value: value))
    }
    if date.year < 1900 {
      return RuleFailure(code: "date_too_early", .dateBefore1900(label: context.bilingualLabel, value: value))
    }
    let age = date.wholeYears(until: today)
    let minimum = context.policy.minimumAge
    if age < minimum {
      return RuleFailure(code: "too_young", .tooYoung(minimumAge: minimum, birthDate: value, age: age))
    }
    return nil
  }

  /// A date after today and at most `maxDocumentValidityYears` ahead
  /// (document expiration): no ID is issued for longer, so `2203` is a typo.
  public static let futureDate = FieldRule(
    code: "document_expired", summary: "after today", spanishSummary: "posterior a hoy"
  ) { value, context in
    guard case .success(let date) = CalendarDate.parse(value) else { return nil }
    let today = context.policy.todayDate
    if date <= today {
      return RuleFailure(
        code: "document_expired", .documentExpired(label: context.bilingualLabel, value: value, today: today))
    }
    let years = maxDocumentValidityYears
    let limit = today.addingYears(years)
    guard date > limit else { return nil }
    return RuleFailure(
      code: "expiration_too_far",
      .expirationTooFar(label: context.bilingualLabel, value: value, years: years, latest: limit),
      expected: BilingualText(
        english: "a date after today, at most \(years) years ahead",
        spanish: "una fecha posterior a hoy, a no más de \(years) años"))
  }

  /// The longest validity of a government ID the form accepts, in years.
  public static let maxDocumentValidityYears = 20

  /// Exactly three letters and a real ISO 3166-1 alpha-3 code.
  public static let countryCode = FieldRule(
    code: "invalid_country", summary: "ISO alpha-3 code", spanishSummary: "código ISO alfa-3"
  ) { value, context in
    let isThreeUpper = value.count == 3 && value.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    if isThreeUpper, Countries.byAlpha3(value) != nil { return nil }
    let label = context.bilingualLabel
    switch Countries.resolve(value) {
    case .exact(let country):
      return RuleFailure(
        code: "country_not_alpha3", .countryNotCode(label: label, value: value, country: country))
    case .ambiguous(let countries):
      return RuleFailure(
        code: "ambiguous_country",
        .ambiguousCountry(label: label, value: value, matches: Array(countries.prefix(4))))
    case .notFound:
      return RuleFailure(
        code: "invalid_country",
        .unknownCountry(label: label, value: value, suggestions: Countries.suggestions(for: value)))
    }
  }

  /// A warning for the countries Kira restricts for sanctions.
  public static let restrictedCountry = FieldRule(
    code: "restricted_country", summary: "warns for restricted countries",
    spanishSummary: "avisa si el país está restringido"
  ) { value, context in
    guard KiraAPI.restrictedCountries.contains(value) else { return nil }
    return RuleFailure(
      code: "restricted_country", .restrictedCountry(label: context.bilingualLabel, code: value),
      severity: .warning)
  }

  /// A practical email check: one `@`, a sane local part, a dotted domain
  /// with a TLD of two or more letters, no spaces, at most 254 characters.
  public static let email = FieldRule(
    code: "invalid_email", summary: "name@example.com", spanishSummary: "nombre@example.com"
  ) { value, context in
    guard let problem = EmailAddress.problemFound(in: value) else { return nil }
    return RuleFailure(
      code: "invalid_email", .invalidEmail(label: context.bilingualLabel, value: value, problem: problem))
  }

  /// One of a fixed list of values (exact spelling).
  public static func oneOf(_ options: [ChoiceOption]) -> FieldRule {
    // A short list searched in order: a Set would be built at start-up,
    // when the form's rules are made, for lists of a few values.
    let allowed = options.map(\.value)
    return FieldRule(
      code: "invalid_enum_value", summary: "one of the listed values",
      spanishSummary: "uno de los valores de la lista"
    ) { value, context in
      guard !allowed.contains(value) else { return nil }
      return RuleFailure(
        code: "invalid_enum_value",
        .notAnOption(label: context.bilingualLabel, value: value, allowed: allowed))
    }
  }

  /// An absolute `https` URL (`http` only for localhost).
  public static let redirectURI = FieldRule(
    code: "invalid_uri", summary: "absolute https URL", spanishSummary: "URL https absoluta"
  ) { value, context in
    guard let components = URLComponents(string: value), let scheme = components.scheme?.lowercased(),
      let host = components.host, !host.isEmpty, !value.contains(" ")
    else {
      return RuleFailure(code: "invalid_uri", .notAnAbsoluteURL(label: context.bilingualLabel, value: value))
    }
    let local = ["localhost", "127.0.0.1", "::1", "[::1]"].contains(host.lowercased())
    if scheme == "https" || (scheme == "http" && local) { return nil }
    if scheme == "http" {
      return RuleFailure(code: "insecure_uri", .insecureURL(label: context.bilingualLabel, value: value))
    }
    return RuleFailure(code: "invalid_uri", .notHTTPS(label: context.bilingualLabel, scheme: scheme))
  }

  /// A document number: 3 to 30 letters or digits, `-` and spaces allowed.
  public static let documentNumber = FieldRule(
    code: "invalid_document_number", summary: "letters and digits", spanishSummary: "letras y dígitos"
  ) { value, context in
    let core = value.filter { $0 != "-" && $0 != " " }
    let ok = (3...30).contains(core.count) && core.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    guard !ok else { return nil }
    return RuleFailure(code: "invalid_document_number", .documentNumberShape(label: context.bilingualLabel))
  }

  /// A document image: readable, non-empty, JPEG or PNG by content, within the size limit.
  public static let documentImage = FieldRule(
    code: "invalid_document_image", summary: "JPEG or PNG", spanishSummary: "JPEG o PNG"
  ) { value, context in
    switch DocumentFiles.check(value, policy: context.policy) {
    case .success: return nil
    case .failure(let problem):
      return RuleFailure(code: problem.code, .documentFile(label: context.bilingualLabel, problem: problem))
    }
  }

  /// A proof of address: readable, non-empty, JPEG, PNG or PDF by content,
  /// within the size limit.
  public static let proofOfAddressFile = FieldRule(
    code: "invalid_proof_of_address", summary: "JPEG, PNG or PDF", spanishSummary: "JPEG, PNG o PDF"
  ) { value, context in
    switch DocumentFiles.check(value, policy: context.policy, accepting: DocumentImageFormat.imagesAndPDF) {
    case .success: return nil
    case .failure(let problem):
      return RuleFailure(code: problem.code, .documentFile(label: context.bilingualLabel, problem: problem))
    }
  }

  /// `key=value; key2=value2` with non-empty, unique keys.
  public static let metadataEntries = FieldRule(
    code: "invalid_metadata", summary: "key=value; key2=value2", spanishSummary: "clave=valor; clave2=valor2"
  ) { value, context in
    switch MetadataText.parse(value) {
    case .success: return nil
    case .failure(let problem):
      return RuleFailure(
        code: "invalid_metadata", .metadata(label: context.bilingualLabel, problem: problem.reason))
    }
  }
}
