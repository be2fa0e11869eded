/// Structure and check digits of each scheme, on the compact form (upper
/// case, no separators). Each check returns nil for a valid number, else what
/// is wrong, never echoing the number (tax numbers are shown masked).
enum TaxIDCheck {
  /// nil when `compact` is a valid number of `scheme`; else the problem.
  static func problem(_ compact: [Unicode.Scalar], as scheme: TaxIDScheme) -> String? {
    switch scheme {
    case .ssn: ssn(compact)
    case .itin: itin(compact)
    case .rfc: rfc(compact)
    case .curp: curp(compact)
    case .cpf: cpf(compact)
    case .cuit: cuit(compact)
    case .colombiaNIT: colombiaNIT(compact)
    case .cedula: cedula(compact)
    case .guatemalaNIT: guatemalaNIT(compact)
    }
  }

  // MARK: - USA

  /// Numbers the SSA voided after they were printed in advertisements and samples.
  static let advertisedSSNs: Set<String> = ["078051120", "219099999", "457555462"]

  static func ssn(_ s: [Unicode.Scalar]) -> String? {
    guard s.count == 9, let values = digitValues(s) else { return "an SSN has 9 digits; this has \(s.count)" }
    let area = number(values[0..<3])
    if area == 0 || area == 666 || area >= 900 { return "area number \(pad(area, 3)) is never issued" }
    if number(values[3..<5]) == 0 { return "group number 00 is never issued" }
    if number(values[5..<9]) == 0 { return "serial number 0000 is never issued" }
    if advertisedSSNs.contains(String(String.UnicodeScalarView(s))) {
      return "this is a publicly advertised sample number, voided by the SSA"
    }
    return nil
  }

  /// ITIN groups the IRS issues (digits 4 and 5).
  static func isITINGroup(_ group: Int) -> Bool {
    (50...65).contains(group) || (70...88).contains(group) || (90...92).contains(group)
      || (94...99).contains(group)
  }

  static func itin(_ s: [Unicode.Scalar]) -> String? {
    guard s.count == 9, let values = digitValues(s) else {
      return "an ITIN has 9 digits; this has \(s.count)"
    }
    guard values[0] == 9 else { return "an ITIN starts with 9" }
    let group = number(values[3..<5])
    guard isITINGroup(group) else {
      return "an ITIN's digits 4-5 are 50-65, 70-88, 90-92 or 94-99; these are \(pad(group, 2))"
    }
    return nil
  }

  // MARK: - Mexico

  /// Letter combinations the SAT never issues as an RFC's first four.
  static let rfcRefusedWords: Set<String> = Set(
    """
    BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COJA COJE COJI COJO CULO FETO GUEY JOTO KACA KACO KAGA KAGO
    KAKA KOGE KOJO KULO MAME MAMO MEAR MEAS MEON MION MOCO MULA PEDA PEDO PENE PUTA PUTO QULO RATA RUIN
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Letter combinations RENAPO never issues as a CURP's first four.
  static let curpRefusedWords: Set<String> = Set(
    """
    BACA BAKA BUEI BUEY CACA CACO CAGA CAGO CAKA CAKO COGE COGI COJA COJE COJI COJO COLA CULO FALO FETO GETA
    GUEI GUEY JETA JOTO KACA KACO KAGA KAGO KAKA KAKO KOGE KOGI KOJA KOJE KOJI KOJO KOLA KULO LILO LOCA LOCO
    LOKA LOKO MAME MAMO MEAR MEAS MEON MIAR MION MOCO MOKO MULA MULO NACA NACO PEDA PEDO PENE PIPI PITO POPO
    PUTA PUTO QULO RATA ROBA ROBE ROBO RUIN SENO TETA VACA VAGA VAGO VAKA VUEI VUEY WUEI WUEY
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// CURP state codes (the 32 states and NE, born abroad).
  static let curpStates: Set<String> = Set(
    "AS BC BS CC CH CL CM CS DF DG GR GT HG JC MC MN MS NE NL NT OC PL QR QT SL SP SR TC TL TS VZ YN ZS"
      .split(separator: " ").map(String.init))

  /// The value of each character in RFC and CURP check digits.
  private static let mexicanAlphabet = Array("0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ".unicodeScalars)

  static func rfc(_ s: [Unicode.Scalar]) -> String? {
    if s.count == 12 {
      return "a 12-character RFC belongs to a company; a person's RFC has 13 characters"
    }
    if s.count == 10 { return "the RFC lacks its 3-character homoclave (13 characters in all)" }
    guard s.count == 13 else { return "a person's RFC has 13 characters; this has \(s.count)" }
    guard s[0..<4].allSatisfy({ isUpper($0) || $0 == "&" || $0 == "Ñ" }) else {
      return "an RFC starts with 4 letters"
    }
    guard let date = digitValues(Array(s[4..<10])) else {
      return "characters 5-10 of an RFC are the birth date YYMMDD"
    }
    if rfcRefusedWords.contains(String(String.UnicodeScalarView(s[0..<4]))) {
      return "the SAT never issues an RFC starting with these letters"
    }
    if let problem = dateProblem(date, century: nil) { return problem }
    let homoclave = Array(s[10..<13])
    guard homoclave.allSatisfy({ isUpper($0) || isDigit($0) }), homoclave[0] != "0", homoclave[1] != "0",
      !("W"..."Z").contains(homoclave[0]), isDigit(homoclave[2]) || homoclave[2] == "A"
    else { return "the homoclave (last 3 characters) is not well formed" }
    var sum = 0
    for (i, scalar) in s[0..<12].enumerated() {
      guard let value = mexicanAlphabet.firstIndex(of: scalar) else { return "invalid character" }
      sum += value * (13 - i)
    }
    let check = mexicanAlphabet[((11 - sum) % 11 + 11) % 11]
    return check == s[12] ? nil : "the check digit (last character) does not match"
  }

  static func curp(_ s: [Unicode.Scalar]) -> String? {
    guard s.count == 18 else { return "a CURP has 18 characters; this has \(s.count)" }
    guard s[0..<4].allSatisfy(isUpper) else { return "a CURP starts with 4 letters" }
    guard let date = digitValues(Array(s[4..<10])) else {
      return "characters 5-10 of a CURP are the birth date YYMMDD"
    }
    guard s[10..<16].allSatisfy(isUpper), isUpper(s[16]) || isDigit(s[16]), isDigit(s[17]) else {
      return "a CURP is 4 letters, 6 digits, 6 letters, a letter or digit and a digit"
    }
    if curpRefusedWords.contains(String(String.UnicodeScalarView(s[0..<4]))) {
      return "RENAPO never issues a CURP starting with these letters"
    }
    if let problem = dateProblem(date, century: isDigit(s[16]) ? 1900 : 2000) { return problem }
    guard s[10] == "H" || s[10] == "M" else { return "character 11 of a CURP is H or M (the sex)" }
    guard curpStates.contains(String(String.UnicodeScalarView(s[11..<13]))) else {
      return "characters 12-13 of a CURP are not a Mexican state code"
    }
    var sum = 0
    for (i, scalar) in s[0..<17].enumerated() {
      guard let value = mexicanAlphabet.firstIndex(of: scalar), value < 37 else { return "invalid character" }
      sum += value * (18 - i)
    }
    let check = (10 - sum % 10) % 10
    return digitValue(s[17]) == check ? nil : "the check digit (last character) does not match"
  }

  /// The birth date a valid CURP carries, and its sex letter (H or M).
  static func curpBirth(_ s: [Unicode.Scalar]) -> (date: CalendarDate, sex: Unicode.Scalar)? {
    guard s.count == 18, let date = digitValues(Array(s[4..<10])) else { return nil }
    let year = (isDigit(s[16]) ? 1900 : 2000) + number(date[0..<2])
    return (CalendarDate(year: year, month: number(date[2..<4]), day: number(date[4..<6])), s[10])
  }

  // MARK: - Brazil, Argentina

  static func cpf(_ s: [Unicode.Scalar]) -> String? {
    guard s.count == 11, let d = digitValues(s) else { return "a CPF has 11 digits; this has \(s.count)" }
    if Set(d).count == 1 { return "a CPF of one repeated digit is never issued" }
    func check(_ count: Int) -> Int {
      var sum = 0
      for i in 0..<count { sum += d[i] * (count + 1 - i) }
      return (sum * 10 % 11) % 10
    }
    return check(9) == d[9] && check(10) == d[10] ? nil : "the check digits (last 2) do not match"
  }

  static func cuit(_ s: [Unicode.Scalar]) -> String? {
    guard s.count == 11, let d = digitValues(s) else {
      return "a CUIT/CUIL has 11 digits; this has \(s.count)"
    }
    guard [20, 23, 24, 27, 30, 33, 34].contains(number(d[0..<2])) else {
      return "a CUIT/CUIL starts with 20, 23, 24, 27, 30, 33 or 34"
    }
    let weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    var sum = 0
    for i in 0..<10 { sum += weights[i] * d[i] }
    return cuitCheck(sum) == d[10] ? nil : "the check digit (last digit) does not match"
  }

  private static func cuitCheck(_ sum: Int) -> Int {
    switch 11 - sum % 11 {
    case 11: 0
    case 10: 9
    case let value: value
    }
  }

  // MARK: - Colombia, Guatemala

  /// Compact NIT: the digits then the check digit (the dash is not part of it).
  static func colombiaNIT(_ s: [Unicode.Scalar]) -> String? {
    guard (8...16).contains(s.count), let d = digitValues(s) else {
      return "a NIT has 7 to 15 digits and a check digit"
    }
    let weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    var sum = 0
    for (i, digit) in d.dropLast().reversed().enumerated() { sum += weights[i] * digit }
    let check = [0, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1][sum % 11]
    return check == d[d.count - 1] ? nil : "the check digit (after the dash) does not match"
  }

  static func cedula(_ s: [Unicode.Scalar]) -> String? {
    guard (4...10).contains(s.count), digitValues(s) != nil else {
      return "a cédula has 4 to 10 digits; this has \(s.count) characters"
    }
    return nil
  }

  /// Compact NIT without leading zeros: the digits then the check digit or K.
  static func guatemalaNIT(_ s: [Unicode.Scalar]) -> String? {
    guard (2...12).contains(s.count), let d = digitValues(Array(s.dropLast())),
      let last = s.last, isDigit(last) || last == "K"
    else { return "a NIT has 1 to 11 digits and a check digit or K" }
    var sum = 0
    for (i, digit) in d.reversed().enumerated() { sum += (i + 2) * digit }
    let value = (11 - sum % 11) % 11
    let check: Unicode.Scalar = value == 10 ? "K" : Unicode.Scalar(UInt8(48 + value))
    return check == last ? nil : "the check digit (after the dash) does not match"
  }

  // MARK: - Helpers

  static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
  static func isUpper(_ s: Unicode.Scalar) -> Bool { ("A"..."Z").contains(s) }
  static func digitValue(_ s: Unicode.Scalar) -> Int? { isDigit(s) ? Int(s.value) - 48 : nil }

  static func digitValues(_ s: [Unicode.Scalar]) -> [Int]? {
    var values: [Int] = []
    values.reserveCapacity(s.count)
    for scalar in s {
      guard let value = digitValue(scalar) else { return nil }
      values.append(value)
    }
    return values
  }

  private static func number(_ digits: ArraySlice<Int>) -> Int { digits.reduce(0) { $0 * 10 + $1 } }

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  /// YYMMDD: a real day (February 29 for years divisible by 4; the century is
  /// unknown for an RFC, and 2000 was a leap year).
  private static func dateProblem(_ d: [Int], century: Int?) -> String? {
    let year = (century ?? 2000) + d[0] * 10 + d[1]
    let month = d[2] * 10 + d[3]
    let day = d[4] * 10 + d[5]
    guard (1...12).contains(month), day >= 1,
      day <= CalendarDate.daysIn(month: month, year: year)
    else { return "the birth date in it (YYMMDD) is not a real date" }
    return nil
  }
}
