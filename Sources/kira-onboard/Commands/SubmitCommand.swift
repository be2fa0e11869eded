import ArgumentParser
import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraOnboarding
import KiraStore

/// `kira-onboard submit FILE`: validates a `POST /v1/users` body like
/// `validate`, then creates the user on Kira (or the embedded sandbox).
struct SubmitCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "submit",
      abstract: CLIHelp.submitAbstract.text,
      discussion: CLIHelp.submitDiscussion.text)
  }

  @Argument(help: CLIHelp.submitFile.help)
  var file: String

  @Flag(name: .long, help: CLIHelp.submitJSON.help)
  var json = false

  @Option(
    name: .customLong("idempotency-key"),
    help: ArgumentHelp(CLIHelp.idempotencyKey.text, valueName: "key"))
  var idempotencyKey: String?

  @Option(name: .customLong("minimum-age"), help: CLIHelp.minimumAge.help)
  var minimumAge: Int = 18

  @Flag(
    name: .long,
    help: CLIHelp.wait.help)
  var wait = false

  @Option(
    name: .customLong("wait-timeout"),
    help: ArgumentHelp(CLIHelp.waitTimeout.text, valueName: "seconds"))
  var waitTimeout: Int = 120

  @Flag(
    name: .customLong("allow-existing-email"),
    help: CLIHelp.allowExistingEmail.help)
  var allowExistingEmail = false

  @OptionGroup var connection: ConnectionOptions

  @OptionGroup var store: StoreOptions

  func validate() throws {
    if let idempotencyKey, UUID(uuidString: idempotencyKey) == nil {
      throw ValidationError("--idempotency-key must be a UUID (as printed by an earlier attempt)")
    }
    if let problem = ValidationPolicy.minimumAgeProblem(minimumAge) { throw ValidationError(problem) }
    if !(1...3600).contains(waitTimeout) {
      throw ValidationError("--wait-timeout must be between 1 and 3600 seconds, not \(waitTimeout)")
    }
  }

  func run() async throws {
    do {
      try await submit()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  private func submit() async throws {
    let (data, folder) = try readInput()
    let body: JSONValue
    do {
      body = try JSONValue.parseStrict(data)
    } catch {
      throw ValidateInputError.syntax(path: file, error)
    }
    let policy = ValidationPolicy(minimumAge: minimumAge, fileReader: FileSystemReader(baseDirectory: folder))
    let report = ValidateReport.make(body: body, form: .individual, policy: policy)
    for warning in report.warnings {
      ErrorPresenter.writeToStandardError(
        CLIText.warning(
          path: warning.path, message: warning.message(in: CLILanguage.current), code: warning.code
        )
        .text)
    }
    guard report.isValid, var payload = report.payload else {
      throw LocalRejection(
        file: file,
        lines: report.errors.map { "\($0.path): \($0.message(in: CLILanguage.current)) [\($0.code)]" })
    }

    let localStore = try store.settings.openStore()
    let session = try await makeKiraSession(
      options: connection.settings,
      onRetry: { event in ErrorPresenter.writeToStandardError("kira-onboard: \(event.summary)") })
    // Against a live Kira its subdivision codes (GET /v1/countries, cached) decide the state.
    if let catalog = await session.subdivisionCatalog(store: localStore) {
      var form = OnboardingForm.individual
      form.subdivisions = catalog
      let checked = ValidateReport.make(body: body, form: form, policy: policy)
      guard checked.isValid, let confirmed = checked.payload else {
        await session.close()
        throw LocalRejection(
          file: file,
          lines: checked.errors.map { "\($0.path): \($0.message(in: CLILanguage.current)) [\($0.code)]" })
      }
      payload = confirmed
    }
    // The session's hook already reports every retry (sign-in, countries and the
    // create): a second one here printed each create retry twice.
    var coordinator = makeSubmissionCoordinator(
      session: session, store: localStore, operatorName: store.settings.operatorName, keepDrafts: false)
    if let requested = idempotencyKey?.lowercased() {
      coordinator.makeIdempotencyKey = { requested }
    }
    // Never a second customer: Kira is asked for the e-mail first, unless the
    // operator retries a given key (Kira replays its answer to that key).
    coordinator.existingEmailPolicy =
      allowExistingEmail || idempotencyKey != nil ? .ignore : .refuse(allowing: [])
    // The body is kept sealed as a draft, as the wizard's answers are, so a
    // failed attempt can be opened in the wizard (`--attempt N`); a create wipes it.
    let draft = DraftSnapshot(
      kind: .load, values: OnboardingForm.individual.values(fromPayload: payload),
      operatorName: store.settings.operatorName)
    let draftID = (try? localStore.drafts.save(draft)).map { draft.id }
    let submission: SubmissionReport
    do {
      submission = try await coordinator.submit(payload, draftID: draftID)
    } catch {
      Self.dropUnusedDraft(draftID, store: localStore)
      await session.close()
      throw error
    }
    Self.dropUnusedDraft(draftID, store: localStore)
    do {
      try await printOutcome(submission, session: session)
    } catch {
      await session.close()
      throw error
    }
    await session.close()
  }

  /// Prints what came of the create (and, with `--wait`, of the follow-up).
  private func printOutcome(_ submission: SubmissionReport, session: KiraSession) async throws {
    let failure = { (error: KiraError, key: String) in
      SubmitFailure(
        error: error, idempotencyKey: key, retryCommand: Self.retryCommand(key: key),
        embedded: session.isEmbeddedSandbox)
    }
    let user: KiraUser
    switch submission.outcome {
    case .created:
      guard let created = submission.user else {
        throw failure(
          KiraError(kind: .invalidResponse, message: "Kira created the user but sent no body"), "")
      }
      user = created
    case .alreadyCreated(let userID):
      // Idempotent: a retried script gets 0 and the id, and nothing is sent.
      print(
        "created: \(userID.map { UntrustedText.clean($0) } ?? "(id not recorded)") (by an earlier attempt; nothing was sent)"
      )
      print("environment: \(session.environmentName)")
      print("to change its data use: kira-onboard fix \(userID.map { UntrustedText.clean($0) } ?? "USER_ID")")
      return
    case .unchangedAfterRejection(let key):
      throw UnchangedBodyRefusal(file: file, idempotencyKey: key)
    case .rejected(let error):
      var rejected = failure(error, submission.attempts.last?.idempotencyKey ?? "")
      rejected.openableAttempt = submission.attempts.last.flatMap { $0.draftID == nil ? nil : $0.id }
      throw rejected
    case .outcomeUnknown(let key, let error), .unavailable(let key, let error):
      throw failure(error, key)
    case .authenticationFailed(let error):
      throw failure(error, submission.attempts.last?.idempotencyKey ?? "")
    case .conflict(let key, let existing, let error):
      var conflict = failure(error, key)
      conflict.existingUserIDs = existing
      throw conflict
    case .emailInUse(let users, let staleKey):
      throw ExistingEmailRefusal(users: users, staleKey: staleKey)
    }
    let key = submission.attempts.last?.idempotencyKey ?? ""
    if submission.replayedEarlierBody {
      ErrorPresenter.writeToStandardError(
        "kira-onboard: an earlier attempt had no definite answer, so its body was sent again under its key "
          + "(\(key)); send later changes with `kira-onboard fix \(UntrustedText.clean(user.id))`")
    }

    if wait {
      try await waitForFinalState(of: user, key: key, session: session)
      return
    }
    if json {
      printJSON(user.raw)
    } else {
      print("created: \(UntrustedText.clean(user.id))")
      print("status: \(user.status.map { UntrustedText.clean($0) } ?? "(none)")")
      print("verification status: \(user.verificationStatus.map { UntrustedText.clean($0) } ?? "(none)")")
      // Only a link that passed the link rule (https, or http on loopback) is printed as a link.
      print(
        "verification link: \(user.verificationLink.map { UntrustedText.clean($0, limit: VerificationLink.maxLength) } ?? "(none)")"
      )
      if let linkError = user.verificationLinkError {
        print("verification link error: \(UntrustedText.clean(linkError))")
      }
      print("environment: \(session.environmentName)")
      print("idempotency key: \(key)")
    }
  }

  /// Deletes the draft kept for this run's body when no attempt refers to it
  /// (nothing was sent: the user existed, the body was refused unchanged).
  static func dropUnusedDraft(_ draftID: DraftID?, store: LocalStore) {
    guard let draftID, let attempts = try? store.journal.attempts(applicant: nil, draftID: draftID),
      attempts.isEmpty
    else { return }
    _ = try? store.drafts.delete(draftID)
  }

  /// The exact command line to retry with the same key (other flags kept).
  static func retryCommand(key: String, arguments: [String] = CommandLine.arguments) -> String {
    var kept: [String] = []
    var skipNext = false
    for argument in arguments.dropFirst() {
      if skipNext {
        skipNext = false
        continue
      }
      if argument == "--idempotency-key" {
        skipNext = true
        continue
      }
      if argument.hasPrefix("--idempotency-key=") { continue }
      kept.append(argument)
    }
    return (["kira-onboard"] + kept + ["--idempotency-key", key]).map(ShellQuoting.quote).joined(
      separator: " ")
  }

  private func readInput() throws -> (Data, URL) {
    try BodyFile.read(file)
  }

}

/// The body failed local validation: nothing was sent (exit 65).
struct LocalRejection: Error, PresentableError {
  var file: String
  var lines: [String]

  var userMessage: String {
    (["\(file) is invalid; nothing was sent to Kira:"] + lines.map { "  " + $0 }).joined(separator: "\n")
  }

  var exitStatus: Int32 { ExitStatus.dataError }
}

/// A create that Kira refused or did not answer, with what to do next.
struct SubmitFailure: Error, PresentableError {
  var error: KiraError
  var idempotencyKey: String
  var retryCommand: String
  var embedded: Bool
  /// Users Kira already has under the applicant's e-mail (after a 409).
  var existingUserIDs: [String] = []
  /// The rejected attempt whose body was kept, to open in the wizard.
  var openableAttempt: Int64?

  /// A 2xx with an unreadable body may still have created the user: treat it like no answer.
  private var outcomeUnknown: Bool {
    if case .outcomeUnknown = error.kind { return true }
    return error.kind == .invalidResponse
  }

  var userMessage: String {
    var text = error.userMessage
    if outcomeUnknown {
      if error.kind == .invalidResponse {
        text += "\n  The user may have been created. Retry with the SAME idempotency key: \(idempotencyKey)"
      }
      text +=
        "\n  To retry safely (Kira answers with the first result if it got the request):\n    \(retryCommand)"
      if embedded {
        text += "\n  (This run used the embedded sandbox, which stopped with the command.)"
      }
    } else if error.kind == .server || error.kind == .rateLimited {
      text += "\n  To try again later with the same key:\n    \(retryCommand)"
    }
    if let openableAttempt {
      text +=
        "\n  To correct it in the wizard (Kira's fields marked): kira-onboard --attempt \(openableAttempt)"
    }
    if !existingUserIDs.isEmpty {
      text +=
        "\n  Kira already has users with this e-mail: "
        + existingUserIDs.map { UntrustedText.clean($0) }.joined(separator: ", ")
    }
    return text
  }

  var exitStatus: Int32 { outcomeUnknown ? ExitStatus.temporaryFailure : error.exitStatus }
}

/// Kira already rejected exactly this body: sending it again cannot help (exit 65).
struct UnchangedBodyRefusal: Error, PresentableError {
  var file: String
  var idempotencyKey: String

  var userMessage: String {
    "\(file) was already rejected by Kira unchanged (idempotency key \(idempotencyKey)); nothing was sent.\n"
      + "  Correct the fields Kira named (see `kira-onboard attempts`), then submit again."
  }

  var exitStatus: Int32 { ExitStatus.dataError }
}

/// Kira already has users with the body's e-mail: nothing was sent (exit 65).
struct ExistingEmailRefusal: Error, PresentableError {
  var users: [KiraUser]
  /// The open attempt older than Kira's idempotency window, if that is why it was checked.
  var staleKey: String?

  var userMessage: String {
    let named = users.prefix(5).map { user in
      UntrustedText.clean(user.id) + " ("
        + [user.status, user.createdAt.map { "created \($0)" }]
        .compactMap { $0.map { UntrustedText.clean($0, limit: 40) } }.joined(separator: ", ") + ")"
    }
    var lines = [
      "kira-onboard: Kira already has \(users.count == 1 ? "a user" : "\(users.count) users") with this e-mail; "
        + "nothing was sent:"
    ]
    lines += named.map { "  " + $0 }
    if let staleKey {
      lines.append(
        "  An earlier attempt (idempotency key \(staleKey)) had no answer and is older than Kira's 24 h "
          + "idempotency window: it probably created that user; sending it again would create another.")
    }
    if let first = users.first {
      lines.append("  To change that user's data: kira-onboard fix \(UntrustedText.clean(first.id))")
    }
    lines.append("  To create a second customer anyway: add --allow-existing-email")
    return lines.joined(separator: "\n")
  }

  var exitStatus: Int32 { ExitStatus.dataError }
}
