import Testing

@testable import KYCForm

/// Our parser against libphonenumber's answers for 8,000 numbers as people
/// type them (`Tests/Fixtures/phone-cases.json`, `scripts/gen-phone-fixtures`).
@Suite("Phone numbers agree with libphonenumber")
struct PhoneFixtureTests {
  @Test("the fixture file is there and covers the regions the brief names")
  func coverage() {
    let cases = PhoneFixtureCase.all
    #expect(cases.count > 7_000)
    for region in ["MX", "AR", "BR", "CO", "GT", "US", "CA", "PR", "JM", "ES", "GB", "IT", "IN"] {
      #expect(PhoneFixtureCase.regions.contains(region), "\(region)")
    }
    for answer in ["valid", "invalid", "error", "extension"] {
      #expect(cases.contains { $0.answer == answer }, "\(answer)")
    }
  }

  @Test("every case of a home region gets libphonenumber's answer", arguments: PhoneFixtureCase.regions)
  func region(_ region: String) {
    for phoneCase in PhoneFixtureCase.all where phoneCase.region == region {
      check(phoneCase)
    }
  }

  private func check(_ phoneCase: PhoneFixtureCase) {
    let result = PhoneNumberParser.parse(phoneCase.input, defaultRegion: phoneCase.region)
    switch phoneCase.answer {
    case "valid":
      guard case .success(let number) = result else {
        Issue.record("\(phoneCase): refused with \(result)")
        return
      }
      #expect(number.e164 == phoneCase.e164, "\(phoneCase)")
      #expect(number.regionCode == phoneCase.numberRegion, "\(phoneCase)")
      #expect(number.type.rawValue == phoneCase.type, "\(phoneCase)")
      #expect(number.international == phoneCase.international, "\(phoneCase)")
    case "invalid":
      if case .success(let number) = result {
        Issue.record("\(phoneCase): accepted as \(number.e164)")
      }
      // The number is still read as libphonenumber reads it (same E.164), only refused.
      #expect(splitE164(phoneCase) == phoneCase.e164, "\(phoneCase)")
    case "error":
      if case .success(let number) = result { Issue.record("\(phoneCase): accepted as \(number.e164)") }
      #expect(splitE164(phoneCase) == nil, "\(phoneCase)")
    case "extension":
      #expect(result == .failure(.hasExtension(phoneCase.extension ?? "")), "\(phoneCase)")
    default:
      Issue.record("unknown answer in \(phoneCase)")
    }
  }

  /// The calling code and national number as read, before validity: "+5215512345678".
  private func splitE164(_ phoneCase: PhoneFixtureCase) -> String? {
    guard case .success(let digits) = PhoneText.read(phoneCase.input),
      case .success(let (code, national)) = PhoneNumberParser.split(
        digits, home: PhoneNumberParser.homeRegion(phoneCase.region))
    else { return nil }
    return "+\(code)\(national)"
  }
}
