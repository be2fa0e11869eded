import Foundation
import Testing

@testable import KiraStore

@Suite("Retention age")
struct RetentionAgeTests {
  @Test(
    "parses number and unit",
    arguments: [
      ("7d", 604_800.0), ("12h", 43_200), ("30m", 1_800), ("90s", 90), ("2w", 1_209_600),
      ("3", 259_200), (" 1D ", 86_400), ("0d", 0), ("1.5h", 5_400),
    ] as [(String, Double)]
  )
  func valid(text: String, seconds: Double) throws {
    let age = try #require(RetentionAge(parsing: text))
    #expect(age.seconds == seconds)
  }

  @Test("rejects nonsense", arguments: ["", "d", "-1d", "7y", "seven days", "1e3d", "7 d"])
  func invalid(text: String) {
    #expect(RetentionAge(parsing: text) == nil)
  }

  @Test("default is seven days")
  func defaultAge() {
    #expect(RetentionAge.defaultDraftAge.seconds == 7 * 86_400)
  }
}
