import ArgumentParser
import Foundation
import KYCForm
import KiraBatch
import KiraClient
import KiraModels
import KiraOnboarding
import KiraStore

#if canImport(Glibc)
  import Glibc
#endif

/// `kira-onboard import FILE`: onboards a batch of applicants from CSV or
/// JSON Lines: every row validated first, then sent at Kira's rate limit
/// through the journal, so a batch stopped at any point can be run again.
struct ImportCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "import",
      abstract: CLIHelp.importAbstract.text,
      discussion: CLIHelp.importDiscussion.text)
  }

  @Argument(help: CLIHelp.importFile.help)
  var file: String

  @Flag(name: .customLong("skip-invalid"), help: CLIHelp.skipInvalid.help)
  var skipInvalid = false

  @Option(
    name: .customLong("rate"),
    help: ArgumentHelp(CLIHelp.rate.text, valueName: "n"))
  var rate: Double = RequestGate.Limits.kiraDefault.requestsPerSecond

  @Option(
    name: .customLong("concurrency"),
    help: ArgumentHelp(CLIHelp.concurrency.text, valueName: "n"))
  var concurrency: Int = RequestGate.Limits.kiraDefault.concurrency

  @Option(
    name: .customLong("results"),
    help: ArgumentHelp(
      CLIHelp.results.text, valueName: "file"))
  var results: String?

  @Option(name: .customLong("minimum-age"), help: CLIHelp.minimumAge.help)
  var minimumAge: Int = 18

  @OptionGroup var connection: ConnectionOptions

  @OptionGroup var store: StoreOptions

  /// A batch file may embed images as data URIs: a larger cap than one body's.
  static let fileLimit = 512_000_000

  func validate() throws {
    guard rate.isFinite, rate > 0, rate <= 1_000 else {
      throw ValidationError("--rate must be between 0 and 1000 (requests per second)")
    }
    guard (1...64).contains(concurrency) else {
      throw ValidationError("--concurrency must be between 1 and 64")
    }
    if let results {
      guard BatchResultsFile.format(forPath: results) != nil else {
        throw ValidationError("--results must name a .csv or .json file")
      }
      // Found out now, not after the batch was sent.
      let folder = URL(fileURLWithPath: results).deletingLastPathComponent().path
      guard FileManager.default.isWritableFile(atPath: folder) else {
        throw ValidationError("--results: cannot write in \(folder)")
      }
    }
    if let problem = ValidationPolicy.minimumAgeProblem(minimumAge) { throw ValidationError(problem) }
  }

  func run() async throws {
    do {
      let status = try await importBatch()
      if status != ExitStatus.ok { throw ExitCode(status) }
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  private func importBatch() async throws -> Int32 {
    let (data, folder) = try BodyFile.read(file, limit: Self.fileLimit)
    let format = BatchFormat.detect(fileName: file, data: data)
    let rows: [BatchRow]
    do {
      rows = try BatchInput.rows(of: data, format: format)
    } catch {
      throw BatchFileRefusal(file: file, error: error)
    }
    let policy = ValidationPolicy(minimumAge: minimumAge, fileReader: FileSystemReader(baseDirectory: folder))
    var checks = ImportRowCheck.checkAll(rows, form: .individual, policy: policy)
    for line in ImportRowCheck.reportLines(checks) { print(line) }
    let invalid = checks.filter { !$0.isValid }
    print(ImportRowCheck.summaryLine(checks))
    if !invalid.isEmpty && !skipInvalid {
      print(
        "nothing was sent: correct the rows above, or use --skip-invalid to send the \(checks.count - invalid.count) valid rows"
      )
      try writeResults(
        checks.map { check in
          BatchRowResult(
            row: check.row.number, status: check.isValid ? .notSent : .invalid,
            error: check.isValid ? "not sent: other rows are invalid" : check.errorSummary)
        })
      return ExitStatus.dataError
    }

    let localStore = try store.settings.openStore()
    let plain = try await makeKiraSession(options: connection.settings)
    let gate = RequestGate(limits: RequestGate.Limits(requestsPerSecond: rate, concurrency: concurrency))
    let session = plain.sending(
      through: PacedTransport(base: plain.transport, gate: gate),
      logger: makeLogger(settings: connection.settings, environment: ProcessInfo.processInfo.environment))
    let paced = session.client
    defer { plain.closeNow() }

    // Against a live Kira its subdivision codes (GET /v1/countries, cached) decide the state, as in `submit`.
    var form = OnboardingForm.individual
    if let catalog = await session.subdivisionCatalog(store: localStore) {
      form.subdivisions = catalog
      checks = ImportRowCheck.checkAll(rows, form: form, policy: policy)
      let nowInvalid = checks.filter { !$0.isValid }
      if nowInvalid.count > invalid.count {
        for line in ImportRowCheck.reportLines(checks) { print(line) }
        print(ImportRowCheck.summaryLine(checks) + " (with Kira's subdivision codes)")
        if !skipInvalid {
          print("nothing was sent: correct the rows above, or use --skip-invalid")
          try writeResults(
            checks.map { check in
              BatchRowResult(
                row: check.row.number, status: check.isValid ? .notSent : .invalid,
                error: check.isValid ? "not sent: other rows are invalid" : check.errorSummary)
            })
          return ExitStatus.dataError
        }
      }
    }

    let sendingForm = form
    let jobs = checks.filter(\.isValid).map { check in
      BatchJob(
        row: check.row.number,
        payload: ImportRowCheck.payloadBuilder(check.row, form: sendingForm, policy: policy))
    }
    let coordinator = SubmissionCoordinator(
      client: paced, store: localStore, environment: session.journalEnvironment,
      operatorName: store.settings.operatorName, keepDrafts: true,
      fieldForPath: { sendingForm.fieldID(forAPIPath: $0) })
    let progress = ImportProgressDisplay(
      total: jobs.count, configuredRate: rate, atTerminal: isatty(STDERR_FILENO) == 1)
    let runner = BatchRunner(
      coordinator: coordinator, concurrency: concurrency,
      keys: BatchKeyDerivation(
        clientID: paced.configuration.credentials.clientID, environment: session.journalEnvironment),
      onEvent: { progress.handle($0) })
    ErrorPresenter.writeToStandardError(
      "kira-onboard: sending \(jobs.count) row\(jobs.count == 1 ? "" : "s") to \(session.environmentName) at \(Self.number(rate)) requests/s, \(concurrency) at a time"
    )
    progress.start()
    let sent = await runner.run(jobs)
    progress.finish()

    let byRow = Dictionary(sent.map { ($0.row, $0) }, uniquingKeysWith: { first, _ in first })
    let all = checks.map { check in
      byRow[check.row.number]
        ?? BatchRowResult(row: check.row.number, status: .skipped, error: check.errorSummary)
    }
    for line in BatchSummary.lines(all, elapsed: progress.elapsed) { print(line) }
    print("environment: \(session.environmentName)")
    try writeResults(all)
    return Self.exitStatus(all)
  }

  /// The one exit status of a batch: what the operator must do first.
  static func exitStatus(_ results: [BatchRowResult]) -> Int32 {
    let statuses = Set(results.map(\.status))
    if results.contains(where: {
      $0.status == .notSent && $0.error?.hasPrefix(BatchRunner.credentialsRefused) == true
    }) {
      return ExitStatus.permissionDenied
    }
    if statuses.contains(.unknown) { return ExitStatus.temporaryFailure }
    if statuses.contains(.unavailable) { return ExitStatus.unavailable }
    if statuses.contains(.notSent) { return ExitStatus.temporaryFailure }
    if !statuses.isSubset(of: [.created, .alreadyCreated]) { return ExitStatus.dataError }
    return ExitStatus.ok
  }

  private func writeResults(_ rows: [BatchRowResult]) throws {
    guard let results, let format = BatchResultsFile.format(forPath: results) else { return }
    let url = URL(fileURLWithPath: results)
    do {
      try BatchResultsFile.encode(rows, as: format).write(to: url, options: .atomic)
      ErrorPresenter.writeToStandardError("kira-onboard: results written to \(results)")
    } catch {
      throw ValidateInputError.unreadable(
        path: results, reason: "cannot write the results: \(error.localizedDescription)")
    }
  }

  private static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}

/// The batch file as a whole cannot be used (bad CSV, unknown columns): exit 65.
struct BatchFileRefusal: Error, PresentableError {
  var file: String
  var error: BatchInputError

  var userMessage: String { "\(file): \(error); nothing was sent" }

  var exitStatus: Int32 { ExitStatus.dataError }
}
