/// One region's numbering plan, as the metadata describes it (an `R` block of
/// `phoneMetadataSource`): prefixes, lengths, the patterns of each type of
/// number and, for a calling code's main region, the international format.
struct PhoneRegion: Sendable {
  /// ISO 3166-1 alpha-2 code, or `001` for a non-geographic calling code (+800...).
  let code: String
  /// The country calling code (52 for Mexico).
  let callingCode: Int
  /// Whether this region's rules format every number of its calling code.
  let isMainRegion: Bool
  /// What is dialled before a calling code from this region (`0[09]` in Mexico, `011` in the USA).
  let internationalPrefix: PhonePattern?
  /// The trunk prefix dialled before a national number (`0` in Argentina).
  let nationalPrefix: String?
  /// What may be removed from the start of a national number (trunk prefix, carrier codes, Argentina's `15`).
  let nationalPrefixForParsing: PhonePattern?
  /// How the number is rewritten when that prefix matched with a group (`9$1` in Argentina).
  let nationalPrefixTransformRule: String?
  /// For regions that share a calling code: the start of their numbers (`268` for Antigua).
  let leadingDigits: PhonePattern?
  /// Lengths and pattern of every number of the region.
  let general: PhoneNumberDescription
  /// Each type's description, in the order libphonenumber checks them.
  let types: [(type: PhoneNumberType, description: PhoneNumberDescription)]
  /// The fixed-line and mobile descriptions are the same (numbers are "fixed line or mobile").
  let sameMobileAndFixedLine: Bool
  /// International formatting rules (main regions only).
  let formats: [PhoneFormatRule]

  /// The description of `type`, if the region has such numbers.
  func description(of type: PhoneNumberType) -> PhoneNumberDescription? {
    types.first { $0.type == type }?.description
  }
}

/// Possible lengths and the national-number pattern of one kind of number.
struct PhoneNumberDescription: Sendable {
  /// National significant number lengths, ascending.
  let lengths: [Int]
  /// Lengths of numbers only dialable within an area (no area code), ascending.
  let localOnlyLengths: [Int]
  /// The national-number pattern (matched whole).
  let pattern: PhonePattern
  /// An example national number of this kind, when the metadata gives one.
  let example: String?

  /// libphonenumber's `isNumberMatchingDesc`: a possible length, and the pattern matches.
  func matches(_ nationalNumber: String) -> Bool {
    if !lengths.isEmpty, !lengths.contains(nationalNumber.count) { return false }
    return pattern.matchesWhole(nationalNumber)
  }
}

/// One way of grouping a national number for display (`(\d{2})(\d{4})(\d{4})` -> `$1 $2 $3`).
struct PhoneFormatRule: Sendable {
  /// The pattern the whole national number must match.
  let pattern: PhonePattern
  /// The start the number must have for this rule; nil: any.
  let leadingDigits: PhonePattern?
  /// The grouping, with `$1`... for the pattern's groups.
  let template: String
}
