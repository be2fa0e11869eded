import ArgumentParser
import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraOnboarding
import KiraStore

/// `kira-onboard fix USER_ID`: shows what a Kira user still needs and, with
/// `--set`, sends only those fields (`PUT /v1/users/{id}`), then shows the new
/// state; `--reissue` re-issues verification for a REJECTED user.
struct FixCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "fix",
      abstract: CLIHelp.fixAbstract.text,
      discussion: CLIHelp.fixDiscussion.text)
  }

  @OptionGroup var connection: ConnectionOptions

  @OptionGroup var store: StoreOptions

  @Argument(help: CLIHelp.userID.help)
  var userID: String

  @Option(
    name: .customLong("set"),
    help: ArgumentHelp(CLIHelp.set.text, valueName: "field=value"))
  var assignments: [String] = []

  @Flag(name: .long, help: CLIHelp.reissue.help)
  var reissue = false

  @Option(
    name: .customLong("redirect-uri"),
    help: ArgumentHelp(
      CLIHelp.redirectURI.text,
      valueName: "url"))
  var redirectURI: String?

  @Option(
    name: .customLong("field"),
    help: ArgumentHelp(
      CLIHelp.field.text,
      valueName: "field"))
  var extraFields: [String] = []

  @Option(name: .customLong("minimum-age"), help: CLIHelp.fixMinimumAge.help)
  var minimumAge: Int = 18

  func validate() throws {
    if let problem = ValidationPolicy.minimumAgeProblem(minimumAge) { throw ValidationError(problem) }
    for assignment in assignments {
      guard let equals = assignment.firstIndex(of: "="),
        !assignment[..<equals].trimmingCharacters(in: .whitespaces).isEmpty
      else {
        throw ValidationError("--set expects field=value, not \"\(assignment)\"")
      }
    }
    if redirectURI != nil && !reissue { throw ValidationError("--redirect-uri only goes with --reissue") }
    for name in extraFields where FixUpPlan.field(named: name) == nil {
      throw ValidationError(
        "--field: \"\(name)\" is not a form field (a field id such as document.number, "
          + "an API path such as identifying_information.0.number, or a missing_fields token)")
    }
  }

  func run() async throws {
    do {
      let session = try await makeKiraSession(options: connection.settings)
      do {
        if assignments.isEmpty, !reissue, InteractiveFix.terminalIsInteractive {
          // A person at a terminal: the wizard on just the fields to fix.
          try await InteractiveFix.run(
            session: session, userID: userID, extraFields: extraFields, minimumAge: minimumAge)
        } else {
          try await fix(client: session.client)
        }
      } catch {
        await session.close()
        throw error
      }
      await session.close()
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  /// The printing path: the state, then `--set` and `--reissue` through
  /// the one fix-up service (`FixUpService`), the interactive fix's too.
  private func fix(client: KiraClient) async throws {
    let service = FixUpService(client: client)
    var user = try await service.load(userID: userID)
    let plan = FixUpPlan(user: user)
    UserReport.stateLines(of: user, plan: plan).forEach { print($0) }
    // Why Kira rejected the user: only its webhooks say (`webhooks listen`).
    WebhookReasons.lines(for: user.id, in: try? store.settings.openStore()).forEach { print($0) }

    if !assignments.isEmpty {
      let policy = ValidationPolicy(minimumAge: minimumAge)
      let edits = try FixUpEdits(assignments: assignments, plan: plan, policy: policy)
      for warning in edits.warnings {
        ErrorPresenter.writeToStandardError("kira-onboard: warning: " + warning)
      }
      if !edits.problems.isEmpty { throw FixInputError.invalidValues(edits.problems) }
      let changes = try FixUpService.changes(
        plan: plan, original: plan.startingValues, edited: edits.values, policy: policy)
      print("")
      if changes.isEmpty {
        print(CLIText.nothingChanged.text)
      } else {
        print(
          "PUT v1/users/\(UntrustedText.clean(user.id)): \(changes.fields.map { UntrustedText.clean($0) }.joined(separator: ", "))"
        )
        let update = try await service.send(changes, userID: user.id)
        let fields =
          update.updatedFields.isEmpty
          ? nil : update.updatedFields.map { UntrustedText.clean($0, limit: 80) }.joined(separator: ", ")
        print(
          CLIText.kiraUpdated(
            fields: fields, reverification: update.requiresReverification,
            triggered: update.verificationTriggered
          ).text)
        // A warning (a document that failed to upload) must not read as a success.
        for warning in update.warnings { print(CLIText.kiraWarns(warning).text) }
        if !update.warnings.isEmpty {
          ErrorPresenter.writeToStandardError(
            "kira-onboard: Kira took the update with \(update.warnings.count) warning(s); check them above")
        }
        user = try await service.load(userID: user.id)
        print("")
        print(CLIText.now.text)
        UserReport.stateLines(of: user, plan: FixUpPlan(user: user)).forEach { print($0) }
      }
    }

    if reissue {
      print("")
      switch try await service.reissueIfRejected(user, redirectURI: redirectURI) {
      case .notRejected(let status):
        print(CLIText.notReissued(status: UserReport.clean(status)).text)
      case .issued(let response):
        print(CLIText.reissued.text)
        if let link = response.verificationLink {
          print("verification link: \(UntrustedText.clean(link, limit: VerificationLink.maxLength))")
        } else {
          print("verification link: (none: \(UserReport.clean(response.verificationLinkRefusal)))")
        }
        if let status = response.status { print("status: \(UserReport.clean(status))") }
      }
    }
  }
}
