/// Every finding of the form's validation as a value with its arguments,
/// turned into words at one place (`text(in:)`) in either language: a rule's
/// failure, a required field left empty, a readiness reminder, an unknown
/// key. Each case returns both translations side by side, so a missing one
/// does not compile. Labels come as `BilingualText`, so each language names
/// the field in its own words.
public enum RuleMessage: TranslatableText {
  // MARK: Text
  /// A control character (`noControlCharacters`).
  case controlCharacter(label: BilingualText, scalar: Unicode.Scalar)
  /// A control, invisible or formatting character (`cleanText`).
  case hiddenCharacter(label: BilingualText, scalar: Unicode.Scalar)
  /// More UTF-8 bytes than 4 × the limit (combining marks piled on letters).
  case tooManyBytes(label: BilingualText, limit: Int, bytes: Int, characters: Int)
  case tooLong(label: BilingualText, limit: Int, actual: Int)
  /// A name without any letter.
  case noLetter(label: BilingualText, value: String)

  // MARK: Dates
  /// Not of the shape `YYYY-MM-DD`.
  case notADate(label: BilingualText, value: String)
  /// The right shape but no such day (`1990-02-31`).
  case notACalendarDate(label: BilingualText, value: String)
  case dateInFuture(label: BilingualText, value: String)
  case dateBefore1900(label: BilingualText, value: String)
  case tooYoung(minimumAge: Int, birthDate: String, age: Int)
  case documentExpired(label: BilingualText, value: String, today: CalendarDate)
  case expirationTooFar(label: BilingualText, value: String, years: Int, latest: CalendarDate)

  // MARK: Countries
  /// A country typed by name or alpha-2 where its alpha-3 code is wanted.
  case countryNotCode(label: BilingualText, value: String, country: Country)
  case ambiguousCountry(label: BilingualText, value: String, matches: [Country])
  case unknownCountry(label: BilingualText, value: String, suggestions: [Country])
  /// A country on Kira's restricted list (alpha-3 `code`).
  case restrictedCountry(label: BilingualText, code: String)

  // MARK: Contact
  case invalidEmail(label: BilingualText, value: String, problem: EmailProblem)
  case phone(label: BilingualText, problem: PhoneNumberProblem)
  /// A valid number of a kind that is not a person's own line (toll free...).
  case phoneNotPersonal(label: BilingualText, number: PhoneNumber)

  // MARK: Choices and links
  case notAnOption(label: BilingualText, value: String, allowed: [String])
  case notAnAbsoluteURL(label: BilingualText, value: String)
  case insecureURL(label: BilingualText, value: String)
  case notHTTPS(label: BilingualText, scheme: String)

  // MARK: Documents
  /// Not 3 to 30 letters or digits.
  case documentNumberShape(label: BilingualText)
  /// Not the issuing country's layout for the document type (`MEX`, `passport`).
  case documentNumberFormat(label: BilingualText, country: String, documentType: String)
  case documentFile(label: BilingualText, problem: FileProblem)
  case filesOverBudget(label: BilingualText, budget: DocumentBudget)
  case metadata(label: BilingualText, problem: MetadataProblem)

  // MARK: Address
  /// A subdivision typed by name where its code is wanted.
  case stateNotCode(label: BilingualText, value: String, code: String, country: String)
  case ambiguousState(label: BilingualText, value: String, country: String, matches: [Subdivision])
  /// Not one of the country's subdivisions; `refused` when the list is strict
  /// (else the value is sent as typed).
  case unknownState(
    label: BilingualText, value: String, country: String, fromKira: Bool, count: Int, examples: [Subdivision],
    refused: Bool)
  /// A postcode one digit short whose leading zero makes it valid (`6600` -> `06600`).
  case postcodeLostZero(label: BilingualText, value: String, country: String, fixed: String)
  case invalidPostcode(label: BilingualText, value: String, country: String)
  /// A valid postcode outside the state's prefixes.
  case postcodeNotInState(label: BilingualText, postcode: String, state: Subdivision, country: String)

  // MARK: Tax ID
  /// Not 4 to 30 letters or digits (a country whose numbers are not checked).
  case taxIDShape(label: BilingualText)
  /// A number valid for another country's scheme; `listsExpected` adds the
  /// formats of the tax country.
  case taxIDOtherCountry(
    label: BilingualText, looksLike: TaxIDScheme, taxCountry: String, listsExpected: Bool)
  /// A problem that fits none of the country's schemes.
  case taxIDProblem(label: BilingualText, problem: TaxIDProblem)
  /// Read as `scheme` of the tax country, and not valid.
  case taxIDInvalid(label: BilingualText, scheme: TaxIDScheme, taxCountry: String, problem: TaxIDProblem)
  case curpBirthDateMismatch(
    label: BilingualText, curpDate: CalendarDate, birthLabel: BilingualText, birthDate: CalendarDate)
  /// The CURP's sex letter (H or M) against the form's gender (`male`, `female`).
  case curpGenderMismatch(label: BilingualText, sex: Character, gender: String)

  // MARK: The form
  /// Empty, and required; `condition` says when ("for an address in Mexico...").
  case required(label: BilingualText, condition: BilingualText?)
  /// Only spaces, and required.
  case blank(label: BilingualText, condition: BilingualText?)
  /// Empty, and Kira needs it to verify the customer.
  case missingForKYC(label: BilingualText)
  /// A value in a field these answers hide (it is left out).
  case notApplicable(label: BilingualText, field: FieldID)
  /// An `ssn` item loaded for an address outside the USA (`addressCountry` "" when not given).
  case ssnOutsideUSA(addressCountry: String)
  /// A readiness item the base product lacks: `incomplete` for an item of
  /// several fields (`label` is then the item's).
  case readinessMissing(label: BilingualText, incomplete: Bool, category: KYCReadiness.Category)
  /// A key of a loaded body that Kira does not document, with the closest Kira key.
  case unknownKey(key: String, suggestion: String?)
  /// Text given as it is (a rule made outside the catalogue, from English alone).
  case custom(BilingualText)

  /// The words in `language`.
  public func text(in language: OperatorLanguage) -> String {
    let (english, spanish) = translations
    return language == .spanish ? spanish : english
  }

  /// The words in both languages.
  var bilingual: BilingualText {
    let (english, spanish) = translations
    return BilingualText(english: english, spanish: spanish)
  }

  private var translations: (String, String) {
    switch self {
    case .controlCharacter(let label, let scalar):
      return (
        "\(label.english) must not contain control characters (found \(CleanText.codePoint(scalar)))",
        "\(label.spanish) no debe contener caracteres de control (se encontró \(CleanText.codePoint(scalar)))"
      )
    case .hiddenCharacter(let label, let scalar):
      let control = scalar.properties.generalCategory == .control
      let found = CleanText.codePoint(scalar)
      return (
        "\(label.english) must not contain \(control ? "control" : "invisible or formatting") characters "
          + "(found \(found), \(CleanText.name(of: scalar)))",
        "\(label.spanish) no debe contener caracteres \(control ? "de control" : "invisibles ni de formato") "
          + "(se encontró \(found), \(CleanText.name(of: scalar, in: .spanish)))"
      )
    case .tooManyBytes(let label, let limit, let bytes, let characters):
      return (
        "\(label.english) must be at most \(4 * limit) bytes of UTF-8 (has \(bytes) in "
          + "\(characters) characters: too many combining marks?)",
        "\(label.spanish) debe ocupar como máximo \(4 * limit) bytes en UTF-8 (ocupa \(bytes) en "
          + "\(characters) caracteres: ¿demasiados signos diacríticos combinados?)"
      )
    case .tooLong(let label, let limit, let actual):
      return (
        "\(label.english) must be at most \(limit) characters (has \(actual))",
        "\(label.spanish) debe tener como máximo \(limit) caracteres (tiene \(actual))"
      )
    case .noLetter(let label, let value):
      return (
        "\(label.english) must contain at least one letter, got \"\(value)\"",
        "\(label.spanish) debe contener al menos una letra; se ingresó \"\(value)\""
      )

    case .notADate(let label, let value):
      return (
        "\(label.english) must be YYYY-MM-DD (e.g. 1990-05-15), got \"\(value)\"",
        "\(label.spanish) debe tener el formato AAAA-MM-DD (p. ej., 1990-05-15); se ingresó \"\(value)\""
      )
    case .notACalendarDate(let label, let value):
      return (
        "\(label.english) \(value) is not a real calendar date",
        "\(label.spanish): la fecha \(value) no existe en el calendario"
      )
    case .dateInFuture(let label, let value):
      return ("\(label.english) \(value) is in the future", "\(label.spanish): \(value) es una fecha futura")
    case .dateBefore1900(let label, let value):
      return ("\(label.english) \(value) is before 1900", "\(label.spanish): \(value) es anterior a 1900")
    case .tooYoung(let minimum, let born, let age):
      return (
        "the customer must be at least \(minimum) years old (born \(born), age \(age))",
        "el cliente debe tener al menos \(minimum) años (nació el \(born); tiene \(age))"
      )
    case .documentExpired(let label, let value, let today):
      return (
        "\(label.english) \(value) is not in the future: the document has expired (today is \(today))",
        "\(label.spanish): \(value) no es una fecha futura: el documento está vencido (hoy es \(today))"
      )
    case .expirationTooFar(let label, let value, let years, let latest):
      return (
        "\(label.english) \(value) is more than \(years) years ahead (latest \(latest)): "
          + "no ID is valid that long; check the year",
        "\(label.spanish): \(value) está a más de \(years) años en el futuro (como máximo \(latest)): "
          + "ninguna identificación tiene una vigencia tan larga; revise el año"
      )

    case .countryNotCode(let label, let value, let country):
      return (
        "\(label.english) must be a 3-letter ISO code: use \(country.alpha3) for \"\(value)\"",
        "\(label.spanish) debe ser un código ISO de 3 letras: use \(country.alpha3) para \"\(value)\""
      )
    case .ambiguousCountry(let label, let value, let matches):
      // `displayName` is the Spanish name in both languages: what operators read in pickers.
      let names = matches.map(\.displayName).joined(separator: ", ")
      return (
        "\(label.english) \"\(value)\" matches several countries (\(names)); type the 3-letter code",
        "\(label.spanish): \"\(value)\" corresponde a varios países (\(names)); escriba el código de 3 letras"
      )
    case .unknownCountry(let label, let value, let suggestions):
      let hint = suggestions.map(\.displayName).joined(separator: ", ")
      return (
        "\(label.english) \"\(value)\" is not an ISO 3166-1 alpha-3 country code"
          + (hint.isEmpty ? "" : "; did you mean \(hint)?"),
        "\(label.spanish): \"\(value)\" no es un código de país ISO 3166-1 alfa-3"
          + (hint.isEmpty ? "" : "; ¿quiso decir \(hint)?")
      )
    case .restrictedCountry(let label, let code):
      let name = Countries.byAlpha3(code)?.displayName ?? code
      return (
        "\(label.english) \(name) is on Kira's restricted-country list; the user will likely be rejected",
        "\(label.spanish): \(name) está en la lista de países restringidos de Kira; es probable que el "
          + "usuario sea rechazado"
      )

    case .invalidEmail(let label, let value, let problem):
      return (
        "\(label.english) \"\(value)\" is not a valid email address: \(problem.text(in: .english))",
        "\(label.spanish): \"\(value)\" no es un correo electrónico válido: \(problem.text(in: .spanish))"
      )
    case .phone(let label, let problem):
      return (
        problem.message(label: label.english, in: .english),
        problem.message(label: label.spanish, in: .spanish)
      )
    case .phoneNotPersonal(let label, let number):
      return (
        "\(label.english) \(number.international) is a \(number.type.displayName) number in "
          + "\(number.regionName), not a customer's own line: Kira's verification messages may not reach it",
        "\(label.spanish): \(number.international) es un número \(number.type.spanishNumberPhrase) en "
          + "\(number.regionName(in: .spanish)), no la línea propia de un cliente: es posible que los mensajes "
          + "de verificación de Kira no le lleguen"
      )

    case .notAnOption(let label, let value, let allowed):
      let list = allowed.joined(separator: ", ")
      return (
        "\(label.english) must be one of: \(list); got \"\(value)\"",
        "\(label.spanish) debe ser uno de estos valores: \(list); se ingresó \"\(value)\""
      )
    case .notAnAbsoluteURL(let label, let value):
      return (
        "\(label.english) must be an absolute URL such as https://example.com/done, got \"\(value)\"",
        "\(label.spanish) debe ser una URL absoluta, como https://example.com/done; se ingresó \"\(value)\""
      )
    case .insecureURL(let label, let value):
      return (
        "\(label.english) must use https (http only for localhost): \(value)",
        "\(label.spanish) debe usar https (http solo para localhost): \(value)"
      )
    case .notHTTPS(let label, let scheme):
      return (
        "\(label.english) must be an https URL, got scheme \(scheme)",
        "\(label.spanish) debe ser una URL https; el esquema es \(scheme)"
      )

    case .documentNumberShape(let label):
      return (
        "\(label.english) must be 3 to 30 letters or digits (- and spaces allowed)",
        "\(label.spanish) debe tener de 3 a 30 letras o dígitos (se permiten - y espacios)"
      )
    case .documentNumberFormat(let label, let country, let type):
      let known = Countries.byAlpha3(country)
      let option = KYCOptions.documentType.first { $0.value == type }
      let formats = DocumentNumberFormats.formats(country: country, type: type) ?? []
      return (
        "\(label.english) does not fit \(known?.englishName ?? country)'s \(option?.label ?? type) numbers: "
          + "expected \(DocumentNumberFormats.expected(formats, in: .english))",
        "\(label.spanish) no tiene el formato de \(option?.label(in: .spanish) ?? type) de "
          + "\(known?.spanishName ?? country): se espera \(DocumentNumberFormats.expected(formats, in: .spanish))"
      )
    case .documentFile(let label, let problem):
      return (
        "\(label.english): \(problem.text(in: .english))", "\(label.spanish): \(problem.text(in: .spanish))"
      )
    case .filesOverBudget(let label, let budget):
      return (
        "\(label.english): \(budget.overMessage(in: .english) ?? "")",
        "\(label.spanish): \(budget.overMessage(in: .spanish) ?? "")"
      )
    case .metadata(let label, let problem):
      return (
        "\(label.english): \(problem.text(in: .english))", "\(label.spanish): \(problem.text(in: .spanish))"
      )

    case .stateNotCode(let label, let value, let code, let country):
      let type = Self.subdivisionType(country)
      return (
        "\(label.english) must be the \(type) code: use \(code) for \"\(value)\"",
        "\(label.spanish) debe ser el código de \(SpanishSubdivisionKind(type).singular): "
          + "use \(code) para \"\(value)\""
      )
    case .ambiguousState(let label, let value, let country, let matches):
      let type = Self.subdivisionType(country)
      let spanishType = SpanishSubdivisionKind(type)
      let known = Countries.byAlpha3(country)
      let names = matches.map(\.displayName).joined(separator: ", ")
      return (
        "\(label.english) \"\(value)\" matches several \(type)s of \(known?.englishName ?? country) (\(names)); "
          + "type the code",
        "\(label.spanish): \"\(value)\" corresponde a \(spanishType.several) \(spanishType.plural) de "
          + "\(known?.spanishName ?? country) (\(names)); escriba el código"
      )
    case .unknownState(let label, let value, let country, let fromKira, let count, let examples, let refused):
      let type = Self.subdivisionType(country)
      let spanishType = SpanishSubdivisionKind(type)
      let known = Countries.byAlpha3(country)
      let shown = examples.map { "\($0.code) (\($0.localName))" }.joined(separator: ", ")
      return (
        "\(label.english) \"\(value)\" is not \(FieldRule.article(type)) \(type) of "
          + "\(known?.englishName ?? country) in \(fromKira ? "Kira's list" : "the address data") "
          + "(\(count) \(type)s, a code or a name, e.g. \(shown))" + (refused ? "" : "; it is sent as typed"),
        "\(label.spanish): \"\(value)\" no es \(spanishType.article) \(spanishType.singular) de "
          + "\(known?.spanishName ?? country) según \(fromKira ? "la lista de Kira" : "los datos de direcciones") "
          + "(\(count) \(spanishType.plural): un código o un nombre, p. ej., \(shown))"
          + (refused ? "" : "; se enviará tal como se escribió")
      )
    case .postcodeLostZero(let label, let value, let country, let fixed):
      return (
        "\(label.english) \"\(value)\": \(Postcodes.pluralName(for: country)) have "
          + "\(fixed.count) digits: did a leading zero get lost? (\(fixed)?)",
        "\(label.spanish) \"\(value)\": \(Postcodes.spanishPluralName(for: country)) tienen "
          + "\(fixed.count) dígitos; ¿se perdió un cero inicial? (¿\(fixed)?)"
      )
    case .invalidPostcode(let label, let value, let country):
      let rules = AddressData.rules(for: country)
      return (
        "\(label.english) \"\(value)\" is not \(Postcodes.singularName(for: country)): "
          + "expected \(rules.map { Postcodes.expected($0, in: .english) } ?? "")",
        "\(label.spanish): \"\(value)\" no es \(Postcodes.spanishSingularName(for: country)): "
          + "se espera \(rules.map { Postcodes.expected($0, in: .spanish) } ?? "")"
      )
    case .postcodeNotInState(let label, let postcode, let state, let country):
      let usa = country == "USA"
      let prefixes = Postcodes.describePrefix(state.postcodePrefixSource ?? "")
      return (
        "\(label.english) \(postcode) is not in \(state.localName) (\(state.code)): "
          + "\(usa ? "its ZIP codes" : "its postcodes") start with \(prefixes)"
          + (usa ? "" : "; check the state and the postcode"),
        "\(label.spanish): \(postcode) no corresponde a \(state.localName) (\(state.code)): "
          + "\(usa ? "sus códigos ZIP" : "sus códigos postales") empiezan con \(prefixes)"
          + (usa ? "" : "; revise el estado y el código postal")
      )

    case .taxIDShape(let label):
      return (
        "\(label.english) must be 4 to 30 letters or digits (- . / allowed)",
        "\(label.spanish) debe tener de 4 a 30 letras o dígitos (se permiten - . /)"
      )
    case .taxIDOtherCountry(let label, let scheme, let country, let listsExpected):
      let expected = FieldRule.expectedFormats(of: country)
      return (
        "\(label.english): this looks like \(scheme.described); the tax country is "
          + Self.taxCountryName(country, in: .english)
          + (listsExpected ? " (expected \(expected.english))" : ""),
        "\(label.spanish): parece \(scheme.described(in: .spanish)); el país fiscal es "
          + Self.taxCountryName(country, in: .spanish)
          + (listsExpected ? " (se espera \(expected.spanish))" : "")
      )
    case .taxIDProblem(let label, let problem):
      return (
        "\(label.english): \(problem.text(in: .english))", "\(label.spanish): \(problem.text(in: .spanish))"
      )
    case .taxIDInvalid(let label, let scheme, let country, let problem):
      let schemes = TaxNumber.schemes(of: country)
      return (
        "\(label.english) is not \(schemes.map(\.described).joined(separator: " or ")): "
          + "\(problem.text(in: .english)) (expected \(scheme.expectedFormat))",
        "\(label.spanish) no es \(schemes.map { $0.described(in: .spanish) }.joined(separator: " ni ")): "
          + "\(problem.text(in: .spanish)) (se espera \(scheme.expectedFormat(in: .spanish)))"
      )
    case .curpBirthDateMismatch(let label, let curpDate, let birthLabel, let birthDate):
      return (
        "\(label.english): the CURP gives the birth date \(curpDate), but \(birthLabel.english) is \(birthDate)",
        "\(label.spanish): la CURP indica la fecha de nacimiento \(curpDate), pero en "
          + "\(birthLabel.spanish) figura \(birthDate)"
      )
    case .curpGenderMismatch(let label, let sex, let gender):
      let curpGender = sex == "H" ? "male" : "female"
      let spanish = { (value: String) in
        KYCOptions.gender.first { $0.value == value }?.label(in: .spanish) ?? value
      }
      return (
        "\(label.english): the CURP gives the sex \(sex) (\(curpGender)), but Gender is \(gender)",
        "\(label.spanish): la CURP indica el sexo \(sex) (\(spanish(curpGender).lowercased())), pero en "
          + "Género figura \(spanish(gender))"
      )

    case .required(let label, let condition):
      return (
        "\(label.english) is required\(condition.map { " " + $0.english } ?? "")",
        "\(label.spanish) es un dato obligatorio\(condition.map { " " + $0.spanish } ?? "")"
      )
    case .blank(let label, let condition):
      return (
        "\(label.english) is required\(condition.map { " " + $0.english } ?? "") and cannot be only spaces",
        "\(label.spanish) es un dato obligatorio\(condition.map { " " + $0.spanish } ?? "") y no puede "
          + "tener solo espacios"
      )
    case .missingForKYC(let label):
      return (
        "\(label.english) is not given: Kira needs it to verify this customer "
          + "(the user is created but stays unverified)",
        "Falta \(label.spanish): Kira necesita este dato para verificar a este cliente "
          + "(el usuario se crea, pero queda sin verificar)"
      )
    case .notApplicable(let label, let field):
      return Self.notApplicable(label, field)
    case .ssnOutsideUSA(let country):
      return (
        "an SSN is only sent for a USA address (address_country is \(country.isEmpty ? "not given" : country)); "
          + "enter the tax ID of the country of residence instead",
        "un SSN solo se envía para un domicilio en EE. UU. (address_country es "
          + "\(country.isEmpty ? "no indicado" : country)); ingrese en su lugar la identificación fiscal "
          + "del país de residencia"
      )
    case .readinessMissing(let label, let incomplete, let category):
      return (
        (incomplete ? "The \(label.english) is not complete" : "\(label.english) is not given")
          + ": Kira needs it to verify \(category.customerName) (the user is created but stays unverified)",
        (incomplete
          ? "Faltan datos de \(label.spanish): Kira los necesita"
          : "Falta \(label.spanish): Kira necesita este dato")
          + " para verificar a \(category.customerName(in: .spanish)) (el usuario se crea, pero queda sin verificar)"
      )
    case .unknownKey(let key, let suggestion):
      return (
        "`\(key)` is not a Kira field\(suggestion.map { "; did you mean `\($0)`?" } ?? "") "
          + "(it would be sent, and Kira would ignore it)",
        "`\(key)` no es un campo de Kira\(suggestion.map { "; ¿quiso decir `\($0)`?" } ?? "") "
          + "(se enviaría y Kira lo ignoraría)"
      )
    case .custom(let text):
      return (text.english, text.spanish)
    }
  }

  /// What the address country calls its subdivisions (`state`, `province`).
  private static func subdivisionType(_ country: String) -> String {
    AddressData.rules(for: country)?.subdivisionType ?? "subdivision"
  }

  /// The tax country for messages: its name, else the code, else "not given".
  private static func taxCountryName(_ country: String, in language: OperatorLanguage) -> String {
    if let known = Countries.byAlpha3(country) { return known.name(in: language) }
    return country.isEmpty ? language.pick("not given", "no indicado") : country
  }

  private static func notApplicable(_ label: BilingualText, _ field: FieldID) -> (String, String) {
    switch field {
    case .redirectURI:
      (
        "\(label.english) is only used when verification_mode is verification_link; it will be left out",
        "\(label.spanish) solo se usa cuando verification_mode es verification_link; no se enviará"
      )
    case .currentEmployer:
      (
        "\(label.english) is only sent when employment_status is employed; it will be left out",
        "\(label.spanish) solo se envía cuando employment_status es employed; no se enviará"
      )
    case .documentBackImage:
      (
        "\(label.english) is only sent for two-sided documents (every type but passport and visa); "
          + "it will be left out",
        "\(label.spanish) solo se envía para documentos de dos caras (todos los tipos salvo pasaporte y visa); "
          + "no se enviará"
      )
    default:
      (
        "\(label.english) does not apply to these answers; it will be left out",
        "\(label.spanish) no corresponde con estas respuestas; no se enviará"
      )
    }
  }

  // MARK: - Cases and examples

  /// The cases, without their arguments.
  public enum Kind: String, CaseIterable, Hashable, Sendable {
    case controlCharacter, hiddenCharacter, tooManyBytes, tooLong, noLetter
    case notADate, notACalendarDate, dateInFuture, dateBefore1900, tooYoung, documentExpired, expirationTooFar
    case countryNotCode, ambiguousCountry, unknownCountry, restrictedCountry
    case invalidEmail, phone, phoneNotPersonal
    case notAnOption, notAnAbsoluteURL, insecureURL, notHTTPS
    case documentNumberShape, documentNumberFormat, documentFile, filesOverBudget, metadata
    case stateNotCode, ambiguousState, unknownState, postcodeLostZero, invalidPostcode, postcodeNotInState
    case taxIDShape, taxIDOtherCountry, taxIDProblem, taxIDInvalid, curpBirthDateMismatch, curpGenderMismatch
    case required, blank, missingForKYC, notApplicable, ssnOutsideUSA, readinessMissing, unknownKey, custom
  }

  /// Which case this is.
  public var kind: Kind {
    switch self {
    case .controlCharacter: .controlCharacter
    case .hiddenCharacter: .hiddenCharacter
    case .tooManyBytes: .tooManyBytes
    case .tooLong: .tooLong
    case .noLetter: .noLetter
    case .notADate: .notADate
    case .notACalendarDate: .notACalendarDate
    case .dateInFuture: .dateInFuture
    case .dateBefore1900: .dateBefore1900
    case .tooYoung: .tooYoung
    case .documentExpired: .documentExpired
    case .expirationTooFar: .expirationTooFar
    case .countryNotCode: .countryNotCode
    case .ambiguousCountry: .ambiguousCountry
    case .unknownCountry: .unknownCountry
    case .restrictedCountry: .restrictedCountry
    case .invalidEmail: .invalidEmail
    case .phone: .phone
    case .phoneNotPersonal: .phoneNotPersonal
    case .notAnOption: .notAnOption
    case .notAnAbsoluteURL: .notAnAbsoluteURL
    case .insecureURL: .insecureURL
    case .notHTTPS: .notHTTPS
    case .documentNumberShape: .documentNumberShape
    case .documentNumberFormat: .documentNumberFormat
    case .documentFile: .documentFile
    case .filesOverBudget: .filesOverBudget
    case .metadata: .metadata
    case .stateNotCode: .stateNotCode
    case .ambiguousState: .ambiguousState
    case .unknownState: .unknownState
    case .postcodeLostZero: .postcodeLostZero
    case .invalidPostcode: .invalidPostcode
    case .postcodeNotInState: .postcodeNotInState
    case .taxIDShape: .taxIDShape
    case .taxIDOtherCountry: .taxIDOtherCountry
    case .taxIDProblem: .taxIDProblem
    case .taxIDInvalid: .taxIDInvalid
    case .curpBirthDateMismatch: .curpBirthDateMismatch
    case .curpGenderMismatch: .curpGenderMismatch
    case .required: .required
    case .blank: .blank
    case .missingForKYC: .missingForKYC
    case .notApplicable: .notApplicable
    case .ssnOutsideUSA: .ssnOutsideUSA
    case .readinessMissing: .readinessMissing
    case .unknownKey: .unknownKey
    case .custom: .custom
    }
  }

  /// One example of every case, in `Kind` order: the strings-table test reads them.
  public static let examples: [RuleMessage] = Kind.allCases.map(example(of:))

  /// One message of `kind`, with arguments as the form would give them.
  public static func example(of kind: Kind) -> RuleMessage {
    let street = BilingualText(english: "Street", spanish: "Calle")
    let birth = BilingualText(english: "Date of birth", spanish: "Fecha de nacimiento")
    let expiration = BilingualText(english: "Expiration date", spanish: "Fecha de vencimiento")
    let country = BilingualText(english: "Nationality", spanish: "Nacionalidad")
    let state = BilingualText(english: "State", spanish: "Estado")
    let postcode = BilingualText(english: "Postal code", spanish: "Código postal")
    let tax = BilingualText(english: "Tax ID", spanish: "Identificación fiscal")
    let phone = BilingualText(english: "Phone", spanish: "Teléfono")
    let front = BilingualText(english: "Front image", spanish: "Imagen del frente")
    let jalisco = Subdivision(code: "JAL", localName: "Jalisco")
    let california = SubdivisionCatalog.embedded.subdivisions(of: "USA").first { $0.code == "CA" } ?? jalisco
    let mexico = Countries.byAlpha3("MEX")!
    switch kind {
    case .controlCharacter: return .controlCharacter(label: phone, scalar: "\u{07}")
    case .hiddenCharacter: return .hiddenCharacter(label: street, scalar: "\u{200B}")
    case .tooManyBytes: return .tooManyBytes(label: street, limit: 70, bytes: 300, characters: 12)
    case .tooLong: return .tooLong(label: street, limit: 70, actual: 74)
    case .noLetter:
      return .noLetter(label: BilingualText(english: "First name", spanish: "Nombre"), value: "12345")
    case .notADate: return .notADate(label: birth, value: "15/05/90")
    case .notACalendarDate: return .notACalendarDate(label: birth, value: "1990-02-31")
    case .dateInFuture: return .dateInFuture(label: birth, value: "2027-01-01")
    case .dateBefore1900: return .dateBefore1900(label: birth, value: "1899-12-31")
    case .tooYoung: return .tooYoung(minimumAge: 18, birthDate: "2010-01-01", age: 16)
    case .documentExpired:
      return .documentExpired(
        label: expiration, value: "2020-01-01", today: CalendarDate(year: 2026, month: 6, day: 15))
    case .expirationTooFar:
      return .expirationTooFar(
        label: expiration, value: "2203-01-01", years: 20, latest: CalendarDate(year: 2046, month: 6, day: 15)
      )
    case .countryNotCode: return .countryNotCode(label: country, value: "Mexico", country: mexico)
    case .ambiguousCountry:
      return .ambiguousCountry(
        label: country, value: "United", matches: Array(Countries.search("united").prefix(3)))
    case .unknownCountry:
      return .unknownCountry(label: country, value: "MXE", suggestions: Countries.suggestions(for: "MXE"))
    case .restrictedCountry: return .restrictedCountry(label: country, code: "CUB")
    case .invalidEmail:
      return .invalidEmail(
        label: BilingualText(english: "Email", spanish: "Correo electrónico"), value: "maria@",
        problem: .nothingAfterAt)
    case .phone: return .phone(label: phone, problem: .misplacedPlus)
    case .phoneNotPersonal:
      guard case .success(let number) = PhoneNumberParser.parse("+52 800 123 4567", defaultRegion: nil) else {
        return .phone(label: phone, problem: .notANumber)
      }
      return .phoneNotPersonal(label: phone, number: number)
    case .notAnOption:
      return .notAnOption(
        label: BilingualText(english: "Gender", spanish: "Género"), value: "x",
        allowed: ["male", "female", "other"])
    case .notAnAbsoluteURL:
      return .notAnAbsoluteURL(
        label: BilingualText(english: "Redirect URL", spanish: "URL de redirección"), value: "/done")
    case .insecureURL:
      return .insecureURL(
        label: BilingualText(english: "Redirect URL", spanish: "URL de redirección"),
        value: "http://example.com")
    case .notHTTPS:
      return .notHTTPS(
        label: BilingualText(english: "Redirect URL", spanish: "URL de redirección"), scheme: "ftp")
    case .documentNumberShape:
      return .documentNumberShape(
        label: BilingualText(english: "Document number", spanish: "Número de documento"))
    case .documentNumberFormat:
      return .documentNumberFormat(
        label: BilingualText(english: "Document number", spanish: "Número de documento"), country: "MEX",
        documentType: "national_id")
    case .documentFile: return .documentFile(label: front, problem: .notFound("/docs/ine.jpg"))
    case .filesOverBudget:
      let files = [
        DocumentBudget.File(
          field: .documentFrontImage, shownAs: "/docs/front.jpg", byteCount: 5_000_000,
          encodedCount: DocumentBudget.encodedCount(byteCount: 5_000_000, mime: "image/jpeg")),
        DocumentBudget.File(
          field: .documentBackImage, shownAs: "/docs/back.jpg", byteCount: 3_000_000,
          encodedCount: DocumentBudget.encodedCount(byteCount: 3_000_000, mime: "image/jpeg")),
      ]
      return .filesOverBudget(label: front, budget: DocumentBudget(files: files))
    case .metadata:
      return .metadata(
        label: BilingualText(english: "Metadata", spanish: "Metadatos"), problem: .duplicateKey("a"))
    case .stateNotCode: return .stateNotCode(label: state, value: "Jalisco", code: "JAL", country: "MEX")
    case .ambiguousState:
      return .ambiguousState(
        label: state, value: "Buenos Aires", country: "ARG",
        matches: [
          Subdivision(code: "B", localName: "Buenos Aires"),
          Subdivision(code: "C", localName: "Buenos Aires"),
        ])
    case .unknownState:
      return .unknownState(
        label: state, value: "California", country: "MEX", fromKira: false, count: 32,
        examples: Array(SubdivisionCatalog.embedded.subdivisions(of: "MEX").prefix(2)), refused: true)
    case .postcodeLostZero:
      return .postcodeLostZero(label: postcode, value: "6600", country: "MEX", fixed: "06600")
    case .invalidPostcode: return .invalidPostcode(label: postcode, value: "0660", country: "MEX")
    case .postcodeNotInState:
      return .postcodeNotInState(label: postcode, postcode: "10001", state: california, country: "USA")
    case .taxIDShape: return .taxIDShape(label: tax)
    case .taxIDOtherCountry:
      return .taxIDOtherCountry(label: tax, looksLike: .cpf, taxCountry: "MEX", listsExpected: true)
    case .taxIDProblem: return .taxIDProblem(label: tax, problem: .mexicanLength(11))
    case .taxIDInvalid:
      return .taxIDInvalid(label: tax, scheme: .curp, taxCountry: "MEX", problem: .checkCharacter)
    case .curpBirthDateMismatch:
      return .curpBirthDateMismatch(
        label: tax, curpDate: CalendarDate(year: 1956, month: 12, day: 31), birthLabel: birth,
        birthDate: CalendarDate(year: 1990, month: 5, day: 15))
    case .curpGenderMismatch: return .curpGenderMismatch(label: tax, sex: "H", gender: "female")
    case .required:
      return .required(
        label: street,
        condition: BilingualText(
          english: "for an address in Mexico (its addresses need street, city, state and postcode)",
          spanish:
            "para un domicilio en México (sus domicilios requieren calle, ciudad, estado y código postal)"))
    case .blank: return .blank(label: BilingualText(english: "First name", spanish: "Nombre"), condition: nil)
    case .missingForKYC: return .missingForKYC(label: phone)
    case .notApplicable:
      return .notApplicable(
        label: BilingualText(english: "Current employer", spanish: "Empleador actual"),
        field: .currentEmployer)
    case .ssnOutsideUSA: return .ssnOutsideUSA(addressCountry: "MEX")
    case .readinessMissing:
      return .readinessMissing(
        label: BilingualText(
          english: "ID document with its front image", spanish: "identificación oficial con imagen del frente"
        ),
        incomplete: true, category: .usa)
    case .unknownKey: return .unknownKey(key: "frist_name", suggestion: "first_name")
    case .custom:
      return .custom(BilingualText(english: "the record is locked", spanish: "el registro está bloqueado"))
    }
  }
}
