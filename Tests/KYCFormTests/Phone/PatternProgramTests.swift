import Testing

@testable import KYCForm

/// Inputs and patterns for checking our matcher against Swift's `Regex`,
/// which serves as the reference here (tests only; the product has no Regex).
enum PatternAgreement {
  /// Every phone pattern of the table, with where it comes from and its
  /// region's example numbers (real shapes, so the patterns' branches are
  /// reached), each also with a prefix such as `0` or `00`.
  static func phonePatterns() -> [(place: String, pattern: PhonePattern, examples: [String])] {
    var all: [(String, PhonePattern, [String])] = []
    for code in PhoneMetadata.callingCodes {
      for regionCode in PhoneMetadata.regionCodes(forCallingCode: code) {
        guard let region = PhoneMetadata.region(regionCode, callingCode: code) else { continue }
        var patterns = [region.general.pattern] + region.types.map(\.description.pattern)
        patterns += [region.internationalPrefix, region.nationalPrefixForParsing, region.leadingDigits]
          .compactMap { $0 }
        patterns += region.formats.flatMap { [$0.pattern] + ($0.leadingDigits.map { [$0] } ?? []) }
        let examples = ([region.general] + region.types.map(\.description)).compactMap(\.example)
        let inputs = examples + examples.map { "0" + $0 } + examples.map { "00" + String(code) + $0 }
        all += patterns.map { ("+\(code) \(regionCode)", $0, inputs) }
      }
    }
    return all
  }

  /// A seeded generator, so a failure names an input that reproduces.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Whether our matcher and Swift's Regex agree on `input`: whole match,
  /// and the prefix match's length and groups. Returns the disagreement.
  static func disagreement(_ pattern: PhonePattern, _ input: String) -> String? {
    guard let regex = try? Regex(pattern.source).matchingSemantics(.unicodeScalar) else {
      return "Regex cannot compile it"
    }
    let whole = (try? regex.wholeMatch(in: input)) != nil
    if pattern.matchesWhole(input) != whole { return "whole match: ours \(!whole), Regex \(whole)" }
    let reference: (Int, [String?])? = (try? regex.prefixMatch(in: input)).flatMap { match in
      match.map { match in
        let output = match.output
        let groups: [String?] =
          output.count > 1 ? (1..<output.count).map { output[$0].substring.map(String.init) } : []
        return (input.distance(from: input.startIndex, to: match.range.upperBound), groups)
      }
    }
    let ours = pattern.prefixMatch(input)
    if ours?.length != reference?.0 || ours?.groups != reference?.1 {
      return "prefix match: ours \(String(describing: ours)), Regex \(String(describing: reference))"
    }
    return nil
  }
}

@Suite("Our pattern matcher (the country data's patterns)")
struct PatternProgramTests {
  @Test(
    "the subset: literals, classes, groups, alternation, quantifiers and anchors",
    arguments: [
      ("\\d{3}", "123", true), ("\\d{3}", "12", false), ("\\d{3}", "1234", false),
      ("[2-9]\\d{2,3}", "299", true), ("[2-9]\\d{2,3}", "1999", false), ("[2-9]\\d{2,3}", "29999", false),
      ("(?:1[0-2]|[1-9])\\d{2}", "1099", true), ("(?:1[0-2]|[1-9])\\d{2}", "1399", false),
      ("[^0]\\d", "10", true), ("[^0]\\d", "01", false), ("a?b+c*", "bbb", true), ("a?b+c*", "abcc", true),
      ("a?b+c*", "ac", false), ("\\d{2,}", "12345", true), ("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d", "K1A 0B1", true),
      ("[A-Z]\\d[A-Z] ?\\d[A-Z]\\d", "K1A0B1", true), ("(?:^|\\b)\\d{3}(?:$|\\b)", "123", true),
      ("\\d\\.\\d", "1.2", true), ("\\d\\.\\d", "1x2", false), ("(\\d)(\\d)?", "1", true),
    ])
  func subset(pattern: String, input: String, matches: Bool) {
    #expect(PhonePattern(pattern).matchesWhole(input) == matches)
  }

  @Test(
    "outside the subset or malformed: it does not compile (and so never matches)",
    arguments: ["(\\d", "\\d)", "[12", "\\w+", "a{2,1}", "a*?", "(?=1)", "(a*)*", "é", "a{1001}", "*a"])
  func refused(pattern: String) {
    #expect(PatternProgram(pattern) == nil)
    #expect(!PhonePattern(pattern).matchesWhole("a"))
  }

  @Test("lookingAt: the first match by priority, with its groups (a group that took no part is nil)")
  func prefixMatches() throws {
    let transform = try #require(
      PhonePattern("0?(?:(11|2(?:2(?:02?|[13]|2[13-79])))15)?").prefixMatch("011151234"))
    #expect(transform.length == 5)
    #expect(transform.groups == ["11"])
    let optional = try #require(PhonePattern("(1)?(2)").prefixMatch("23"))
    #expect(optional.length == 1)
    #expect(optional.groups == [nil, "2"])
    #expect(PhonePattern("0[09]").prefixMatch("0052")?.length == 2)
    #expect(PhonePattern("0[09]").prefixMatch("0152") == nil)
  }

  @Test("format rules replace every match, as libphonenumber applies them")
  func replacing() {
    #expect(
      PhonePattern("(\\d{2})(\\d{4})(\\d{4})").replacingMatches(in: "5512345678", with: "$1 $2 $3")
        == "55 1234 5678")
    #expect(PhonePattern("(\\d)").replacingMatches(in: "12", with: "<$1>") == "<1><2>")
  }

  @Test("hostile input: very long text never matches and never takes long")
  func hostileInput() {
    let long = String(repeating: "1", count: 10_000)
    #expect(!PhonePattern("\\d+").matchesWhole(long))
    #expect(!PhonePattern("(?:\\d|\\d\\d)+x").matchesWhole(String(repeating: "1", count: 200)))
  }

  @Test(
    "on every phone pattern of the table it agrees with Swift's Regex (examples and seeded random digits)")
  func agreesWithRegexOnPhones() {
    var random = PatternAgreement.Seeded(state: 2026)
    var checked = 0
    var failures = 0
    for (place, pattern, examples) in PatternAgreement.phonePatterns() {
      var inputs = examples
      inputs += (0..<6).map { _ in
        String(
          (0..<Int.random(in: 1...15, using: &random)).map { _ in
            Character(String(Int.random(in: 0...9, using: &random)))
          })
      }
      for input in inputs {
        checked += 1
        if let problem = PatternAgreement.disagreement(pattern, input) {
          failures += 1
          if failures <= 20 { Issue.record("\(place) \(pattern.source) on \"\(input)\": \(problem)") }
        }
      }
    }
    #expect(failures == 0)
    #expect(checked > 20_000)
  }

  @Test("on every postcode pattern and postcode prefix it agrees with Swift's Regex")
  func agreesWithRegexOnPostcodes() {
    var random = PatternAgreement.Seeded(state: 7)
    let alphabet = Array("0123456789ABCDEFGHKLMNPRSTWXYZ -")
    var failures = 0
    for rules in AddressData.all {
      let patterns =
        [rules.postcodePattern].compactMap { $0 } + rules.subdivisions.compactMap(\.postcodePrefix)
      for pattern in patterns {
        var inputs = rules.postcodeExamples
        inputs += (0..<8).map { _ in
          String(
            (0..<Int.random(in: 1...9, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
        }
        for input in inputs {
          if let problem = PatternAgreement.disagreement(pattern, input) {
            failures += 1
            if failures <= 20 {
              Issue.record("\(rules.alpha3) \(pattern.source) on \"\(input)\": \(problem)")
            }
          }
        }
      }
    }
    #expect(failures == 0)
  }
}
