import KiraModels
import Testing

@testable import KYCForm

/// Every example of issue 16's phone part, and the messages.
@Suite("Phone numbers as people type them")
struct PhoneNumberTests {
  private func parse(_ text: String, _ region: String? = nil) -> Result<PhoneNumber, PhoneNumberProblem> {
    PhoneNumberParser.parse(text, defaultRegion: region)
  }

  private func e164(_ text: String, _ region: String? = nil) -> String? {
    try? parse(text, region).get().e164
  }

  @Test(
    "the issue's numbers are normalised to E.164",
    arguments: [
      ("+52 55 1234 5678", nil, "+525512345678"), ("0052 55 1234 5678", "MEX", "+525512345678"),
      ("011 52 55 1234 5678", "USA", "+525512345678"), ("(55) 1234-5678", "MEX", "+525512345678"),
      ("+54 11 15 1234 5678", nil, "+5491112345678"), ("+54 9 11 1234 5678", nil, "+5491112345678"),
      ("011 15 1234 5678", "ARG", "+5491112345678"), ("+57 (0) 601 234 5678", nil, "+576012345678"),
      ("＋５２ ５５ １２３４ ５６７８", nil, "+525512345678"),
      ("+52\u{200B}55\u{200B}1234\u{200B}5678", nil, "+525512345678"),
      ("0052 55 1234 5678", nil, "+525512345678"), ("+44 (0)20 7946 0958", nil, "+442079460958"),
      ("tel:+52-55-1234-5678", nil, "+525512345678"),
      ("\u{202A}+52 55 1234 5678\u{202C}", nil, "+525512345678"),
      ("+52\u{200D}55\u{FEFF}1234\u{2060}5678", nil, "+525512345678"),
    ] as [(String, String?, String)])
  func normalised(text: String, region: String?, expected: String) {
    #expect(e164(text, region) == expected)
  }

  @Test("a digit short: numbers after +52 have 10 digits; this has 9")
  func digitShort() throws {
    let problem = try #require(parse("+52551234567").failureValue)
    #expect(problem.code == "phone_too_short")
    let message = problem.message(label: "Phone")
    #expect(message.contains("numbers after +52 have 10 digits; this has 9"), "\(message)")
    #expect(problem.expected == "+52 and 10 digits, e.g. +52 222 123 4567")
  }

  @Test(
    "Mexico's old mobile 1, 044/045 and 01 are refused with the number meant",
    arguments: [
      ("+52 1 55 1234 5678", nil), ("044 55 1234 5678", "MEX"), ("045 55 1234 5678", "MEX"),
      ("01 55 1234 5678", "MEX"), ("+52 (0) 55 1234 5678", nil),
    ] as [(String, String?)])
  func mexicanHabits(text: String, region: String?) throws {
    let problem = try #require(parse(text, region).failureValue)
    let message = problem.message(label: "Phone")
    #expect(message.contains("did you mean +52 55 1234 5678?"), "\(message)")
    #expect(message.contains("2019"), "\(message)")
  }

  @Test(
    "an extension is refused with a clear message",
    arguments: [
      "+52 55 1234 5678 ext. 12", "+52 55 1234 5678 x12", "+525512345678;ext=12", "55 1234 5678 anexo 12",
    ])
  func extensionRefused(text: String) throws {
    let problem = try #require(parse(text, "MEX").failureValue)
    #expect(problem == .hasExtension("12"))
    #expect(problem.code == "phone_extension")
    #expect(
      problem.message(label: "Phone")
        == "Phone has an extension (ext. 12); Kira takes the number alone: remove the extension")
  }

  @Test(
    "what is refused, and the code that says why",
    arguments: [
      ("55 1234 5678", nil, "phone_needs_country_code"), ("+999 1234 5678", nil, "phone_calling_code"),
      ("+52 55 abc", nil, "phone_characters"), ("52+55 1234 5678", nil, "phone_plus_position"),
      ("+", nil, "phone_not_a_number"), ("5", "MEX", "phone_not_a_number"),
      ("+52 55 1234 56789", nil, "phone_too_long"), ("1234 5678", "MEX", "phone_local_only"),
      ("+52 10 1234 5678", nil, "phone_not_in_use"), ("+1 123 555 1234", nil, "phone_not_in_use"),
      ("+54 11 1234", nil, "phone_local_only"),
    ] as [(String, String?, String)])
  func refused(text: String, region: String?, code: String) throws {
    let problem = try #require(parse(text, region).failureValue)
    #expect(problem.code == code, "\(problem.message(label: "Phone"))")
    #expect(!problem.expected.isEmpty)
  }

  @Test("messages name the rule and the expected format")
  func messages() throws {
    let local = try #require(parse("1234 5678", "MEX").failureValue).message(label: "Phone")
    #expect(
      local
        == "Phone +52 12345678: numbers after +52 have 10 digits; this has 8, a local number without its area "
        + "code (expected +52 and 10 digits, e.g. +52 222 123 4567)")
    let bogus = try #require(parse("+1 123 555 1234").failureValue).message(label: "Phone")
    #expect(bogus.contains("is not a valid number in any of the 25 regions of +1"), "\(bogus)")
    #expect(bogus.contains("expected +1 and 10 digits, e.g. +1 201-555-0123"), "\(bogus)")
    let none = try #require(parse("55 1234 5678").failureValue).message(label: "Phone")
    #expect(none.contains("has no country calling code"), "\(none)")
  }

  @Test("an accepted number says what it understood")
  func summary() throws {
    #expect(try parse("+52 55 1234 5678").get().summary == "+52 55 1234 5678 · Mexico · fixed or mobile")
    #expect(try parse("+52 222 123 4567").get().summary == "+52 222 123 4567 · Mexico · fixed or mobile")
    #expect(try parse("+54 11 15 1234 5678").get().summary == "+54 9 11 1234-5678 · Argentina · mobile")
    #expect(try parse("+34 612 34 56 78").get().summary == "+34 612 34 56 78 · Spain · mobile")
    #expect(
      try parse("(212) 555-1234", "USA").get().summary
        == "+1 212-555-1234 · United States of America · fixed or mobile")
    #expect(try parse("876 234 5678", "JAM").get().regionName == "Jamaica")
    #expect(try parse("+800 1234 5678").get().summary == "+800 1234 5678 · international +800 · toll free")
  }
}

extension Result {
  /// The failure, nil on success.
  fileprivate var failureValue: Failure? {
    if case .failure(let failure) = self { return failure }
    return nil
  }
}
