import ArgumentParser
import Foundation
import KYCForm
import KiraModels
import KiraOnboarding

/// `kira-onboard validate FILE`: checks a `POST /v1/users` body offline with
/// the form's rules. Exit 0 valid, 65 invalid, 66 unreadable, 64 usage.
struct ValidateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "validate",
      abstract: CLIHelp.validateAbstract.text,
      discussion: CLIHelp.validateDiscussion.text)
  }

  @Argument(help: CLIHelp.validateFile.help)
  var file: String

  @Flag(name: .long, help: CLIHelp.validateJSON.help)
  var json = false

  @Flag(
    name: .customLong("print-payload"), help: CLIHelp.printPayload.help)
  var printPayload = false

  @Option(name: .customLong("minimum-age"), help: CLIHelp.minimumAge.help)
  var minimumAge: Int = 18

  func validate() throws {
    if json && printPayload {
      throw ValidationError("--json and --print-payload cannot be combined")
    }
    if let problem = ValidationPolicy.minimumAgeProblem(minimumAge) { throw ValidationError(problem) }
  }

  func run() throws {
    do {
      let status = try check()
      if status != ExitStatus.ok { throw ExitCode(status) }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  /// Reads, validates, prints; returns the exit status.
  private func check() throws -> Int32 {
    let (data, folder) = try readInput()
    let body: JSONValue
    do {
      body = try JSONValue.parseStrict(data)
    } catch {
      throw ValidateInputError.syntax(path: file, error)
    }
    let policy = ValidationPolicy(
      minimumAge: minimumAge, fileReader: FileSystemReader(baseDirectory: folder))
    let report = ValidateReport.make(body: body, form: .individual, policy: policy)
    if json {
      printJSON(report.json, pretty: false)
    } else if printPayload, report.isValid, let payload = report.payload {
      for line in report.textLines { ErrorPresenter.writeToStandardError(line) }
      printJSON(payload)
    } else {
      for line in report.textLines { print(line) }
      if let readiness = report.readinessLine { print(readiness) }
      print(report.summaryLine)
    }
    return report.isValid ? ExitStatus.ok : ExitStatus.dataError
  }

  private func readInput() throws -> (Data, URL) {
    try BodyFile.read(file)
  }

}
