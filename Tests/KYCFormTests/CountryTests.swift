import KYCForm
import Testing

@Suite("Countries")
struct CountryTests {
  @Test("all 249 ISO 3166-1 entries, unique codes, both names")
  func table() {
    #expect(Countries.all.count == 249)
    #expect(Set(Countries.all.map(\.alpha3)).count == 249)
    #expect(Set(Countries.all.map(\.alpha2)).count == 249)
    for country in Countries.all {
      #expect(country.alpha3.count == 3 && country.alpha3 == country.alpha3.uppercased())
      #expect(country.alpha2.count == 2)
      #expect(!country.englishName.isEmpty && !country.spanishName.isEmpty)
    }
  }

  @Test("every restricted code is a real country")
  func restricted() {
    for code in ["AFG", "BLR", "MMR", "CAF", "CIV", "CUB", "COD", "IRN", "IRQ", "LBR", "LBY", "PRK", "RUS"] {
      #expect(Countries.byAlpha3(code) != nil)
    }
  }

  @Test(
    "lookup by code or name, accent- and case-insensitive",
    arguments: [
      ("mexico", "MEX"), ("México", "MEX"), ("MEX", "MEX"), ("mx", "MEX"), ("estados unidos", "USA"),
      ("españa", "ESP"), ("espana", "ESP"), ("brasil", "BRA"), ("deutschland", nil), ("japon", "JPN"),
      ("reino unido", "GBR"), ("UK", "GBR"), ("côte d'ivoire", "CIV"), ("cote d'ivoire", "CIV"),
      ("south korea", "KOR"), ("north korea", "PRK"), ("Perú", "PER"), ("zealand", "NZL"),
    ])
  func resolve(input: String, expected: String?) {
    switch Countries.resolve(input) {
    case .exact(let country): #expect(country.alpha3 == expected)
    case .ambiguous(let countries): Issue.record("ambiguous: \(countries.map(\.alpha3))")
    case .notFound: #expect(expected == nil)
    }
  }

  @Test("ambiguous names list every candidate, best first")
  func ambiguous() {
    guard case .ambiguous(let countries) = Countries.resolve("united") else {
      Issue.record("expected ambiguous")
      return
    }
    #expect(Set(countries.prefix(4).map(\.alpha3)) == ["ARE", "GBR", "UMI", "USA"])
    #expect(Set(countries.map(\.alpha3)).isSuperset(of: ["MEX", "TZA"]))
  }

  @Test("search ranks exact code, then name prefix, then word prefix")
  func search() {
    #expect(Countries.search("mex").first?.alpha3 == "MEX")
    #expect(Countries.search("méx").first?.alpha3 == "MEX")
    let gu = Countries.search("gu")
    #expect(gu.first?.alpha2 == "GU")
    #expect(
      gu.prefix(5).allSatisfy { country in
        [country.englishName, country.spanishName].contains { TextFolding.fold($0).hasPrefix("gu") }
      })
    let guinea = Countries.search("guinea").map(\.alpha3)
    #expect(guinea.first == "GIN")
    #expect(guinea.contains("GNB") && guinea.contains("PNG") && guinea.contains("GNQ"))
    #expect(Countries.search("").count == 249)
    #expect(Countries.search("qqqq").isEmpty)
  }

  @Test("display name and suggestions")
  func display() {
    #expect(Countries.byAlpha3("MEX")?.displayName == "México (MEX)")
    #expect(Countries.suggestions(for: "MXE").map(\.alpha3).contains("MEX"))
  }

  @Test("text folding")
  func folding() {
    #expect(TextFolding.fold("María José Ñúñez") == "maria jose nunez")
    #expect(TextFolding.fold("ÇÃO") == "cao")
    #expect(TextFolding.fold("山田") == "山田")
  }

  @Test("choice filter: folded substring, prefix matches first")
  func choiceFilter() {
    let options = KYCOptions.sourceOfFunds
    #expect(ChoiceFilter.filter(options, query: "").count == 11)
    #expect(ChoiceFilter.filter(options, query: "sav").map(\.value).first == "savings_inheritance_gift")
    #expect(
      Set(ChoiceFilter.filter(options, query: "inherit").map(\.value)) == [
        "savings_inheritance_gift", "inheritance",
      ])
    #expect(ChoiceFilter.filter(options, query: "self employ").map(\.value) == ["self_employment_income"])
    #expect(ChoiceFilter.filter(options, query: "zzz").isEmpty)
  }

  @Test(
    "options are found by their Spanish label too, and a whole Spanish label is read as its value",
    arguments: [
      ("salario", "salary"), ("Jubilado", "retired"), ("pasaporte", "passport"),
      ("Licencia de conducir", "drivers_license"), ("femenino", "female"),
      ("envios a familiares", "payments_to_friends_or_family_abroad"), ("Ahorros", "savings"),
    ])
  func spanishOptionLabels(typed: String, value: String) throws {
    let all = [
      KYCOptions.sourceOfFunds, KYCOptions.employmentStatus, KYCOptions.documentType, KYCOptions.gender,
      KYCOptions.accountPurpose,
    ]
    let options = try #require(all.first { $0.contains { $0.value == value } })
    #expect(ChoiceFilter.filter(options, query: typed).first?.value == value)
    let folded = TextFolding.fold(typed)
    if options.contains(where: { TextFolding.fold($0.spanishLabel ?? "") == folded }) {
      #expect(options.first { $0.isNamed(folded: folded) }?.value == value)
    }
  }

  @Test("every option has a Spanish label")
  func everyOptionIsSpanish() {
    let all = [
      KYCOptions.verificationMode, KYCOptions.language, KYCOptions.gender, KYCOptions.documentType,
      KYCOptions.employmentStatus, KYCOptions.immigrationStatus, KYCOptions.sourceOfFunds,
      KYCOptions.accountPurpose, KYCOptions.expectedMonthlyVolume, KYCOptions.expectedTransactionCount,
      KYCOptions.yesNo,
    ]
    for option in all.joined() {
      #expect(option.spanishLabel?.isEmpty == false, "\(option.value)")
      #expect(option.label(in: "es") == option.spanishLabel)
      #expect(option.label(in: "en") == option.label)
    }
  }

  @Test("Spanish names follow the RAE/ISO Spanish spelling; a misspelling still finds the country")
  func spanishSpelling() {
    #expect(Countries.byAlpha3("CIV")?.spanishName == "Costa de Marfil")
    #expect(Countries.search("Costa de Marfíl").first?.alpha3 == "CIV")
  }
}
