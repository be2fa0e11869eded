import Foundation
import KYCForm
import Testing

/// One country of `Tests/Fixtures/iso-3166-1-es.json` (made by
/// `scripts/gen-country-fixtures` from Debian's iso-codes): ISO 3166-1's
/// English name and its Spanish translation.
struct ISOCountryName: Decodable, Sendable, CustomTestStringConvertible {
  let alpha3: String
  let english: String
  let spanish: String

  var testDescription: String { "\(alpha3) \(spanish)" }

  static let all: [ISOCountryName] = {
    struct File: Decodable { let countries: [ISOCountryName] }
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let url = tests.appendingPathComponent("Fixtures/iso-3166-1-es.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return (try? JSONDecoder().decode(File.self, from: data))?.countries ?? []
  }()
}

@Suite("Spanish country names, checked against ISO 3166-1's Spanish list")
struct CountrySpanishNameTests {
  /// Where the wizard's Spanish name differs from iso-codes' translation, and
  /// why. Everything else must be ISO's name letter for letter.
  static let deliberateNames: [String: (name: String, why: String)] = [
    "BOL": ("Bolivia", "the short name people use; ISO's inverted official form stays searchable"),
    "COD": ("República Democrática del Congo", "the name in natural order"),
    "COM": ("Comoras", "RAE's spelling; ISO's list has the French 'Comores, Islas'"),
    "FSM": ("Micronesia", "the short name"),
    "IRN": ("Irán", "the short name"),
    "KOR": ("Corea del Sur", "the name people use"),
    "PRK": ("Corea del Norte", "the name people use"),
    "MDA": ("Moldavia", "the short name"),
    "PSE": ("Palestina", "the short name"),
    "TWN": ("Taiwán", "the short name"),
    "TZA": ("Tanzania", "the short name"),
    "VEN": ("Venezuela", "the short name"),
    "CIV": ("Costa de Marfil", "ISO's list misspells it 'Marfíl' (RAE: Marfil)"),
    "MAF": ("San Martín (parte francesa)", "one wording for both halves of the island"),
    "SXM": ("San Martín (parte neerlandesa)", "ISO's list misspells it ('zona holandsea')"),
    "VGB": ("Islas Vírgenes Británicas", "the name in natural order"),
    "VIR": ("Islas Vírgenes de los Estados Unidos", "the name in natural order, without the abbreviation"),
  ]

  @Test("the fixture holds every ISO 3166-1 country")
  func fixtureIsWhole() {
    #expect(ISOCountryName.all.count >= 249)
    #expect(Countries.all.count == ISOCountryName.all.count)
  }

  @Test(
    "each Spanish name is ISO's, or a listed deliberate name; ISO's name still finds the country",
    arguments: ISOCountryName.all)
  func spanishName(_ iso: ISOCountryName) throws {
    let country = try #require(Countries.byAlpha3(iso.alpha3))
    if let deliberate = Self.deliberateNames[iso.alpha3] {
      #expect(country.spanishName == deliberate.name, "\(deliberate.why)")
      #expect(country.spanishName != iso.spanish, "no longer differs from ISO: drop it from the list")
    } else {
      #expect(country.spanishName == iso.spanish)
    }
    #expect(Countries.search(iso.spanish).first?.alpha3 == iso.alpha3)
    #expect(Countries.search(iso.english).first?.alpha3 == iso.alpha3)
  }
}
