import Foundation
import KYCForm
import KiraModels
import KiraStore
import Wizard

/// The wizard's drafts in the encrypted local store, with what the
/// submission journal says about each: an attempt whose outcome is still
/// open (its key and exact body, to be sent again first) or a user already
/// created (never sent again).
public struct StoreDraftPersistence: DraftPersistence {
  /// The opened store.
  public let store: LocalStore
  /// Written into each saved draft.
  public let operatorName: String
  /// The journal environment whose history applies, or nil for an embedded
  /// sandbox (its users and open attempts end with the process that ran it).
  public let journalEnvironment: String?
  /// Maps Kira's error paths to fields.
  public var form: OnboardingForm = .individual
  /// One writer per draft: this wizard's leases (nil: no locking).
  public var leases: DraftLeases?

  /// The drafts of `store`, written by `operatorName`, with the journal's
  /// history for `journalEnvironment` (nil: none, an embedded sandbox).
  public init(
    store: LocalStore, operatorName: String, journalEnvironment: String?, form: OnboardingForm = .individual,
    leases: DraftLeases? = nil
  ) {
    self.store = store
    self.operatorName = operatorName
    self.journalEnvironment = journalEnvironment
    self.form = form
    self.leases = leases
  }

  public func save(_ draft: WizardDraft) throws -> String {
    let id = draft.id.map(DraftID.init(rawValue:)) ?? .random()
    if let holder = try translating({ try leases?.holderIfTaken(id) }) {
      throw DraftTakenOverFailure(holder: holder.description)
    }
    let snapshot = DraftSnapshot(
      id: id, kind: draft.kind == .load ? .load : .new, values: draft.values, step: draft.step,
      focusedField: draft.focusedField, operatorName: operatorName, createdAt: draft.createdAt,
      updatedAt: draft.updatedAt, lastError: draft.lastError.map(storedError))
    try translating { try store.drafts.save(snapshot) }
    return id.rawValue
  }

  public func load(id: String) throws -> WizardDraft? {
    try load(id: id, mode: .edit)
  }

  public func load(id: String, mode: DraftOpenMode) throws -> WizardDraft? {
    if let leases, mode != .readOnly {
      let claim = try translating { try leases.claim(DraftID(rawValue: id), takeOver: mode == .takeOver) }
      if case .heldElsewhere(let holder) = claim { throw DraftLockedFailure(holder: holder.description) }
    }
    return try translating {
      guard let snapshot = try store.drafts.load(DraftID(rawValue: id)) else { return nil }
      if let remote = snapshot.kind.remoteUserID {
        throw DraftStoreFailure(
          "draft \(id) is a fix-up of Kira user \(remote): open it with kira-onboard fix \(remote)")
      }
      var draft = WizardDraft(
        id: snapshot.id.rawValue, kind: snapshot.kind == .load ? .load : .new, values: snapshot.values,
        step: snapshot.step, focusedField: snapshot.focusedField, createdAt: snapshot.createdAt,
        updatedAt: snapshot.updatedAt, lastError: snapshot.lastError.map(problem))
      try addJournalState(to: &draft, draftID: snapshot.id)
      return draft
    }
  }

  public func list() throws -> [DraftListing] {
    try translating {
      try store.drafts.list().filter { $0.kind.remoteUserID == nil }.map { summary in
        DraftListing(
          id: summary.id.rawValue, maskedName: summary.maskedName, step: summary.step,
          focusedField: summary.focusedField, updatedAt: summary.updatedAt, errorCodes: summary.errorCodes,
          operatorName: summary.operatorName, kindLabel: summary.kind.label)
      }
    }
  }

  public func delete(id: String) throws {
    try translating { _ = try store.drafts.delete(DraftID(rawValue: id)) }
    leases?.release(DraftID(rawValue: id))
  }

  // MARK: - The journal

  /// Reads the draft's (and applicant's) attempts: the open one to send
  /// again, or the user already created.
  public func addJournalState(to draft: inout WizardDraft, draftID: DraftID) throws {
    guard let environment = journalEnvironment else { return }
    let applicant = store.journal.applicantFingerprint(email: draft.values[.email])
    let history = try store.journal.attempts(applicant: applicant, draftID: draftID, environment: environment)
    switch ResubmissionPolicy.decide(history: history, bodySHA256: "") {
    case .refuseCreated(let userID, _):
      draft.createdUserID = userID ?? "(id not recorded)"
    case .replay(let key, _):
      guard let data = try store.journal.pendingBody(forKey: key), let body = try? JSONValue.parse(data)
      else {
        return
      }
      let sent = history.filter { $0.idempotencyKey == key }
      draft.openSubmission = OpenSubmission(
        idempotencyKey: key, payload: body, submissions: sent.count, reason: Self.reason(sent.last))
    case .sendNew, .refuseUnchanged:
      break
    }
  }

  /// Why an attempt's outcome is open, for the result screen.
  public static func reason(_ attempt: AttemptRecord?) -> String {
    guard let attempt else { return "the last attempt got no answer" }
    if attempt.isInFlight { return "the wizard stopped before Kira answered (attempt #\(attempt.id))" }
    switch attempt.outcome {
    case .unavailable: return "Kira was unavailable (attempt #\(attempt.id))"
    case .conflict: return "Kira saw the key with other data (attempt #\(attempt.id))"
    default:
      return "no answer from Kira (attempt #\(attempt.id)\(attempt.errorCode.map { ", \($0)" } ?? ""))"
    }
  }

  // MARK: - Mapping

  public func storedError(_ problem: DraftProblem) -> DraftError {
    DraftError(
      summary: problem.summary, codes: problem.codes,
      fieldErrors: problem.fieldErrors.map {
        DraftError.FieldError(
          field: form.fieldID(forAPIPath: $0.path), path: $0.path, code: $0.code, message: $0.message)
      })
  }

  public func problem(_ error: DraftError) -> DraftProblem {
    DraftProblem(
      summary: error.summary, codes: error.codes,
      fieldErrors: error.fieldErrors.map { KiraFieldError(path: $0.path, code: $0.code, message: $0.message) }
    )
  }

  /// Store errors become `DraftStoreFailure` with the store's own wording.
  private func translating<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as StoreError {
      throw DraftStoreFailure(error.message)
    }
  }
}
