import KiraModels
import Testing

@testable import KYCForm

/// The phone field in the form: normalised with the other answers, validated,
/// shown and sent.
@Suite("The phone field")
struct PhoneFormTests {
  let form = OnboardingForm.individual

  private func values(_ answers: [FieldID: String]) -> FormValues {
    var values = Fixtures.validMexico
    for (field, value) in answers { values[field] = value }
    return values
  }

  @Test("a national number is completed with the address country and sent as E.164")
  func payload() throws {
    let values = values([.phone: "(55) 1234-5678"])
    #expect(form.validate(field: .phone, in: values, policy: Fixtures.policy()).isEmpty)
    let payload = try form.payload(from: values, policy: Fixtures.policy())
    #expect(payload["phone"] == "+525512345678")
  }

  @Test("the address country comes before the nationality")
  func addressFirst() throws {
    let values = values([.phone: "(212) 555-1234", .addressCountry: "USA", .nationality: "MEX"])
    #expect(form.normalizedAll(values)[.phone] == "+12125551234")
    #expect(
      form.displayValue(of: .phone, in: values)
        == "+1 212-555-1234 · United States of America · fixed or mobile")
  }

  @Test("a refused number keeps what was typed and says why, naming the field")
  func refused() throws {
    let values = values([.phone: "+52551234567"])
    #expect(form.normalizedAll(values)[.phone] == "+52551234567")
    let issue = try #require(form.validate(field: .phone, in: values, policy: Fixtures.policy()).first)
    #expect(issue.code == "phone_too_short")
    #expect(issue.path == "phone")
    #expect(
      issue.message
        == "Phone +52 551234567: numbers after +52 have 10 digits; this has 9 "
        + "(expected +52 and 10 digits, e.g. +52 222 123 4567)")
  }

  @Test("without a country, a national number asks for its calling code")
  func noCountry() throws {
    var values = FormValues()
    values[.phone] = "55 1234 5678"
    let issue = try #require(form.validate(field: .phone, in: values, policy: Fixtures.policy()).first)
    #expect(issue.code == "phone_needs_country_code")
    #expect(issue.message.contains("give the address country or nationality"))
  }

  @Test("a toll-free number is accepted with a warning")
  func tollFree() throws {
    let issues = form.validate(field: .phone, in: values([.phone: "800 123 4567"]), policy: Fixtures.policy())
    #expect(issues.map(\.code) == ["phone_not_personal"])
    #expect(issues.first?.severity == .warning)
  }

  @Test("review and the wizard show what was understood")
  func display() {
    #expect(
      form.displayValue(of: .phone, in: values([.phone: "+525512345678"]))
        == "+52 55 1234 5678 · Mexico · fixed or mobile")
    #expect(form.displayValue(of: .phone, in: values([.phone: "+52 1"])) == "+52 1")
  }

  @Test(
    "typing accepts what a phone can hold, pastes included",
    arguments: [
      ("５", true), ("＋", true), ("\u{200B}", true), ("\u{00A0}", true), ("–", true), ("(", true), ("٣", true),
      ("x", false), ("#", false), ("a", false), ("@", false),
    ] as [(Character, Bool)])
  func typing(character: Character, accepted: Bool) throws {
    let field = try #require(form.field(.phone))
    #expect((field.refusal(forTyped: character) == nil) == accepted)
  }
}
