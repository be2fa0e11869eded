import Foundation

extension OnboardingForm {
  /// What the form stores for raw typed text: trims; "19900515" -> "1990-05-15";
  /// "mexico"/"mx"/"mex" -> "MEX"; phone "+52 (55) 1234-5678" -> "+525512345678";
  /// "y"/"Yes" -> "yes"; "~" expanded in file paths. Unchanged (but trimmed)
  /// when unsure. `values` are the other answers, which some fields are read
  /// with (a national phone number in the address country or nationality).
  public func normalized(_ raw: String, for field: FieldID, in values: FormValues = FormValues()) -> String {
    guard let definition = self.field(field) else { return raw }
    // One Unicode form (NFC) for everything typed; file paths are kept byte for byte.
    let raw = definition.kind == .file ? raw : CleanText.nfc(raw)
    if definition.kind == .keyValue {
      guard case .success(let entries) = MetadataText.parse(raw) else { return raw.trimmingSpaces }
      return MetadataText.format(entries)
    }
    let trimmed = raw.trimmedWhitespace
    if trimmed.isEmpty { return "" }
    switch definition.kind {
    case .date: return Normalizers.date(trimmed, order: dateOrder)
    case .country: return Normalizers.country(trimmed)
    case .yesNo: return Normalizers.yesNo(trimmed)
    case .choice(let options): return Normalizers.choice(trimmed, options: options)
    case .subdivision:
      return Normalizers.subdivision(trimmed, country: values[.addressCountry], catalog: subdivisions)
    case .file: return DocumentFiles.isDataURI(trimmed) ? trimmed : PathExpansion.expandingTilde(trimmed)
    case .text, .secret, .keyValue:
      switch field {
      case .phone: return Normalizers.phone(trimmed, homeCountry: values.phoneHomeCountry)
      case .addressZipCode: return Normalizers.postcode(trimmed, country: values[.addressCountry])
      case .email: return Normalizers.email(trimmed)
      case .taxIDNumber: return TaxNumber.canonical(trimmed, country: values.taxCountry)
      default: return trimmed
      }
    }
  }

  /// Every value of `values` normalised as `normalized(_:for:)` would; extras kept.
  /// The phone and the tax number go last, read with the normalised countries.
  public func normalizedAll(_ values: FormValues) -> FormValues {
    var result = values
    for (id, value) in values.values where id != .phone && id != .taxIDNumber {
      result[id] = normalized(value, for: id, in: values)
    }
    for id in [FieldID.phone, .taxIDNumber] {
      if let value = values.values[id] { result[id] = normalized(value, for: id, in: result) }
    }
    return result
  }
}

/// The per-kind normalisations behind `OnboardingForm.normalized(_:for:)`.
enum Normalizers {
  /// `19900515`, `1990/05/15`, `1990.5.3` -> `YYYY-MM-DD`; `15/05/1990`,
  /// `15-05-1990`, `15.5.1990` too, day first (or month first with
  /// `.monthFirst`; a form only one reading makes a real date, `05/15/1990`,
  /// is read that way whatever the order). Anything else unchanged.
  static func date(_ text: String, order: DateOrder = .dayFirst) -> String {
    if text.count == 8, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
      let chars = Array(text)
      return "\(String(chars[0..<4]))-\(String(chars[4..<6]))-\(String(chars[6..<8]))"
    }
    let parts = text.split(whereSeparator: { "-/. ".contains($0) }).map(String.init)
    guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return text }
    func pad(_ part: String) -> String { part.count == 1 ? "0" + part : part }
    let short = (1...2)
    if parts[0].count == 4, short.contains(parts[1].count), short.contains(parts[2].count) {
      return "\(parts[0])-\(pad(parts[1]))-\(pad(parts[2]))"
    }
    guard short.contains(parts[0].count), short.contains(parts[1].count), parts[2].count == 4,
      let first = Int(parts[0]), let second = Int(parts[1])
    else { return text }
    var (day, month) = order == .dayFirst ? (first, second) : (second, first)
    if month > 12, day <= 12 { (day, month) = (month, day) }  // only the other reading is a date
    return "\(parts[2])-\(pad(String(month)))-\(pad(String(day)))"
  }

  /// A code or name that names exactly one country -> its alpha-3; else unchanged.
  static func country(_ text: String) -> String {
    if case .exact(let country) = Countries.resolve(text) { return country.alpha3 }
    return text
  }

  /// y/yes/si/sí/true/1 -> yes; n/no/false/0 -> no; else unchanged.
  static func yesNo(_ text: String) -> String {
    switch TextFolding.fold(text) {
    case "y", "yes", "si", "s", "true", "1": "yes"
    case "n", "no", "false", "0": "no"
    default: text
    }
  }

  /// The option whose value or label (English or Spanish) matches (case-,
  /// accent- and `_`/space-insensitive).
  static func choice(_ text: String, options: [ChoiceOption]) -> String {
    if options.contains(where: { $0.value == text }) { return text }
    let key = comparable(text)
    if let match = options.first(where: { option in
      [option.value, option.label, option.spanishLabel ?? ""].contains { comparable($0) == key }
    }) {
      return match.value
    }
    return text
  }

  /// The E.164 form of a valid number (`+52 (55) 1234-5678`, or `55 1234 5678`
  /// with Mexico as the home country -> `+525512345678`); anything that is not
  /// a valid number is left as typed, for the phone rule to explain.
  static func phone(_ text: String, homeCountry: String?) -> String {
    guard case .success(let number) = PhoneNumberParser.parse(text, defaultRegion: homeCountry) else {
      return text
    }
    return number.e164
  }

  /// A whole code, abbreviation or name of one of the country's subdivisions
  /// (`California`, `jal`, `Ciudad de México`, `MX-JAL`) -> its code; else unchanged.
  static func subdivision(_ text: String, country: String, catalog: SubdivisionCatalog) -> String {
    let country = Normalizers.country(country.trimmedWhitespace)
    if case .exact(let match) = catalog.resolve(text, country: country) { return match.code }
    // A country without a list: a two-letter code is at least written upper case.
    guard catalog.subdivisions(of: country).isEmpty, text.count == 2,
      text.allSatisfy({ $0.isASCII && $0.isLetter })
    else { return text }
    return text.uppercased()
  }

  /// The country's canonical postcode (`941051234` -> `94105-1234`,
  /// `01310100` -> `01310-100`); else unchanged.
  static func postcode(_ text: String, country: String) -> String {
    let country = Normalizers.country(country.trimmedWhitespace)
    guard let rules = AddressData.rules(for: country) else { return text }
    return Postcodes.canonical(text, rules: rules) ?? text
  }

  /// Lower-cases the domain (after the last `@`) and writes its Punycode
  /// labels (`xn--...`) in Unicode, so both spellings are one address; the
  /// local part is kept.
  static func email(_ text: String) -> String {
    guard let at = text.lastIndex(of: "@") else { return text }
    return String(text[..<at]) + "@" + EmailAddress.unicodeDomain(String(text[text.index(after: at)...]))
  }

  private static func comparable(_ text: String) -> String {
    TextFolding.fold(text).replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
  }
}
