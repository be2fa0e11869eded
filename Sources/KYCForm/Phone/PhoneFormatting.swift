/// Grouping numbers for display and naming their regions.
enum PhoneFormatting {
  /// `+52 55 1234 5678`: the calling code, a space, and the national number
  /// grouped by the first international rule of the calling code's main region
  /// whose leading digits and pattern fit (ungrouped when none does), as
  /// libphonenumber's `format(number, INTERNATIONAL)`.
  static func international(callingCode: Int, nationalNumber: String) -> String {
    "+\(callingCode) " + grouped(nationalNumber, callingCode: callingCode)
  }

  /// The national number grouped by the calling code's international rules.
  static func grouped(_ nationalNumber: String, callingCode: Int) -> String {
    guard let region = PhoneMetadata.mainRegion(forCallingCode: callingCode) else { return nationalNumber }
    for rule in region.formats {
      if let leading = rule.leadingDigits, leading.prefixMatch(nationalNumber) == nil { continue }
      guard rule.pattern.matchesWhole(nationalNumber) else { continue }
      return rule.pattern.replacingMatches(in: nationalNumber, with: rule.template)
    }
    return nationalNumber
  }

  /// A region's English name: the country table's, else the few numbering
  /// regions that are not ISO 3166-1 countries.
  static func regionName(_ code: String, callingCode: Int) -> String {
    regionName(code, callingCode: callingCode, in: .english)
  }

  /// A region's name in `language` ("Mexico", "México").
  static func regionName(_ code: String, callingCode: Int, in language: OperatorLanguage) -> String {
    if let country = Countries.byAlpha2(code) {
      return language.pick(country.englishName, country.spanishName)
    }
    switch code {
    case "AC": return language.pick("Ascension Island", "Isla Ascensión")
    case "TA": return language.pick("Tristan da Cunha", "Tristán de Acuña")
    case "XK": return "Kosovo"
    case PhoneMetadata.nonGeographicRegion:
      return language.pick("international +\(callingCode)", "internacional +\(callingCode)")
    default: return code
    }
  }
}
