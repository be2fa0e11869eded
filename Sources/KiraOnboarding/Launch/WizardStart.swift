import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraStore
import Wizard

/// What the wizard opens on, read from the store before curses takes the
/// screen (so a wrong id or an unreadable file is reported on stderr).
public struct WizardStart: Sendable {
  /// The opened store.
  public var store: LocalStore
  /// The wizard's drafts in it.
  public var persistence: StoreDraftPersistence
  /// Dispatched before the first frame (a resumed draft, a loaded body, an attempt).
  public var action: WizardAction?
  /// Saved drafts to offer first (empty: none, or the start was chosen).
  public var resumeList: [DraftListing] = []

  /// Opens the store `settings` names and reads what `opening` asks for;
  /// `warn` gets the lines to show before the screen is taken (mistyped keys
  /// in a `--load` body).
  public static func prepare(
    store settings: StoreSettings, opening: WizardOpening, plan: WizardLaunchPlan,
    form: OnboardingForm = .individual, warn: (String) -> Void = { _ in }
  ) throws -> WizardStart {
    let store = try settings.openStore()
    var persistence = StoreDraftPersistence(
      store: store, operatorName: settings.operatorName,
      journalEnvironment: plan.journalEnvironment
    )
    persistence.leases = try DraftLeases(
      directory: store.location.directory.appendingPathComponent("locks"),
      operatorName: settings.operatorName)
    var start = WizardStart(store: store, persistence: persistence)
    switch opening {
    case .resume(let id):
      let full = try resolveDraftID(id, persistence: persistence)
      do {
        guard let draft = try persistence.load(id: full) else { throw StoreError.draftNotFound(full) }
        start.action = .drafts(.loaded(draft, id: full))
      } catch let locked as DraftLockedFailure {
        // Open in another wizard: the resume list asks read-only or take over.
        start.resumeList = try persistence.list()
        start.action = .drafts(.lockedElsewhere(id: full, holder: locked.holder))
      }
    case .load(let path):
      start.action = .drafts(.openBody(form.values(fromPayload: try readBody(path, warn: warn))))
    case .attempt(let attemptID):
      start.action = .drafts(
        .openAttempt(try attempt(attemptID, store: store, persistence: persistence, form: form)))
    case .resumeList:
      start.resumeList = try persistence.list()
    case .fresh:
      break
    }
    return start
  }

  /// A full draft id from an id or a prefix of one that names a single draft.
  public static func resolveDraftID(_ text: String, persistence: StoreDraftPersistence) throws -> String {
    let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
    let ids = try persistence.list().map(\.id)
    if ids.contains(wanted) { return wanted }
    let matching = ids.filter { $0.hasPrefix(wanted) }
    guard wanted.count >= 4, matching.count == 1 else { return wanted }
    return matching[0]
  }

  /// A JSON body from a file; `warn` gets one line per unknown key.
  public static func readBody(_ path: String, warn: (String) -> Void = { _ in }) throws -> JSONValue {
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
      warn("kira-onboard: --load \(path): \(issue.path): warning: \(issue.message)")
    }
    return body
  }

  /// A failed journal attempt with the answers of its draft (or of the body
  /// kept for its open key) and Kira's field errors.
  public static func attempt(
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

/// Where the wizard's drafts come from: a store opened before the first
/// frame (with what to open on), or one that opens right after it.
public struct WizardDraftSource: Sendable {
  /// The store opened before the first frame.
  public var start: WizardStart?
  /// The store that opens after the first frame.
  public var deferred: DeferredWizardStore?

  /// Drafts from whichever store there is.
  public init(start: WizardStart?, deferred: DeferredWizardStore?) {
    self.start = start
    self.deferred = deferred
  }

  /// The drafts, through whichever store there is.
  public var persistence: (any DraftPersistence)? { start?.persistence ?? deferred }
}

/// Why the wizard could not open what it was asked to.
public enum WizardStartError: PresentableError, Equatable {
  case unreadable(String, reason: String)
  case notAJSONObject(String)
  case notJSON(String, JSONSyntaxError)
  case noAttempt(Int64)
  case attemptCreated(Int64, userID: String?)
  case attemptAnswersGone(Int64)

  public var userMessage: String {
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

  public var exitStatus: Int32 {
    switch self {
    case .unreadable, .noAttempt, .attemptAnswersGone: ExitStatus.noInput
    case .notAJSONObject, .notJSON: ExitStatus.dataError
    case .attemptCreated: ExitStatus.usage
    }
  }
}
