import ArgumentParser
import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraStore
import Wizard

/// The wizard's draft options: where drafts live, and what to open first
/// (a saved draft, a JSON body, a failed journal attempt, or a fresh form).
/// `WizardCommand` reads them into its `WizardSettings`, which checks them.
struct WizardDraftOptions: ParsableArguments {
  @OptionGroup var store: StoreOptions

  @OptionGroup var retention: DraftRetentionOptions

  @Option(
    name: .customLong("resume"),
    help: ArgumentHelp(
      "Resume this saved draft (an id from `drafts list`), skipping the list.", valueName: "id"))
  var resumeID: String?

  @Flag(
    name: [.customLong("fresh"), .customLong("no-resume")],
    help: "Start a fresh form without offering the saved drafts.")
  var fresh = false

  @Option(
    name: .customLong("load"),
    help: ArgumentHelp(
      "Open a JSON body (API format) on Review with every local error shown.", valueName: "file"))
  var loadFile: String?

  @Option(
    name: .customLong("attempt"),
    help: ArgumentHelp(
      "Open a failed journal attempt (an id from `attempts`) on Review with Kira's field errors.",
      valueName: "id"))
  var attemptID: Int64?
}

/// What the wizard opens on, read from the store before curses takes the
/// screen (so a wrong id or an unreadable file is reported on stderr).
struct WizardStart {
  /// The opened store.
  var store: LocalStore
  /// The wizard's drafts in it.
  var persistence: StoreDraftPersistence
  /// Dispatched before the first frame (a resumed draft, a loaded body, an attempt).
  var action: WizardAction?
  /// Saved drafts to offer first (empty: none, or the start was chosen).
  var resumeList: [DraftListing] = []

  /// Opens the store and reads what `settings` asks for.
  static func prepare(
    settings: WizardSettings, plan: WizardLaunchPlan, form: OnboardingForm = .individual
  ) throws -> WizardStart {
    let store = try settings.store.openStore()
    var persistence = StoreDraftPersistence(
      store: store, operatorName: settings.store.operatorName,
      journalEnvironment: plan.journalEnvironment
    )
    persistence.leases = try DraftLeases(
      directory: store.location.directory.appendingPathComponent("locks"),
      operatorName: settings.store.operatorName)
    var start = WizardStart(store: store, persistence: persistence)
    if let id = settings.resumeID {
      let full = try resolveDraftID(id, persistence: persistence)
      do {
        guard let draft = try persistence.load(id: full) else { throw StoreError.draftNotFound(full) }
        start.action = .drafts(.loaded(draft, id: full))
      } catch let locked as DraftLockedFailure {
        // Open in another wizard: the resume list asks read-only or take over.
        start.resumeList = try persistence.list()
        start.action = .drafts(.lockedElsewhere(id: full, holder: locked.holder))
      }
    } else if let path = settings.loadFile {
      start.action = .drafts(.openBody(form.values(fromPayload: try readBody(path))))
    } else if let attemptID = settings.attemptID {
      start.action = .drafts(
        .openAttempt(try attempt(attemptID, store: store, persistence: persistence, form: form)))
    } else if !settings.fresh {
      start.resumeList = try persistence.list()
    }
    return start
  }

  /// A full draft id from an id or a prefix of one that names a single draft.
  static func resolveDraftID(_ text: String, persistence: StoreDraftPersistence) throws -> String {
    let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
    let ids = try persistence.list().map(\.id)
    if ids.contains(wanted) { return wanted }
    let matching = ids.filter { $0.hasPrefix(wanted) }
    guard wanted.count >= 4, matching.count == 1 else { return wanted }
    return matching[0]
  }

  /// A JSON body from a file.
  static func readBody(_ path: String) throws -> JSONValue {
    let data: Data
    do {
      data = try BodyFile.read(path).0
    } catch let error as ValidateInputError {
      throw WizardStartError.unreadable(path, reason: error.userMessage)
    }
    let body: JSONValue
    do {
      body = try JSONValue.parseStrict(data)
    } catch {
      throw WizardStartError.notJSON(path, error)
    }
    guard body.objectValue != nil else { throw WizardStartError.notAJSONObject(path) }
    // Before the screen is taken: mistyped keys would otherwise be sent unnoticed.
    for issue in OnboardingForm.individual.unknownKeyIssues(in: body) {
      ErrorPresenter.writeToStandardError(
        "kira-onboard: --load \(path): \(issue.path): warning: \(issue.message)")
    }
    return body
  }

  /// A failed journal attempt with the answers of its draft (or of the body
  /// kept for its open key) and Kira's field errors.
  static func attempt(
    _ id: Int64, store: LocalStore, persistence: StoreDraftPersistence, form: OnboardingForm
  ) throws -> AttemptToOpen {
    guard let record = try store.journal.attempt(id: id) else { throw WizardStartError.noAttempt(id) }
    if record.outcome == .created {
      throw WizardStartError.attemptCreated(id, userID: record.userID)
    }
    let draft = try record.draftID.flatMap { try persistence.load(id: $0.rawValue) }
    var values = draft?.values
    if values == nil, let kept = try store.journal.pendingBody(forKey: record.idempotencyKey),
      let body = try? JSONValue.parse(kept)
    {
      values = form.values(fromPayload: body)
    }
    guard let values else { throw WizardStartError.attemptAnswersGone(id) }
    return AttemptToOpen(
      attemptID: record.id, httpStatus: record.httpStatus, errorCode: record.errorCode,
      fieldErrors: record.fieldErrors.map { KiraFieldError(path: $0.path, code: $0.code, message: "") },
      draft: draft, values: values)
  }
}

/// Connects the wizard to Kira (or the embedded sandbox) behind the first
/// frame, with creates going through the journal and the support calls
/// (e-mail check, fix-up) available.
func makeJournaledConnector(
  plan: WizardLaunchPlan, options: ConnectionSettings, store: @escaping @Sendable () -> LocalStore?,
  operatorName: String, keepDrafts: Bool
) -> @Sendable () async throws -> any WizardBackend {
  let environment = plan.sessionEnvironment
  let sandboxPort = plan.sandboxPort
  return {
    let session = try await makeKiraSession(
      options: options, environment: environment, sandboxPort: sandboxPort, notice: { _ in })
    return JournaledWizardBackend(
      session: session, store: store(), operatorName: operatorName, keepDrafts: keepDrafts)
  }
}

/// Why the wizard could not open what it was asked to.
enum WizardStartError: PresentableError, Equatable {
  case unreadable(String, reason: String)
  case notAJSONObject(String)
  case notJSON(String, JSONSyntaxError)
  case noAttempt(Int64)
  case attemptCreated(Int64, userID: String?)
  case attemptAnswersGone(Int64)

  var userMessage: String {
    switch self {
    case .unreadable(_, let reason): "--load: \(reason)"
    case .notAJSONObject(let path): "--load: \(path) does not hold a JSON object (a POST /v1/users body)"
    case .notJSON(let path, let error):
      CleanText.escaped("--load: \(path) is not valid JSON (\(error)) [\(error.code)]")
    case .noAttempt(let id): "no attempt #\(id) in the journal (kira-onboard attempts --all lists them)"
    case .attemptCreated(let id, let userID):
      "attempt #\(id) created Kira user \(userID.map { UntrustedText.clean($0) } ?? "?"): it is never sent "
        + "again; fix the user with kira-onboard fix \(userID.map { UntrustedText.clean($0) } ?? "USER_ID")"
    case .attemptAnswersGone(let id):
      "attempt #\(id) has no answers left: its draft was wiped and no body was kept for it"
    }
  }

  var exitStatus: Int32 {
    switch self {
    case .unreadable, .noAttempt, .attemptAnswersGone: ExitStatus.noInput
    case .notAJSONObject, .notJSON: ExitStatus.dataError
    case .attemptCreated: ExitStatus.usage
    }
  }
}

extension DraftStoreFailure: PresentableError {
  /// The store's own wording.
  var userMessage: String { message }

  /// Data the store cannot read back: 65.
  var exitStatus: Int32 { ExitStatus.dataError }
}

extension DraftLockedFailure: PresentableError {
  /// Where the draft is open.
  var userMessage: String {
    "the draft is open in another wizard (\(holder)); open it with --resume to read it or take it over"
  }

  /// Busy: 75 (try again later).
  var exitStatus: Int32 { ExitStatus.temporaryFailure }
}
