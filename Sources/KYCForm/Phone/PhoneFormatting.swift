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
    if let country = Countries.byAlpha2(code) { return country.englishName }
    switch code {
    case "AC": return "Ascension Island"
    case "TA": return "Tristan da Cunha"
    case "XK": return "Kosovo"
    case PhoneMetadata.nonGeographicRegion: return "international +\(callingCode)"
    default: return code
    }
  }

  /// The countries of a calling code for messages: "Mexico"; "the USA,
  /// Canada and 23 other regions" for +1.
  static func regionList(callingCode: Int) -> String {
    let codes = PhoneMetadata.regionCodes(forCallingCode: callingCode)
    let names = codes.prefix(2).map { regionName($0, callingCode: callingCode) }
    switch codes.count {
    case 0: return "+\(callingCode)"
    case 1: return names[0]
    case 2: return "\(names[0]) or \(names[1])"
    default: return "\(names[0]), \(names[1]) or \(codes.count - 2) other regions"
    }
  }
}
