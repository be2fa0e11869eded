import Foundation
import Testing

@testable import KiraStore

@Suite("Store location")
struct StoreLocationTests {
  static let home = URL(fileURLWithPath: "/home/op")

  @Test(
    "resolution order: flag, KIRA_ONBOARD_STORE, XDG_DATA_HOME, home",
    arguments: [
      ("/flag/store", ["KIRA_ONBOARD_STORE": "/env/store"], "/flag/store"),
      (nil, ["KIRA_ONBOARD_STORE": "/env/store", "XDG_DATA_HOME": "/xdg"], "/env/store"),
      (nil, ["XDG_DATA_HOME": "/xdg"], "/xdg/kira-onboard"),
      (nil, ["XDG_DATA_HOME": "relative/ignored"], "/home/op/.local/share/kira-onboard"),
      (nil, [:], "/home/op/.local/share/kira-onboard"),
      ("~/mine", [:], "/home/op/mine"),
      ("", ["KIRA_ONBOARD_STORE": "~/env"], "/home/op/env"),
    ] as [(String?, [String: String], String)]
  )
  func resolution(flag: String?, environment: [String: String], expected: String) {
    let location = StoreLocation.resolve(
      explicitPath: flag, environment: environment, homeDirectory: Self.home)
    #expect(location.directory.path == expected)
    #expect(location.databaseURL.path == expected + "/store.sqlite")
    #expect(location.keyFileURL.path == expected + "/store.key")
  }
}
