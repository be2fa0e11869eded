import KYCForm
import KiraModels

/// `GET /v1/countries` as Kira answers it (`{count, data}`), from the same
/// embedded table the form reads: every ISO 3166-1 country with its English
/// name, the subdivisions of Google's postal data (the codes the form sends,
/// `CDMX` among them) and the postcode pattern. Countries whose only list is
/// ISO 3166-2's are served without subdivisions, as the form does not hold
/// their addresses to one.
enum SandboxCountries {
  /// The body, built on the first request and kept.
  static let body: JSONValue = KiraCountry.body(countries)

  /// The countries, by alpha-3 code.
  static var countries: [KiraCountry] {
    Countries.all.map { country in
      let rules = AddressData.rules(for: country.alpha3)
      let subdivisions =
        rules.map { rules in
          rules.subdivisionsAreStrict
            ? rules.subdivisions.map { KiraCountry.Subdivision(code: $0.code, name: $0.localName) } : []
        } ?? []
      return KiraCountry(
        alpha3: country.alpha3, name: country.englishName, subdivisions: subdivisions,
        postalCodeFormat: rules?.postcodePatternSource)
    }
  }
}
