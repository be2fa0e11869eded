import Testing

@testable import kira_onboard

/// The wizard's fast argument path (`KiraOnboard.parseWizardFirst`) parses
/// exactly what the full command line would, and leaves everything else to it.
@Suite("Wizard arguments: the fast path equals the full parse")
struct WizardArgumentsTests {
  /// The options the wizard reads, as one comparable string.
  static func summary(_ command: WizardCommand) -> String {
    [
      "demo=\(command.demo)", "age=\(command.minimumAge)", "fresh=\(command.drafts.fresh)",
      "resume=\(command.drafts.resumeID ?? "-")", "load=\(command.drafts.loadFile ?? "-")",
      "attempt=\(command.drafts.attemptID.map(String.init) ?? "-")",
      "url=\(command.connection.baseURL ?? "-")", "production=\(command.connection.production)",
      "version=\(command.connection.apiVersion)", "connect=\(command.connection.connectTimeout)",
      "request=\(command.connection.requestTimeout)", "attempts=\(command.connection.maxAttempts)",
      "log=\(command.connection.logFile ?? "-")",
    ].joined(separator: " ")
  }

  @Test(
    "wizard arguments parse the same both ways",
    arguments: [
      [], ["--fresh"], ["--no-resume"], ["--demo"], ["--resume", "ab12cd34"], ["--load", "body.json"],
      ["--attempt", "7"], ["--minimum-age", "21"], ["--base-url", "http://127.0.0.1:4010/sandbox"],
      ["--production"], ["--request-timeout", "5", "--connect-timeout", "2", "--max-attempts", "1"],
      ["--log-file", "off", "--fresh"], ["--api-version", "2026-04-14"],
    ])
  func samePlan(_ arguments: [String]) throws {
    let fast = try #require(KiraOnboard.parseWizardFirst(arguments), "the fast path takes \(arguments)")
    let full = try #require(try KiraOnboard.parseAsRoot(arguments) as? WizardCommand)
    #expect(Self.summary(fast) == Self.summary(full))
  }

  @Test(
    "help, version, subcommands and mistakes go to the full parse (its output and errors)",
    arguments: [
      ["--help"], ["-h"], ["--version"], ["validate", "x.json"], ["wizard", "--fresh"], ["help"],
      ["--bogus"], ["--fresh", "--resume", "x"], ["--minimum-age", "200"], ["--demo", "--production"],
    ])
  func leftToFullParse(_ arguments: [String]) {
    #expect(KiraOnboard.parseWizardFirst(arguments) == nil)
  }
}
