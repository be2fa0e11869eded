extension FormValues {
  /// The country a national phone number is read in: the address country,
  /// else the nationality (each as typed or as its alpha-3 code); nil when
  /// neither names a country. `(55) 1234-5678` with Mexico is +52 55 1234 5678.
  public var phoneHomeCountry: String? {
    for field in [FieldID.addressCountry, .nationality] {
      let text = self[field].trimmedWhitespace
      guard !text.isEmpty else { continue }
      if text.count == 3, Countries.byAlpha3(text) != nil { return text.uppercased() }
      if case .exact(let country) = Countries.resolve(text) { return country.alpha3 }
    }
    return nil
  }
}
