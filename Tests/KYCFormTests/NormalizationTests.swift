import Foundation
import KYCForm
import Testing

@Suite("Normalisation and typing")
struct NormalizationTests {
  let form = OnboardingForm.individual

  @Test(
    "typed text -> stored value",
    arguments: [
      (FieldID.birthDate, "19900515", "1990-05-15"), (.birthDate, " 1990/5/3 ", "1990-05-03"),
      (.birthDate, "15/05/1990", "1990-05-15"), (.nationality, "mexico", "MEX"), (.nationality, "mx", "MEX"),
      (.nationality, "mex", "MEX"), (.nationality, "united", "united"), (.addressCountry, "EEUU", "USA"),
      (.phone, "+52 (55) 1234-5678", "+525512345678"), (.phone, "0052 55 1234 5678", "+525512345678"),
      (.phone, "call me", "call me"), (.phone, "55 1234 5678", "55 1234 5678"),
      (.phone, "+52 55 1234 567", "+52 55 1234 567"), (.phone, "+52 1 55 1234 5678", "+52 1 55 1234 5678"),
      (.phone, "+54 11 15 1234 5678", "+5491112345678"), (.phone, "+52\u{200B}55 1234 5678", "+525512345678"),
      (.pepStatus, "y", "yes"),
      (.pepStatus, "Yes", "yes"),
      (.pepStatus, "sí", "yes"),
      (.hasUSBankAccount, "N", "no"), (.sourceOfFunds, "Salary", "salary"),
      (.employmentStatus, "self employed", "self_employed"), (.addressState, "ca", "CA"),
      (.addressState, "cdmx", "cdmx"), (.email, "Maria@Example.COM", "Maria@example.com"),
      (.firstName, "  María  ", "María"), (.metadata, "b=2 ;a=1", "b=2; a=1"),
      (.documentFrontImage, "data:image/png;base64,AA==", "data:image/png;base64,AA=="),
    ])
  func normalized(field: FieldID, raw: String, expected: String) {
    #expect(form.normalized(raw, for: field) == expected)
  }

  @Test(
    "a national phone number is completed with the address country, else the nationality",
    arguments: [
      ([FieldID.addressCountry: "MEX"], "(55) 1234-5678", "+525512345678"),
      ([.nationality: "mexico"], "(55) 1234-5678", "+525512345678"),
      ([.addressCountry: "USA", .nationality: "MEX"], "(212) 555-1234", "+12125551234"),
      ([.addressCountry: "ARG"], "011 15 1234 5678", "+5491112345678"),
      ([.addressCountry: "COL"], "601 234 5678", "+576012345678"),
      ([.nationality: "ESP"], "612 34 56 78", "+34612345678"),
      ([:], "(55) 1234-5678", "(55) 1234-5678"),
    ] as [([FieldID: String], String, String)])
  func nationalPhone(context: [FieldID: String], raw: String, expected: String) {
    let values = FormValues(values: context)
    #expect(form.normalized(raw, for: .phone, in: values) == expected)
    var all = values
    all[.phone] = raw
    #expect(form.normalizedAll(all)[.phone] == expected)
  }

  @Test("~ in a file path is expanded")
  func tilde() {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
    #expect(form.normalized("~/scans/front.jpg", for: .documentFrontImage) == home + "/scans/front.jpg")
  }

  @Test("normalisation is idempotent on every pool value")
  func idempotent() {
    for field in form.fields {
      for raw in ["19900515", "mexico", "+52 55 1234 5678", "y", "Salary", "ca", " x ", "a=1; b=2"] {
        let once = form.normalized(raw, for: field.id)
        #expect(form.normalized(once, for: field.id) == once, "\(field.id): \(raw)")
      }
    }
  }

  @Test(
    "characters that can never be valid are refused while typing",
    arguments: [
      (FieldID.birthDate, Character("a"), true), (.birthDate, "7", false), (.birthDate, "-", false),
      (.nationality, "3", true), (.nationality, "é", false), (.phone, "x", true), (.phone, "(", false),
      (.phone, "+", false), (.email, " ", true), (.email, "@", false), (.pepStatus, "1", true),
      (.pepStatus, "y", false), (.firstName, "\u{1B}", true), (.firstName, "ñ", false),
      (.taxIDNumber, "#", true), (.documentNumber, "G", false), (.documentNumber, "*", true),
      (.addressZipCode, "-", false),
    ])
  func refusal(field: FieldID, character: Character, refused: Bool) throws {
    let definition = try #require(form.field(field))
    let reason = definition.refusal(forTyped: character)
    #expect((reason != nil) == refused)
    if let reason { #expect(!reason.isEmpty) }
  }

  @Test("metadata text escapes separators and reads back")
  func metadataText() throws {
    let entries = [MetadataEntry(key: "a;b", value: "x=y"), MetadataEntry(key: "c", value: "back\\slash")]
    let text = MetadataText.format(entries)
    #expect(text == "a\\;b=x\\=y; c=back\\\\slash")
    #expect(try MetadataText.parse(text).get() == entries)
  }

  @Test(
    "dates written day first (the default) or month first",
    arguments: [
      ("15/05/1990", DateOrder.dayFirst, "1990-05-15"), ("15-05-1990", .dayFirst, "1990-05-15"),
      ("15.05.1990", .dayFirst, "1990-05-15"), ("5/4/1990", .dayFirst, "1990-04-05"),
      ("05/04/1990", .dayFirst, "1990-04-05"), ("05/04/1990", .monthFirst, "1990-05-04"),
      ("05/15/1990", .dayFirst, "1990-05-15"), ("15/05/1990", .monthFirst, "1990-05-15"),
      ("12/31/2030", .monthFirst, "2030-12-31"), ("1990/05/15", .monthFirst, "1990-05-15"),
      ("1990-5-3", .dayFirst, "1990-05-03"), ("19900515", .monthFirst, "1990-05-15"),
      // Not dates: kept as typed, so the rule says why.
      ("15/05/90", .dayFirst, "15/05/90"), ("32/13/1990", .dayFirst, "1990-13-32"),
      ("15/05/1990/1", .dayFirst, "15/05/1990/1"), ("1a/05/1990", .dayFirst, "1a/05/1990"),
    ])
  func dateOrders(typed: String, order: DateOrder, stored: String) {
    var form = OnboardingForm.individual
    form.dateOrder = order
    #expect(form.normalized(typed, for: .birthDate) == stored)
  }
}
