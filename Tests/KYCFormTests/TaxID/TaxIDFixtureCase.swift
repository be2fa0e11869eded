import Foundation
import Testing

/// One case of `Tests/Fixtures/taxid-cases.json` (made by `scripts/gen-taxid-fixtures`
/// with python-stdnum's answers): a number as written, its country, and whether it is valid.
struct TaxIDFixtureCase: Decodable, Sendable, CustomTestStringConvertible {
  let country: String
  let scheme: String
  let input: String
  let valid: Bool
  let canonical: String?
  let note: String

  var testDescription: String {
    "\(country) \(scheme) \"\(input)\" (\(note)) -> \(valid ? "valid" : "invalid")"
  }

  /// Every case, in file order (the header entry is skipped).
  static let all: [TaxIDFixtureCase] = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let url = tests.appendingPathComponent("Fixtures/taxid-cases.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    struct Entry: Decodable {
      let taxCase: TaxIDFixtureCase?
      init(from decoder: any Decoder) throws { taxCase = try? TaxIDFixtureCase(from: decoder) }
    }
    return ((try? JSONDecoder().decode([Entry].self, from: data)) ?? []).compactMap(\.taxCase)
  }()

  /// The schemes of the cases, in file order.
  static let schemes: [String] = {
    var seen: [String] = []
    for taxCase in all where !seen.contains(taxCase.scheme) { seen.append(taxCase.scheme) }
    return seen
  }()
}
