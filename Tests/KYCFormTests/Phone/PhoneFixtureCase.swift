import Foundation

/// One case of `Tests/Fixtures/phone-cases.json`: a number as typed, with a
/// home region, and libphonenumber's answer (made by `scripts/gen-phone-fixtures`).
struct PhoneFixtureCase: Decodable, Sendable, CustomStringConvertible {
  /// The home region (alpha-2) the number is read in.
  let region: String
  let input: String
  /// `valid`, `invalid` (parsed, not valid), `error` (not parsed) or `extension`.
  let answer: String
  let e164: String?
  let numberRegion: String?
  let type: String?
  let international: String?
  let reason: String?
  let `extension`: String?
  let note: String

  var description: String { "\(region) \"\(input)\" (\(note)) -> \(answer) \(e164 ?? reason ?? "")" }

  /// Every case, in file order.
  static let all: [PhoneFixtureCase] = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let url = tests.appendingPathComponent("Fixtures/phone-cases.json")
    guard let data = try? Data(contentsOf: url) else { return [] }
    // The first entry is the header (source and count).
    struct Entry: Decodable {
      let phoneCase: PhoneFixtureCase?
      init(from decoder: any Decoder) throws { phoneCase = try? PhoneFixtureCase(from: decoder) }
    }
    return ((try? JSONDecoder().decode([Entry].self, from: data)) ?? []).compactMap(\.phoneCase)
  }()

  /// The home regions of the cases, in file order.
  static let regions: [String] = {
    var seen: [String] = []
    for phoneCase in all where !seen.contains(phoneCase.region) { seen.append(phoneCase.region) }
    return seen
  }()
}
