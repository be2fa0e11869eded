import Foundation
import KYCForm
import Testing

@testable import kira_onboard

/// The command line in Spanish: `--help` of every command, the strings
/// tables, and what `validate` and `drafts` print for an operator.
@Suite("the command line in Spanish")
struct SpanishCLITests {
  /// Every command line whose `--help` is checked, with its abstract.
  static let commands: [([String], CLIHelp)] = [
    ([], .rootAbstract), (["wizard"], .wizardAbstract), (["validate"], .validateAbstract),
    (["attempts"], .attemptsAbstract), (["attempts", "open"], .openAbstract), (["drafts"], .draftsAbstract),
    (["drafts", "list"], .draftsListAbstract), (["drafts", "purge"], .draftsPurgeAbstract),
    (["drafts", "delete"], .draftsDeleteAbstract), (["users"], .usersAbstract), (["fix"], .fixAbstract),
    (["submit"], .submitAbstract), (["import"], .importAbstract), (["webhooks"], .webhooksAbstract),
    (["webhooks", "listen"], .listenAbstract), (["webhooks", "register"], .registerAbstract),
    (["events"], .eventsAbstract), (["queue"], .queueAbstract),
  ]

  @Test("every help text has both translations, and the Spanish differs")
  func helpTable() {
    for text in CLIHelp.examples {
      let english = text.text(in: .english)
      let spanish = text.text(in: .spanish)
      #expect(!english.isEmpty && !spanish.isEmpty, "\(text)")
      #expect(english != spanish, "\(text): \(spanish)")
    }
    #expect(CLIHelp.examples.count == CLIHelp.allCases.count)
  }

  @Test("every printed line has both translations, and the Spanish differs")
  func textTable() {
    for text in CLIText.examples {
      let english = text.text(in: .english)
      let spanish = text.text(in: .spanish)
      #expect(!english.isEmpty && !spanish.isEmpty, "\(text)")
      #expect(english != spanish, "\(text): \(spanish)")
    }
    #expect(CLIText.valid(warnings: 2).text(in: .english) == "valid (2 warnings)")
    #expect(CLIText.invalid(errors: 1, warnings: 0).text(in: .spanish) == "inválido: 1 error, 0 advertencias")
    #expect(CLIText.purged(count: 1, age: "7d").text(in: .english) == "Purged 1 draft older than 7d.")
  }

  @Test("the language comes from --lang before parsing, then the environment")
  func preScan() {
    #expect(CLILanguage.resolve(arguments: ["submit", "--lang", "es"], environment: [:]) == .spanish)
    #expect(CLILanguage.resolve(arguments: ["--lang=es", "--help"], environment: [:]) == .spanish)
    #expect(
      CLILanguage.resolve(arguments: ["--lang", "en"], environment: ["LANG": "es_MX.UTF-8"]) == .english)
    #expect(CLILanguage.resolve(arguments: [], environment: ["KIRA_ONBOARD_LANG": "es"]) == .spanish)
    #expect(CLILanguage.resolve(arguments: [], environment: ["LC_ALL": "es_AR.UTF-8"]) == .spanish)
    #expect(CLILanguage.resolve(arguments: [], environment: ["LC_ALL": "C.UTF-8"]) == .english)
    // After `--` every word is an operand.
    #expect(CLILanguage.resolve(arguments: ["validate", "--", "--lang=es"], environment: [:]) == .english)
  }

  @Test("KIRA_ONBOARD_LANG=es: --help in Spanish at 80 columns", arguments: commands.indices)
  func spanishHelp(index: Int) async throws {
    let (command, abstract) = Self.commands[index]
    let output = try await ExecutableRunner.run(
      command + ["--help"], environment: ["COLUMNS": "80", "KIRA_ONBOARD_LANG": "es"])
    #expect(output.status == 0, "\(command): \(output.stderr)")
    let spanish = abstract.text(in: .spanish)
    #expect(output.stdout.contains(String(spanish.prefix(30))), "\(command): \(output.stdout)")
    #expect(!output.stdout.contains(abstract.text(in: .english)))
    // ArgumentParser's own words stay its own.
    #expect(output.stdout.contains("USAGE:") && output.stdout.contains("OPTIONS:"))
    Self.expectWrapsWell(output.stdout, command: command)
  }

  @Test("--lang es and --lang=es, before or after --help, where the command takes --lang")
  func langFlag() async throws {
    for arguments in [
      ["--help", "--lang", "es"], ["--lang=es", "--help"], ["wizard", "--help", "--lang", "es"],
    ] {
      let output = try await ExecutableRunner.run(arguments, environment: ["COLUMNS": "80"])
      #expect(output.status == 0, "\(arguments): \(output.stderr)")
      #expect(output.stdout.contains("El idioma del operador"), "\(arguments): \(output.stdout)")
      #expect(output.stdout.contains("Usar el sandbox integrado"), "\(arguments)")
    }
    let root = try await ExecutableRunner.run(["--help"], environment: ["COLUMNS": "80"])
    #expect(root.stdout.contains("OVERVIEW: Onboard individual customers onto Kira"))
    let english = try await ExecutableRunner.run(["wizard", "--help"], environment: ["COLUMNS": "80"])
    #expect(english.stdout.contains("The operator's language: es or en"))
    #expect(!english.stdout.contains("El idioma del operador"))
  }

  @Test("validate prints its report in Spanish; --json stays Kira's and English")
  func spanishValidate() async throws {
    let workspace = try ValidateCommandTests.Workspace()
    let path = try workspace.write("maria.json", ValidateCommandTests.maria())
    let output = try await ExecutableRunner.run(["validate", path], environment: ["KIRA_ONBOARD_LANG": "es"])
    #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("nationality: advertencia: ") && $0.hasSuffix("[normalized]") })
    #expect(
      lines.contains(
        "verificación: Kira verificará a un cliente internacional (usa-virtual-accounts completo)"))
    #expect(lines.last == "válido (2 advertencias)")

    let broken = try workspace.write("broken.json", ValidateCommandTests.broken)
    let invalid = try await ExecutableRunner.run(
      ["validate", broken], environment: ["LANG": "es_MX.UTF-8", "LC_ALL": ""])
    #expect(invalid.status == 65)
    let invalidLines = invalid.stdout.split(separator: "\n").map(String.init)
    #expect(invalidLines.last == "inválido: 5 errores, 12 advertencias")
    #expect(
      invalidLines.contains {
        $0.hasPrefix("verificación: Kira creará el usuario, pero aún no lo verificará")
      })
    #expect(!invalid.stdout.contains("readiness:"))

    let json = try await ExecutableRunner.run(
      ["validate", "--json", path], environment: ["KIRA_ONBOARD_LANG": "es"])
    let english = try await ExecutableRunner.run(["validate", "--json", path])
    #expect(json.stdout == english.stdout)
  }

  @Test("submit refuses an invalid body in Spanish, before anything is sent")
  func spanishSubmitRefusal() async throws {
    let workspace = try ValidateCommandTests.Workspace()
    let broken = try workspace.write("broken.json", ValidateCommandTests.broken)
    let output = try await ExecutableRunner.run(["submit", broken], environment: ["KIRA_ONBOARD_LANG": "es"])
    #expect(output.status == 65)
    #expect(output.stderr.contains("gender: advertencia: "), "\(output.stderr)")
    #expect(output.stderr.contains("[invalid_date]"))
    #expect(!output.stderr.contains(": warning: "))
    #expect(!output.stderr.contains("is not a real calendar date"))
  }

  @Test("drafts in Spanish: an empty list, a purge")
  func spanishDrafts() async throws {
    let spanish = ["KIRA_ONBOARD_LANG": "es"]
    let list = try await ExecutableRunner.run(["drafts", "list"], environment: spanish)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout == "No hay borradores.\n")
    let purge = try await ExecutableRunner.run(["drafts", "purge"], environment: spanish)
    #expect(purge.stdout.hasPrefix("Se borraron 0 borradores de más de "), "\(purge.stdout)")
    let english = try await ExecutableRunner.run(["drafts", "list"])
    #expect(english.stdout == "No drafts.\n")
  }

  /// No line over 80 columns (ArgumentParser's USAGE: block aside), and no
  /// prose line cut short before more of its paragraph.
  static func expectWrapsWell(_ text: String, command: [String]) {
    var inUsage = false
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, line) in lines.enumerated() {
      if line.hasPrefix("USAGE:") { inUsage = true }
      if line.isEmpty { inUsage = false }
      if inUsage { continue }
      #expect(line.count <= 80, "\(command): \(line)")
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      let isProse = !line.isEmpty && !line.hasPrefix(" ") && !next.hasPrefix(" ") && !next.isEmpty
      if isProse, !line.hasSuffix(":") {
        #expect(line.count >= 40, "\(command): a fragment \"\(line)\" before \"\(next)\"")
      }
    }
  }
}
