/// What is wrong with a tax or identity number, worded in either language.
/// Never carries the number itself (tax numbers are shown masked).
public enum TaxIDProblem: TranslatableText {
  /// Something else than letters, digits and `- . /`.
  case badCharacters
  /// A Mexican number of neither an RFC's nor a CURP's length.
  case mexicanLength(Int)
  case ssnLength(Int)
  /// An area number never issued (`000`, `666`, `9xx`).
  case ssnArea(String)
  case ssnGroup
  case ssnSerial
  case ssnAdvertised
  case itinLength(Int)
  case itinStart
  /// Digits 4-5 outside the groups the IRS issues.
  case itinGroup(String)
  case rfcOfCompany
  case rfcWithoutHomoclave
  case rfcLength(Int)
  case rfcLetters
  case rfcBirthDate
  case rfcRefusedWord
  case rfcHomoclave
  /// A character outside the RFC and CURP alphabet.
  case invalidCharacter
  /// An RFC's or CURP's last character.
  case checkCharacter
  case curpLength(Int)
  case curpLetters
  case curpBirthDate
  case curpShape
  case curpRefusedWord
  case curpSex
  case curpState
  /// The date inside an RFC or CURP.
  case birthDateNotReal
  case cpfLength(Int)
  case cpfRepeatedDigit
  case cpfCheckDigits
  case cuitLength(Int)
  case cuitType
  /// A CUIT/CUIL's last digit.
  case checkDigit
  case colombiaNITShape
  /// A NIT's check digit, after the dash (Colombia, Guatemala).
  case checkDigitAfterDash
  case cedulaLength(Int)
  case guatemalaNITShape

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  private var translations: (String, String) {
    switch self {
    case .badCharacters:
      ("only letters, digits and - . / may be used", "solo se admiten letras, dígitos y - . /")
    case .mexicanLength(let count):
      (
        "a Mexican tax number is an RFC of 13 characters or a CURP of 18; this has \(count)",
        "un número fiscal mexicano es un RFC de 13 caracteres o una CURP de 18; este tiene \(count)"
      )
    case .ssnLength(let count):
      ("an SSN has 9 digits; this has \(count)", "un SSN tiene 9 dígitos; este tiene \(count)")
    case .ssnArea(let area):
      ("area number \(area) is never issued", "el número de área \(area) nunca se emite")
    case .ssnGroup: ("group number 00 is never issued", "el número de grupo 00 nunca se emite")
    case .ssnSerial: ("serial number 0000 is never issued", "el número de serie 0000 nunca se emite")
    case .ssnAdvertised:
      (
        "this is a publicly advertised sample number, voided by the SSA",
        "es un número de muestra que se publicó y la SSA anuló"
      )
    case .itinLength(let count):
      ("an ITIN has 9 digits; this has \(count)", "un ITIN tiene 9 dígitos; este tiene \(count)")
    case .itinStart: ("an ITIN starts with 9", "un ITIN empieza con 9")
    case .itinGroup(let group):
      (
        "an ITIN's digits 4-5 are 50-65, 70-88, 90-92 or 94-99; these are \(group)",
        "los dígitos 4 y 5 de un ITIN son 50-65, 70-88, 90-92 o 94-99; aquí son \(group)"
      )
    case .rfcOfCompany:
      (
        "a 12-character RFC belongs to a company; a person's RFC has 13 characters",
        "un RFC de 12 caracteres es de una empresa; el de una persona tiene 13 caracteres"
      )
    case .rfcWithoutHomoclave:
      (
        "the RFC lacks its 3-character homoclave (13 characters in all)",
        "al RFC le falta la homoclave de 3 caracteres (13 caracteres en total)"
      )
    case .rfcLength(let count):
      (
        "a person's RFC has 13 characters; this has \(count)",
        "el RFC de una persona tiene 13 caracteres; este tiene \(count)"
      )
    case .rfcLetters: ("an RFC starts with 4 letters", "un RFC empieza con 4 letras")
    case .rfcBirthDate:
      (
        "characters 5-10 of an RFC are the birth date YYMMDD",
        "los caracteres 5 a 10 de un RFC son la fecha de nacimiento AAMMDD"
      )
    case .rfcRefusedWord:
      (
        "the SAT never issues an RFC starting with these letters",
        "el SAT nunca emite un RFC que empiece con estas letras"
      )
    case .rfcHomoclave:
      (
        "the homoclave (last 3 characters) is not well formed",
        "la homoclave (los últimos 3 caracteres) está mal formada"
      )
    case .invalidCharacter: ("invalid character", "tiene un carácter no válido")
    case .checkCharacter:
      (
        "the check digit (last character) does not match",
        "el dígito verificador (último carácter) no coincide"
      )
    case .curpLength(let count):
      ("a CURP has 18 characters; this has \(count)", "una CURP tiene 18 caracteres; esta tiene \(count)")
    case .curpLetters: ("a CURP starts with 4 letters", "una CURP empieza con 4 letras")
    case .curpBirthDate:
      (
        "characters 5-10 of a CURP are the birth date YYMMDD",
        "los caracteres 5 a 10 de una CURP son la fecha de nacimiento AAMMDD"
      )
    case .curpShape:
      (
        "a CURP is 4 letters, 6 digits, 6 letters, a letter or digit and a digit",
        "una CURP tiene 4 letras, 6 dígitos, 6 letras, una letra o un dígito, y un dígito"
      )
    case .curpRefusedWord:
      (
        "RENAPO never issues a CURP starting with these letters",
        "RENAPO nunca emite una CURP que empiece con estas letras"
      )
    case .curpSex:
      ("character 11 of a CURP is H or M (the sex)", "el carácter 11 de una CURP es H o M (el sexo)")
    case .curpState:
      (
        "characters 12-13 of a CURP are not a Mexican state code",
        "los caracteres 12 y 13 de la CURP no son un código de estado de México"
      )
    case .birthDateNotReal:
      (
        "the birth date in it (YYMMDD) is not a real date",
        "la fecha de nacimiento que contiene (AAMMDD) no existe"
      )
    case .cpfLength(let count):
      ("a CPF has 11 digits; this has \(count)", "un CPF tiene 11 dígitos; este tiene \(count)")
    case .cpfRepeatedDigit:
      ("a CPF of one repeated digit is never issued", "nunca se emite un CPF de un solo dígito repetido")
    case .cpfCheckDigits:
      ("the check digits (last 2) do not match", "los dígitos verificadores (los 2 últimos) no coinciden")
    case .cuitLength(let count):
      ("a CUIT/CUIL has 11 digits; this has \(count)", "un CUIT/CUIL tiene 11 dígitos; este tiene \(count)")
    case .cuitType:
      (
        "a CUIT/CUIL starts with 20, 23, 24, 27, 30, 33 or 34",
        "un CUIT/CUIL empieza con 20, 23, 24, 27, 30, 33 o 34"
      )
    case .checkDigit:
      ("the check digit (last digit) does not match", "el dígito verificador (último dígito) no coincide")
    case .colombiaNITShape:
      ("a NIT has 7 to 15 digits and a check digit", "un NIT tiene de 7 a 15 dígitos y un dígito verificador")
    case .checkDigitAfterDash:
      (
        "the check digit (after the dash) does not match",
        "el dígito verificador (después del guion) no coincide"
      )
    case .cedulaLength(let count):
      (
        "a cédula has 4 to 10 digits; this has \(count) characters",
        "una cédula tiene de 4 a 10 dígitos; esta tiene \(count) caracteres"
      )
    case .guatemalaNITShape:
      (
        "a NIT has 1 to 11 digits and a check digit or K",
        "un NIT tiene de 1 a 11 dígitos y un dígito verificador o K"
      )
    }
  }

  public enum Kind: CaseIterable, Hashable, Sendable {
    case badCharacters, mexicanLength, ssnLength, ssnArea, ssnGroup, ssnSerial, ssnAdvertised, itinLength
    case itinStart, itinGroup, rfcOfCompany, rfcWithoutHomoclave, rfcLength, rfcLetters, rfcBirthDate
    case rfcRefusedWord, rfcHomoclave, invalidCharacter, checkCharacter, curpLength, curpLetters
    case curpBirthDate, curpShape, curpRefusedWord, curpSex, curpState, birthDateNotReal, cpfLength
    case cpfRepeatedDigit, cpfCheckDigits, cuitLength, cuitType, checkDigit, colombiaNITShape
    case checkDigitAfterDash, cedulaLength, guatemalaNITShape
  }

  public var kind: Kind {
    switch self {
    case .badCharacters: .badCharacters
    case .mexicanLength: .mexicanLength
    case .ssnLength: .ssnLength
    case .ssnArea: .ssnArea
    case .ssnGroup: .ssnGroup
    case .ssnSerial: .ssnSerial
    case .ssnAdvertised: .ssnAdvertised
    case .itinLength: .itinLength
    case .itinStart: .itinStart
    case .itinGroup: .itinGroup
    case .rfcOfCompany: .rfcOfCompany
    case .rfcWithoutHomoclave: .rfcWithoutHomoclave
    case .rfcLength: .rfcLength
    case .rfcLetters: .rfcLetters
    case .rfcBirthDate: .rfcBirthDate
    case .rfcRefusedWord: .rfcRefusedWord
    case .rfcHomoclave: .rfcHomoclave
    case .invalidCharacter: .invalidCharacter
    case .checkCharacter: .checkCharacter
    case .curpLength: .curpLength
    case .curpLetters: .curpLetters
    case .curpBirthDate: .curpBirthDate
    case .curpShape: .curpShape
    case .curpRefusedWord: .curpRefusedWord
    case .curpSex: .curpSex
    case .curpState: .curpState
    case .birthDateNotReal: .birthDateNotReal
    case .cpfLength: .cpfLength
    case .cpfRepeatedDigit: .cpfRepeatedDigit
    case .cpfCheckDigits: .cpfCheckDigits
    case .cuitLength: .cuitLength
    case .cuitType: .cuitType
    case .checkDigit: .checkDigit
    case .colombiaNITShape: .colombiaNITShape
    case .checkDigitAfterDash: .checkDigitAfterDash
    case .cedulaLength: .cedulaLength
    case .guatemalaNITShape: .guatemalaNITShape
    }
  }

  public static func example(of kind: Kind) -> TaxIDProblem {
    switch kind {
    case .badCharacters: .badCharacters
    case .mexicanLength: .mexicanLength(11)
    case .ssnLength: .ssnLength(8)
    case .ssnArea: .ssnArea("666")
    case .ssnGroup: .ssnGroup
    case .ssnSerial: .ssnSerial
    case .ssnAdvertised: .ssnAdvertised
    case .itinLength: .itinLength(10)
    case .itinStart: .itinStart
    case .itinGroup: .itinGroup("12")
    case .rfcOfCompany: .rfcOfCompany
    case .rfcWithoutHomoclave: .rfcWithoutHomoclave
    case .rfcLength: .rfcLength(14)
    case .rfcLetters: .rfcLetters
    case .rfcBirthDate: .rfcBirthDate
    case .rfcRefusedWord: .rfcRefusedWord
    case .rfcHomoclave: .rfcHomoclave
    case .invalidCharacter: .invalidCharacter
    case .checkCharacter: .checkCharacter
    case .curpLength: .curpLength(17)
    case .curpLetters: .curpLetters
    case .curpBirthDate: .curpBirthDate
    case .curpShape: .curpShape
    case .curpRefusedWord: .curpRefusedWord
    case .curpSex: .curpSex
    case .curpState: .curpState
    case .birthDateNotReal: .birthDateNotReal
    case .cpfLength: .cpfLength(10)
    case .cpfRepeatedDigit: .cpfRepeatedDigit
    case .cpfCheckDigits: .cpfCheckDigits
    case .cuitLength: .cuitLength(10)
    case .cuitType: .cuitType
    case .checkDigit: .checkDigit
    case .colombiaNITShape: .colombiaNITShape
    case .checkDigitAfterDash: .checkDigitAfterDash
    case .cedulaLength: .cedulaLength(12)
    case .guatemalaNITShape: .guatemalaNITShape
    }
  }
}
