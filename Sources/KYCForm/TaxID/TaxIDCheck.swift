/// Structure and check digits of each scheme, on the compact form (upper
/// case, no separators). Each check returns nil for a valid number, else what
/// is wrong, never echoing the number (tax numbers are shown masked).
enum TaxIDCheck {
  /// nil when `compact` is a valid number of `scheme`; else the problem.
  static func problem(_ compact: [Unicode.Scalar], as scheme: TaxIDScheme) -> TaxIDProblem? {
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

  static func ssn(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard s.count == 9, let values = digitValues(s) else { return .ssnLength(s.count) }
    let area = number(values[0..<3])
    if area == 0 || area == 666 || area >= 900 { return .ssnArea(pad(area, 3)) }
    if number(values[3..<5]) == 0 { return .ssnGroup }
    if number(values[5..<9]) == 0 { return .ssnSerial }
    if advertisedSSNs.contains(String(String.UnicodeScalarView(s))) {
      return .ssnAdvertised
    }
    return nil
  }

  /// ITIN groups the IRS issues (digits 4 and 5).
  static func isITINGroup(_ group: Int) -> Bool {
    (50...65).contains(group) || (70...88).contains(group) || (90...92).contains(group)
      || (94...99).contains(group)
  }

  static func itin(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard s.count == 9, let values = digitValues(s) else {
      return .itinLength(s.count)
    }
    guard values[0] == 9 else { return .itinStart }
    let group = number(values[3..<5])
    guard isITINGroup(group) else {
      return .itinGroup(pad(group, 2))
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

  static func rfc(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    if s.count == 12 {
      return .rfcOfCompany
    }
    if s.count == 10 { return .rfcWithoutHomoclave }
    guard s.count == 13 else { return .rfcLength(s.count) }
    guard s[0..<4].allSatisfy({ isUpper($0) || $0 == "&" || $0 == "Ñ" }) else {
      return .rfcLetters
    }
    guard let date = digitValues(Array(s[4..<10])) else {
      return .rfcBirthDate
    }
    if rfcRefusedWords.contains(String(String.UnicodeScalarView(s[0..<4]))) {
      return .rfcRefusedWord
    }
    if let problem = dateProblem(date, century: nil) { return problem }
    let homoclave = Array(s[10..<13])
    guard homoclave.allSatisfy({ isUpper($0) || isDigit($0) }), homoclave[0] != "0", homoclave[1] != "0",
      !("W"..."Z").contains(homoclave[0]), isDigit(homoclave[2]) || homoclave[2] == "A"
    else { return .rfcHomoclave }
    var sum = 0
    for (i, scalar) in s[0..<12].enumerated() {
      guard let value = mexicanAlphabet.firstIndex(of: scalar) else { return .invalidCharacter }
      sum += value * (13 - i)
    }
    let check = mexicanAlphabet[((11 - sum) % 11 + 11) % 11]
    return check == s[12] ? nil : .checkCharacter
  }

  static func curp(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard s.count == 18 else { return .curpLength(s.count) }
    guard s[0..<4].allSatisfy(isUpper) else { return .curpLetters }
    guard let date = digitValues(Array(s[4..<10])) else {
      return .curpBirthDate
    }
    guard s[10..<16].allSatisfy(isUpper), isUpper(s[16]) || isDigit(s[16]), isDigit(s[17]) else {
      return .curpShape
    }
    if curpRefusedWords.contains(String(String.UnicodeScalarView(s[0..<4]))) {
      return .curpRefusedWord
    }
    if let problem = dateProblem(date, century: isDigit(s[16]) ? 1900 : 2000) { return problem }
    guard s[10] == "H" || s[10] == "M" else { return .curpSex }
    guard curpStates.contains(String(String.UnicodeScalarView(s[11..<13]))) else {
      return .curpState
    }
    var sum = 0
    for (i, scalar) in s[0..<17].enumerated() {
      guard let value = mexicanAlphabet.firstIndex(of: scalar), value < 37 else { return .invalidCharacter }
      sum += value * (18 - i)
    }
    let check = (10 - sum % 10) % 10
    return digitValue(s[17]) == check ? nil : .checkCharacter
  }

  /// The birth date a valid CURP carries, and its sex letter (H or M).
  static func curpBirth(_ s: [Unicode.Scalar]) -> (date: CalendarDate, sex: Unicode.Scalar)? {
    guard s.count == 18, let date = digitValues(Array(s[4..<10])) else { return nil }
    let year = (isDigit(s[16]) ? 1900 : 2000) + number(date[0..<2])
    return (CalendarDate(year: year, month: number(date[2..<4]), day: number(date[4..<6])), s[10])
  }

  // MARK: - Brazil, Argentina

  static func cpf(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard s.count == 11, let d = digitValues(s) else { return .cpfLength(s.count) }
    if Set(d).count == 1 { return .cpfRepeatedDigit }
    func check(_ count: Int) -> Int {
      var sum = 0
      for i in 0..<count { sum += d[i] * (count + 1 - i) }
      return (sum * 10 % 11) % 10
    }
    return check(9) == d[9] && check(10) == d[10] ? nil : .cpfCheckDigits
  }

  static func cuit(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard s.count == 11, let d = digitValues(s) else {
      return .cuitLength(s.count)
    }
    guard [20, 23, 24, 27, 30, 33, 34].contains(number(d[0..<2])) else {
      return .cuitType
    }
    let weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    var sum = 0
    for i in 0..<10 { sum += weights[i] * d[i] }
    return cuitCheck(sum) == d[10] ? nil : .checkDigit
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
  static func colombiaNIT(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard (8...16).contains(s.count), let d = digitValues(s) else {
      return .colombiaNITShape
    }
    let weights = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
    var sum = 0
    for (i, digit) in d.dropLast().reversed().enumerated() { sum += weights[i] * digit }
    let check = [0, 1, 9, 8, 7, 6, 5, 4, 3, 2, 1][sum % 11]
    return check == d[d.count - 1] ? nil : .checkDigitAfterDash
  }

  static func cedula(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard (4...10).contains(s.count), digitValues(s) != nil else {
      return .cedulaLength(s.count)
    }
    return nil
  }

  /// Compact NIT without leading zeros: the digits then the check digit or K.
  static func guatemalaNIT(_ s: [Unicode.Scalar]) -> TaxIDProblem? {
    guard (2...12).contains(s.count), let d = digitValues(Array(s.dropLast())),
      let last = s.last, isDigit(last) || last == "K"
    else { return .guatemalaNITShape }
    var sum = 0
    for (i, digit) in d.reversed().enumerated() { sum += (i + 2) * digit }
    let value = (11 - sum % 11) % 11
    let check: Unicode.Scalar = value == 10 ? "K" : Unicode.Scalar(UInt8(48 + value))
    return check == last ? nil : .checkDigitAfterDash
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
  private static func dateProblem(_ d: [Int], century: Int?) -> TaxIDProblem? {
    let year = (century ?? 2000) + d[0] * 10 + d[1]
    let month = d[2] * 10 + d[3]
    let day = d[4] * 10 + d[5]
    guard (1...12).contains(month), day >= 1,
      day <= CalendarDate.daysIn(month: month, year: year)
    else { return .birthDateNotReal }
    return nil
  }
}
