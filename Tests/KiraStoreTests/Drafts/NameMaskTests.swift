import Foundation
import KYCForm
import Testing

@testable import KiraStore

@Suite("Name mask")
struct NameMaskTests {
  @Test(
    "initials only",
    arguments: [
      ("Maria", "Gonzalez", "M. G…"), ("maría josé", "ñúñez", "M. Ñ…"), ("Ana", "", "A…"),
      ("", "Ruiz", "R…"), ("", "", ""), ("  山田", "太郎 ", "山. 太…"),
    ])
  func mask(first: String, last: String, expected: String) {
    #expect(NameMask.mask(firstName: first, lastName: last) == expected)
  }
}
