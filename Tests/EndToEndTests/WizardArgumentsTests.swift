import Foundation
import KYCForm
import Testing

@testable import kira_onboard

/// The wizard's short argument path (`WizardSettings(quickParsing:)`) reads
/// exactly what the full command line would, knows exactly the options
/// `WizardCommand` declares, and leaves everything else to the full parse.
@Suite("Wizard arguments: the short path equals the full parse")
struct WizardArgumentsTests {
  /// A valid value for each of the wizard's options (nil: a flag). A new
  /// option fails `knowsEveryOption` until it is added here and to
  /// `WizardSettings.quickOptions`.
  static let sampleValues: [String: String?] = [
    "--base-url": "http://127.0.0.1:4010/sandbox", "--production": nil, "--api-version": "2025-12-01",
    "--connect-timeout": "2.5", "--request-timeout": "5", "--max-attempts": "2", "--max-retry-time": "0",
    "--log-file": "off", "--store": "/tmp/kira-store", "--operator": "ana", "--draft-max-age": "12h",
    "--keep-drafts": nil, "--resume": "ab12cd34", "--fresh": nil, "--no-resume": nil, "--load": "body.json",
    "--attempt": "7", "--demo": nil, "--minimum-age": "21", "--date-order": "mdy", "--no-qr": nil,
    "--accessible": nil, "--lang": "es",
  ]

  /// The long names `WizardCommand` declares, read from ArgumentParser's own
  /// description of the command (help and version are left to it).
  static func declaredLongNames() throws -> Set<String> {
    struct Dump: Decodable {
      struct Command: Decodable { var arguments: [Argument] }
      struct Argument: Decodable { var names: [Name]? }
      struct Name: Decodable {
        var kind: String
        var name: String
      }
      var command: Command
    }
    let dump = try JSONDecoder().decode(Dump.self, from: Data(WizardCommand._dumpHelp().utf8))
    let names = dump.command.arguments.flatMap { $0.names ?? [] }.filter { $0.kind == "long" }
    return Set(names.map { "--" + $0.name }).subtracting(["--help", "--version"])
  }

  /// The full parse's settings for `arguments`, as `kira-onboard ARGUMENTS` would run them.
  static func fullParse(_ arguments: [String]) throws -> WizardSettings {
    let command = try #require(try KiraOnboard.parseAsRoot(arguments) as? WizardCommand)
    return command.settings
  }

  @Test("the short path knows exactly the options WizardCommand declares")
  func knowsEveryOption() throws {
    let declared = try Self.declaredLongNames()
    #expect(Set(WizardSettings.quickOptions.flatMap(\.names)) == declared)
    #expect(Set(Self.sampleValues.keys) == declared)
  }

  @Test("each option alone reads the same both ways, and not as the default")
  func eachOption() throws {
    for (name, sample) in Self.sampleValues.sorted(by: { $0.key < $1.key }) {
      let arguments = [name] + (sample.map { [$0] } ?? [])
      let quick = try #require(WizardSettings(quickParsing: arguments), "the short path takes \(arguments)")
      #expect(quick == (try Self.fullParse(arguments)), "\(arguments)")
      #expect(quick != WizardSettings.defaults, "\(arguments) changes a setting")
      if let sample {
        #expect(WizardSettings(quickParsing: ["\(name)=\(sample)"]) == quick, "\(name)=\(sample)")
      }
    }
  }

  @Test(
    "wizard command lines read the same both ways",
    arguments: [
      [], ["--fresh"], ["--no-resume"], ["--demo"], ["--demo", "--minimum-age", "0"],
      ["--request-timeout", "5", "--connect-timeout", "2", "--max-attempts", "1"],
      ["--log-file", "off", "--fresh", "--keep-drafts"], ["--operator", "", "--store", "relative/store"],
      ["--base-url", "http://127.0.0.1:4010/sandbox", "--operator", "María José"],
      ["--production", "--api-version", "2026-04-14", "--draft-max-age", "30d"],
      ["--max-retry-time", "1e2", "--connect-timeout", "600"], ["--attempt", "+12"],
    ])
  func sameSettings(_ arguments: [String]) throws {
    let quick = try #require(WizardSettings(quickParsing: arguments), "the short path takes \(arguments)")
    #expect(quick == (try Self.fullParse(arguments)))
  }

  @Test(
    "help, version, subcommands, short names, repeats and mistakes go to the full parse",
    arguments: [
      ["--help"], ["-h"], ["--version"], ["validate", "x.json"], ["wizard", "--fresh"], ["help"],
      ["--bogus"], ["--fresh", "--resume", "x"], ["--minimum-age", "200"], ["--demo", "--production"],
      ["--minimum-age", "eighteen"], ["--attempt"], ["--operator", "--fresh"], ["--fresh", "--fresh"],
      ["--fresh", "--no-resume"], ["--fresh=yes"], ["--base-url", "ftp://example.com"],
      ["--draft-max-age", "soon"], ["--api-version", "latest"], ["--connect-timeout", "0"], ["--"],
      ["--generate-completion-script", "bash"], ["--experimental-dump-help"], ["-fresh"],
    ])
  func leftToFullParse(_ arguments: [String]) {
    #expect(WizardSettings(quickParsing: arguments) == nil)
  }

  @Test(
    "what the short path refuses, the full parse refuses too (with its own message)",
    arguments: [
      ["--bogus"], ["--fresh", "--resume", "x"], ["--minimum-age", "200"], ["--demo", "--production"],
      ["--minimum-age", "eighteen"], ["--attempt"], ["--base-url", "ftp://example.com"],
      ["--draft-max-age", "soon"], ["--api-version", "latest"], ["--connect-timeout", "0"],
    ])
  func refusedBothWays(_ arguments: [String]) {
    #expect(throws: (any Error).self) { try KiraOnboard.parseAsRoot(arguments) }
  }
}

/// `--minimum-age` means one thing everywhere: the wizard, `validate`,
/// `submit`, `import` and `fix` take the same range and refuse the same way.
@Suite("--minimum-age: one range in every command")
struct MinimumAgeRangeTests {
  static let commands: [[String]] = [
    ["wizard"], ["validate", "x.json"], ["submit", "x.json"], ["import", "x.csv"],
    ["fix", "u_1", "--set", "x=1"],
  ]

  @Test("the edges of the range are taken", arguments: commands, [0, 130])
  func edgesTaken(_ command: [String], years: Int) throws {
    _ = try KiraOnboard.parseAsRoot(command + ["--minimum-age=\(years)"])
  }

  @Test("just outside the range is refused, naming the option and the range", arguments: commands, [-1, 131])
  func outsideRefused(_ command: [String], years: Int) {
    #expect(throws: (any Error).self) { try KiraOnboard.parseAsRoot(command + ["--minimum-age=\(years)"]) }
    #expect(
      ValidationPolicy.minimumAgeProblem(years)
        == "--minimum-age must be between 0 and 130 years, not \(years)")
  }
}
