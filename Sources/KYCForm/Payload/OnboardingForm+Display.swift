import Foundation

extension OnboardingForm {
  /// Display text for review: choice labels, `Yes`/`No`, country names, a
  /// phone number grouped with its region and type,
  /// secrets masked (`•••••6789`), the document number partly masked, file
  /// names with the image type and size for embedded images. "" when empty.
  public func displayValue(of field: FieldID, in values: FormValues) -> String {
    displayValue(of: field, in: values, language: .english)
  }

  /// `displayValue(of:in:)` in `language`: Spanish choice labels, `Sí`/`No`,
  /// "imagen PNG incrustada, 12 KB", "+52 55 1234 5678 · México · móvil".
  /// Countries in the operator's language: "Mexico (MEX)", "México (MEX)".
  public func displayValue(of field: FieldID, in values: FormValues, language: OperatorLanguage) -> String {
    let value = values[field]
    guard let definition = self.field(field), !value.isEmpty else { return value }
    if field == .documentNumber { return Masking.partly(value) }
    switch definition.kind {
    case .secret:
      return Masking.secret(value)
    case .choice(let options):
      return options.first { $0.value == value }?.label(in: language) ?? value
    case .yesNo:
      return KYCOptions.yesNo.first { $0.value == value }?.label(in: language) ?? value
    case .country:
      return Countries.byAlpha3(value).map { $0.displayName(in: language) } ?? value
    case .subdivision:
      let country = Normalizers.country(values[.addressCountry].trimmedWhitespace)
      return subdivisions.subdivisions(of: country).first { $0.code == value }?.displayName ?? value
    case .file:
      guard DocumentFiles.isDataURI(value) else { return value }
      let bytes =
        (value.firstIndex(of: ",").map { value.distance(from: $0, to: value.endIndex) - 1 } ?? 0) * 3 / 4
      let type =
        value.hasPrefix("data:image/png") ? "PNG" : value.hasPrefix("data:image/jpeg") ? "JPEG" : nil
      let size = DocumentFiles.formatBytes(bytes)
      switch language {
      case .english: return "embedded \(type ?? "file") image, \(size)"
      case .spanish: return type.map { "imagen \($0) incrustada, \(size)" } ?? "archivo incrustado, \(size)"
      }
    case .text where field == .phone:
      // What the number was read as: "+52 55 1234 5678 · Mexico · mobile".
      guard case .success(let number) = PhoneNumberParser.parse(value, defaultRegion: values.phoneHomeCountry)
      else { return value }
      return number.summary(in: language)
    case .text, .date, .keyValue:
      return value
    }
  }
}

/// How secrets and identifiers are masked on screen.
public enum Masking {
  /// Five bullets and the last four characters: `•••••6789` (all bullets when 4 or fewer).
  public static func secret(_ value: String) -> String {
    let visible = value.count > 4 ? String(value.suffix(4)) : ""
    return String(repeating: "•", count: 5) + visible
  }

  /// The first and last two characters kept, the rest bulleted: `G1•••••78`.
  public static func partly(_ value: String) -> String {
    guard value.count > 4 else { return String(repeating: "•", count: value.count) }
    let hidden = value.count - 4
    return String(value.prefix(2)) + String(repeating: "•", count: hidden) + String(value.suffix(2))
  }
}
