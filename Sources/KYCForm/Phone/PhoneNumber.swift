/// A valid phone number as the metadata reads it.
public struct PhoneNumber: Sendable, Hashable {
  /// The country calling code (52).
  public let callingCode: Int
  /// The national significant number, digits only, leading zeros kept (`5512345678`; Italy's `0612345678`).
  public let nationalNumber: String
  /// The region it belongs to: ISO 3166-1 alpha-2 (`MX`), or `001` for a non-geographic code (+800...).
  public let regionCode: String
  /// The kind of line.
  public let type: PhoneNumberType

  /// E.164, the form Kira is sent: `+525512345678`.
  public var e164: String { "+\(callingCode)\(nationalNumber)" }

  /// Grouped as libphonenumber's international format does: `+52 55 1234 5678`.
  public var international: String {
    PhoneFormatting.international(callingCode: callingCode, nationalNumber: nationalNumber)
  }

  /// The region's English name (`Mexico`), as the wizard shows it.
  public var regionName: String { PhoneFormatting.regionName(regionCode, callingCode: callingCode) }

  /// The region's name in `language` (`Mexico`, `México`).
  public func regionName(in language: OperatorLanguage) -> String {
    PhoneFormatting.regionName(regionCode, callingCode: callingCode, in: language)
  }

  /// What the wizard shows once the number is accepted: `+52 55 1234 5678 · Mexico · mobile`.
  public var summary: String { summary(in: .english) }

  /// The summary in `language`: `+52 55 1234 5678 · México · fijo o móvil`.
  public func summary(in language: OperatorLanguage) -> String {
    "\(international) · \(regionName(in: language)) · \(type.displayName(in: language))"
  }
}
