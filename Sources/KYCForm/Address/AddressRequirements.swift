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
    guard let field = AddressField.allCases.first(where: { $0.fieldID == id }) else { return nil }
    let needed = fields(in: values)
    guard needed.contains(field) else { return nil }
    let country = values[.addressCountry].trimmedWhitespace.uppercased()
    let name = Countries.byAlpha3(country)?.englishName ?? country
    let names = AddressField.allCases.filter(needed.contains).map(\.displayName)
    let list =
      names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1] : names[0]
    return "for an address in \(name) (its addresses need \(list))"
  }
}

extension AddressField {
  /// The field's name in messages.
  var displayName: String {
    switch self {
    case .street: "street"
    case .city: "city"
    case .state: "state"
    case .postcode: "postcode"
    }
  }
}
