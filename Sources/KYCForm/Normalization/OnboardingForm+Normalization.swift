import Foundation

extension OnboardingForm {
  /// What the form stores for raw typed text: trims; "19900515" -> "1990-05-15";
  /// "mexico"/"mx"/"mex" -> "MEX"; phone "+52 (55) 1234-5678" -> "+525512345678";
  /// "y"/"Yes" -> "yes"; "~" expanded in file paths. Unchanged (but trimmed)
  /// when unsure.
  public func normalized(_ raw: String, for field: FieldID) -> String {
    guard let definition = self.field(field) else { return raw }
    if definition.kind == .keyValue {
      guard case .success(let entries) = MetadataText.parse(raw) else { return raw.trimmingSpaces }
      return MetadataText.format(entries)
    }
    let trimmed = raw.trimmedWhitespace
    if trimmed.isEmpty { return "" }
    switch definition.kind {
    case .date: return Normalizers.date(trimmed)
    case .country: return Normalizers.country(trimmed)
    case .yesNo: return Normalizers.yesNo(trimmed)
    case .choice(let options): return Normalizers.choice(trimmed, options: options)
    case .file: return DocumentFiles.isDataURI(trimmed) ? trimmed : PathExpansion.expandingTilde(trimmed)
    case .text, .secret, .keyValue:
      switch field {
      case .phone: return Normalizers.phone(trimmed)
      case .addressState: return Normalizers.stateCode(trimmed)
      case .email: return Normalizers.email(trimmed)
      default: return trimmed
      }
    }
  }

  /// Every value of `values` normalised as `normalized(_:for:)` would; extras kept.
  public func normalizedAll(_ values: FormValues) -> FormValues {
    var result = values
    for (id, value) in values.values {
      result[id] = normalized(value, for: id)
    }
    return result
  }
}

/// The per-kind normalisations behind `OnboardingForm.normalized(_:for:)`.
enum Normalizers {
  /// `19900515`, `1990/05/15`, `1990.5.3` -> `YYYY-MM-DD`; anything else unchanged.
  static func date(_ text: String) -> String {
    if text.count == 8, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
      let chars = Array(text)
      return "\(String(chars[0..<4]))-\(String(chars[4..<6]))-\(String(chars[6..<8]))"
    }
    let parts = text.split(whereSeparator: { "-/. ".contains($0) }).map(String.init)
    guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
      (1...2).contains(parts[2].count),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return text }
    func pad(_ part: String) -> String { part.count == 1 ? "0" + part : part }
    return "\(parts[0])-\(pad(parts[1]))-\(pad(parts[2]))"
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

  /// The option whose value or label matches (case-, accent- and `_`/space-insensitive).
  static func choice(_ text: String, options: [ChoiceOption]) -> String {
    if options.contains(where: { $0.value == text }) { return text }
    let key = comparable(text)
    if let match = options.first(where: { comparable($0.value) == key || comparable($0.label) == key }) {
      return match.value
    }
    return text
  }

  /// Drops spaces, dashes, dots and parentheses; `00` in front becomes `+`.
  /// Unchanged unless the result is `+` and digits (a number without its
  /// country code is left for the operator to fix).
  static func phone(_ text: String) -> String {
    var compact = text.filter { !" -.()\u{00A0}".contains($0) }
    if compact.hasPrefix("00") { compact = "+" + compact.dropFirst(2) }
    guard compact.hasPrefix("+") else { return text }
    let digits = compact.dropFirst()
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return text }
    return compact
  }

  /// Two ASCII letters -> upper case (`ca` -> `CA`); else unchanged.
  static func stateCode(_ text: String) -> String {
    text.count == 2 && text.allSatisfy({ $0.isASCII && $0.isLetter }) ? text.uppercased() : text
  }

  /// Lower-cases the domain (after the last `@`); the local part is kept.
  static func email(_ text: String) -> String {
    guard let at = text.lastIndex(of: "@") else { return text }
    return String(text[..<at]) + text[at...].lowercased()
  }

  private static func comparable(_ text: String) -> String {
    TextFolding.fold(text).replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
  }
}
