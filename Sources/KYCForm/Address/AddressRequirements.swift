/// Which address fields an address needs, by its country (Google's address
/// data): a Mexican address needs street, city, state and postcode, a
/// Colombian one street and state. Nothing is required before the address
/// country is given.
enum AddressRequirements {
  /// The fields the address country's addresses need; empty with no country.
  static func fields(in values: FormValues) -> Set<AddressField> {
    let country = Normalizers.country(values[.addressCountry].trimmedWhitespace)
    // An unknown country is the country's own error; it requires nothing more.
    guard country.count == 3, Countries.byAlpha3(country) != nil else { return [] }
    return AddressData.rules(for: country)?.requiredFields ?? AddressData.defaultRequiredFields
  }

  /// True when the address country's addresses need `field`.
  static func isRequired(_ field: AddressField, in values: FormValues) -> Bool {
    fields(in: values).contains(field)
  }

  /// "for an address in Mexico (its addresses need street, city, state and
  /// postcode)": why an address field is required, for its message.
  static func note(for id: FieldID, in values: FormValues) -> String? {
    note(for: id, in: values, language: .english)
  }

  /// The note in `language`: "para un domicilio en México (sus domicilios
  /// requieren calle, ciudad, estado y código postal)".
  static func note(for id: FieldID, in values: FormValues, language: OperatorLanguage) -> String? {
    guard let field = AddressField.allCases.first(where: { $0.fieldID == id }) else { return nil }
    let needed = fields(in: values)
    guard needed.contains(field) else { return nil }
    let country = values[.addressCountry].trimmedWhitespace.uppercased()
    let known = Countries.byAlpha3(country)
    let list = language.andList(
      AddressField.allCases.filter(needed.contains).map { $0.displayName(in: language) })
    switch language {
    case .english:
      return "for an address in \(known?.englishName ?? country) (its addresses need \(list))"
    case .spanish:
      return "para un domicilio en \(known?.spanishName ?? country) (sus domicilios requieren \(list))"
    }
  }
}

extension AddressField {
  /// The field's name in messages.
  var displayName: String { displayName(in: .english) }

  /// The field's name in messages, in `language`.
  func displayName(in language: OperatorLanguage) -> String {
    switch self {
    case .street: language.pick("street", "calle")
    case .city: language.pick("city", "ciudad")
    case .state: language.pick("state", "estado")
    case .postcode: language.pick("postcode", "código postal")
    }
  }
}

/// What a country calls its subdivisions, in Spanish, with what agrees with
/// the word ("un estado", "varias provincias").
struct SpanishSubdivisionKind: Sendable, Hashable {
  /// "estado", "provincia".
  let singular: String
  /// "estados", "provincias".
  let plural: String
  /// "un" or "una" ("un área": a feminine word with a stressed a).
  let article: String
  /// "varios" or "varias".
  let several: String

  /// The Spanish of the address data's subdivision types (`state`,
  /// `province`, `do_si`...); a type not listed is a "subdivisión".
  init(_ type: String) {
    switch type {
    case "state": (singular, plural, article, several) = ("estado", "estados", "un", "varios")
    case "province", "do_si":
      (singular, plural, article, several) = ("provincia", "provincias", "una", "varias")
    case "department":
      (singular, plural, article, several) = ("departamento", "departamentos", "un", "varios")
    case "county": (singular, plural, article, several) = ("condado", "condados", "un", "varios")
    case "district": (singular, plural, article, several) = ("distrito", "distritos", "un", "varios")
    case "emirate": (singular, plural, article, several) = ("emirato", "emiratos", "un", "varios")
    case "island": (singular, plural, article, several) = ("isla", "islas", "una", "varias")
    case "oblast": (singular, plural, article, several) = ("óblast", "óblasts", "un", "varios")
    case "parish": (singular, plural, article, several) = ("parroquia", "parroquias", "una", "varias")
    case "prefecture": (singular, plural, article, several) = ("prefectura", "prefecturas", "una", "varias")
    case "area": (singular, plural, article, several) = ("área", "áreas", "un", "varias")
    default: (singular, plural, article, several) = ("subdivisión", "subdivisiones", "una", "varias")
    }
  }
}
