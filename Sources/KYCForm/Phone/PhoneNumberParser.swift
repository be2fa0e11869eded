/// Reads a phone number as people type it and decides whether it is a valid
/// number, with the libphonenumber metadata and the steps of libphonenumber's
/// `parse` and `isValidNumber` (written here in Swift):
///
/// 1. the text is reduced to `+` and digits (`PhoneText`);
/// 2. the calling code comes from a leading `+`, else from the home region's
///    international prefix (`00`, `011`...), else from the home region itself
///    (a national number; a number that starts with the home calling code and
///    only fits without it loses it);
/// 3. the national prefix and carrier codes are removed as the metadata says
///    (`0`, Argentina's `15` and mobile `9` through its transform rule), when
///    what is left still has a possible length;
/// 4. the region is the calling code's one region, or the first of its regions
///    whose leading digits or patterns fit (+1: USA, Canada, the islands), and the
///    number is valid when one of that region's types matches.
public enum PhoneNumberParser {
  /// The valid number `text` stands for, or why it is not one. `defaultRegion`
  /// (alpha-2 or alpha-3, e.g. `MX`/`MEX`) completes a national number and
  /// gives the international prefix to recognise; without one, only `+...`
  /// and `00...` numbers are read.
  public static func parse(_ text: String, defaultRegion: String?) -> Result<PhoneNumber, PhoneNumberProblem>
  {
    let home = defaultRegion.flatMap(homeRegion)
    let read: PhoneDigits
    switch PhoneText.read(text) {
    case .success(let digits): read = digits
    case .failure(let problem): return .failure(problem)
    }
    switch split(read, home: home) {
    case .failure(let problem): return .failure(problem)
    case .success(let (callingCode, nationalNumber)):
      if let number = validNumber(callingCode: callingCode, nationalNumber: nationalNumber) {
        return .success(number)
      }
      return .failure(diagnose(callingCode: callingCode, nationalNumber: nationalNumber))
    }
  }

  /// The metadata region for a form's country (alpha-3 or alpha-2).
  static func homeRegion(_ code: String) -> PhoneRegion? {
    let trimmed = code.trimmedWhitespace
    if trimmed.count == 3, let country = Countries.byAlpha3(trimmed) {
      return PhoneMetadata.region(country.alpha2)
    }
    if trimmed.count == 2 { return PhoneMetadata.region(trimmed) }
    return nil
  }

  // MARK: - Calling code and national number

  /// The calling code and national significant number of `input`, as
  /// libphonenumber's `parse` finds them (no validity check yet).
  static func split(_ input: PhoneDigits, home: PhoneRegion?) -> Result<(Int, String), PhoneNumberProblem> {
    var input = input
    if !input.hasPlus, home == nil {
      // No country to read a national number with: `00` is then taken as the
      // international prefix most of the world dials (a choice of ours,
      // DECISIONS.md), anything else needs its `+`.
      guard input.digits.hasPrefix("00") else { return .failure(.needsCountryCode(digits: input.digits)) }
      input = PhoneDigits(hasPlus: true, digits: String(input.digits.dropFirst(2)))
    }
    var extracted: (code: Int, national: String)
    switch extractCallingCode(input, home: home) {
    case .success(let found): extracted = found
    case .failure(.unknownCallingCode(let digits)) where input.hasPlus:
      // As libphonenumber does: a `+` before something that is not a calling
      // code is read once more without it (`+011 52...` from the USA).
      guard
        case .success(let found) = extractCallingCode(
          PhoneDigits(hasPlus: false, digits: input.digits), home: home),
        found.code != 0
      else { return .failure(.unknownCallingCode(digits: digits)) }
      extracted = found
    case .failure(let problem): return .failure(problem)
    }
    let callingCode: Int
    var national: String
    let region: PhoneRegion
    if extracted.code != 0 {
      guard let main = PhoneMetadata.mainRegion(forCallingCode: extracted.code) else {
        return .failure(.unknownCallingCode(digits: input.digits))
      }
      callingCode = extracted.code
      national = extracted.national
      region = main
    } else {
      guard let home else { return .failure(.needsCountryCode(digits: input.digits)) }
      callingCode = home.callingCode
      national = input.digits
      region = home
    }
    guard national.count >= 2 else {
      return .failure(.nationalNumberOutOfBounds(callingCode: callingCode, digits: national.count))
    }
    if let stripped = stripNationalPrefix(national, region: region) {
      switch PhoneLengthCheck(stripped, against: region.general) {
      case .tooShort, .localOnly, .invalidLength: break
      case .possible, .tooLong: national = stripped
      }
    }
    guard (2...17).contains(national.count) else {
      return .failure(.nationalNumberOutOfBounds(callingCode: callingCode, digits: national.count))
    }
    return .success((callingCode, national))
  }

  /// libphonenumber's `maybeExtractCountryCode`: (0, "") when the number has
  /// no calling code of its own.
  static func extractCallingCode(_ input: PhoneDigits, home: PhoneRegion?) -> Result<
    (code: Int, national: String), PhoneNumberProblem
  > {
    var digits = input.digits
    var international = input.hasPlus
    if !international, let prefix = home?.internationalPrefix, let match = prefix.prefixMatch(digits) {
      let rest = digits.dropFirst(match.length)
      // A calling code never starts with 0: `0` after the prefix means it was not one.
      if rest.first != "0" {
        digits = String(rest)
        international = true
      }
    }
    if international {
      guard digits.count > 2 else { return .failure(.tooShortAfterPrefix) }
      guard let (code, rest) = leadingCallingCode(digits) else {
        return .failure(.unknownCallingCode(digits: digits))
      }
      return .success((code, rest))
    }
    guard let home else { return .success((0, "")) }
    let homeCode = String(home.callingCode)
    if digits.hasPrefix(homeCode) {
      let withoutCode = String(digits.dropFirst(homeCode.count))
      let candidate = stripNationalPrefix(withoutCode, region: home) ?? withoutCode
      let general = home.general
      if (!general.pattern.matchesWhole(digits) && general.pattern.matchesWhole(candidate))
        || PhoneLengthCheck(digits, against: general) == .tooLong
      {
        return .success((home.callingCode, candidate))
      }
    }
    return .success((0, ""))
  }

  /// The 1- to 3-digit calling code `digits` starts with, and the rest.
  static func leadingCallingCode(_ digits: String) -> (Int, String)? {
    guard digits.first != "0" else { return nil }
    for length in 1...min(3, digits.count) {
      if let code = Int(digits.prefix(length)), PhoneMetadata.isCallingCode(code) {
        return (code, String(digits.dropFirst(length)))
      }
    }
    return nil
  }

  /// libphonenumber's `maybeStripNationalPrefixAndCarrierCode`: the number
  /// without its national prefix (transformed when the rule says so), or nil
  /// when nothing is to be removed or removing it would spoil a number that
  /// fit the region's pattern.
  static func stripNationalPrefix(_ number: String, region: PhoneRegion) -> String? {
    guard !number.isEmpty, let prefix = region.nationalPrefixForParsing,
      let match = prefix.prefixMatch(number)
    else { return nil }
    let general = region.general.pattern
    let viableBefore = general.matchesWhole(number)
    let result: String
    if let rule = region.nationalPrefixTransformRule, !rule.isEmpty, let last = match.groups.last, last != nil
    {
      result = PhonePattern.substitute(rule, groups: match.groups) + number.dropFirst(match.length)
    } else {
      result = String(number.dropFirst(match.length))
    }
    if viableBefore, !general.matchesWhole(result) { return nil }
    return result
  }

  // MARK: - Region, type and validity

  /// The number when it is valid for one of its calling code's regions.
  static func validNumber(callingCode: Int, nationalNumber: String) -> PhoneNumber? {
    let codes = PhoneMetadata.regionCodes(forCallingCode: callingCode)
    for code in codes {
      guard let region = PhoneMetadata.region(code, callingCode: callingCode) else { continue }
      if codes.count > 1, let leading = region.leadingDigits {
        guard leading.prefixMatch(nationalNumber) != nil else { continue }
        // The region is decided by its leading digits; the number must be valid there.
        guard let type = type(of: nationalNumber, in: region) else { return nil }
        return PhoneNumber(
          callingCode: callingCode, nationalNumber: nationalNumber, regionCode: code, type: type)
      }
      if let type = type(of: nationalNumber, in: region) {
        return PhoneNumber(
          callingCode: callingCode, nationalNumber: nationalNumber, regionCode: code, type: type)
      }
    }
    return nil
  }

  /// The order libphonenumber tries the special types in, before fixed line and mobile.
  private static let specialTypes: [PhoneNumberType] = [
    .premiumRate, .tollFree, .sharedCost, .voip, .personalNumber, .pager, .uan, .voicemail,
  ]

  /// libphonenumber's `getNumberTypeHelper`; nil for an invalid number.
  static func type(of nationalNumber: String, in region: PhoneRegion) -> PhoneNumberType? {
    guard region.general.matches(nationalNumber) else { return nil }
    for type in specialTypes {
      if let description = region.description(of: type), description.matches(nationalNumber) { return type }
    }
    let mobile = region.description(of: .mobile)
    if let fixed = region.description(of: .fixedLine), fixed.matches(nationalNumber) {
      if region.sameMobileAndFixedLine || mobile?.matches(nationalNumber) == true {
        return .fixedLineOrMobile
      }
      return .fixedLine
    }
    if !region.sameMobileAndFixedLine, let mobile, mobile.matches(nationalNumber) { return .mobile }
    return nil
  }

  // MARK: - Why a number is not valid

  /// The length or pattern problem of an invalid number, with a suggestion
  /// when one of the usual habits explains it.
  static func diagnose(callingCode: Int, nationalNumber: String) -> PhoneNumberProblem {
    let suggestion = suggestion(callingCode: callingCode, nationalNumber: nationalNumber)
    guard let main = PhoneMetadata.mainRegion(forCallingCode: callingCode) else {
      return .unknownCallingCode(digits: "\(callingCode)\(nationalNumber)")
    }
    let check = PhoneLengthCheck(nationalNumber, against: main.general)
    if check == .possible {
      return .notInUse(
        PhoneNumberIssue(callingCode: callingCode, nationalNumber: nationalNumber, suggestion: suggestion))
    }
    return .wrongLength(
      PhoneLengthIssue(
        callingCode: callingCode, nationalNumber: nationalNumber, check: check, lengths: main.general.lengths,
        suggestion: suggestion))
  }

  /// A valid number that a habit turned into this one: Mexico's old mobile
  /// `1`, `044`/`045` and `01`, or a `(0)` after a calling code whose country
  /// dials no trunk `0`.
  static func suggestion(callingCode: Int, nationalNumber: String) -> PhoneNumber? {
    var candidates: [String] = []
    if callingCode == 52 {
      for prefix in ["1", "044", "045", "01"] where nationalNumber.hasPrefix(prefix) {
        candidates.append(String(nationalNumber.dropFirst(prefix.count)))
      }
    }
    if nationalNumber.hasPrefix("0") { candidates.append(String(nationalNumber.dropFirst())) }
    for candidate in candidates where candidate.count >= 2 {
      if let number = validNumber(callingCode: callingCode, nationalNumber: candidate) { return number }
    }
    return nil
  }
}
