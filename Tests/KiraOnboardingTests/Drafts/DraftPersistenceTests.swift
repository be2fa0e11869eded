import Foundation
import KYCForm
import KiraModels
import KiraOnboarding
import KiraSandbox
import KiraStore
import Testing
import Wizard

/// The wizard's drafts in the encrypted store (`StoreDraftPersistence`):
/// save, list, load, delete, and what the journal adds on load.
@Suite("Draft persistence")
struct DraftPersistenceTests {
  // Now, not a fixed day: opening a store wipes drafts older than a week.
  static let started = Date()

  static func draft(
    id: String? = nil, firstName: String = "Maria", lastName: String = "Gonzalez",
    email: String = "maria.gonzalez@example.com", step: StepID = .contact
  ) -> WizardDraft {
    var values = FormValues()
    values["first_name"] = firstName
    values["last_name"] = lastName
    values["email"] = email
    values["birth_date"] = "1990-05-15"
    return WizardDraft(
      id: id, values: values, step: step, focusedField: "email", createdAt: started,
      updatedAt: started.addingTimeInterval(60))
  }

  @Test("save, list, load and delete round-trip in a temporary store")
  func roundTrip() throws {
    let temporary = try TemporaryStore()
    let drafts = StoreDraftPersistence(
      store: temporary.store, operatorName: "desk-7", journalEnvironment: nil)

    let id = try drafts.save(Self.draft())
    let listed = try drafts.list()
    #expect(listed.map(\.id) == [id])
    #expect(listed.first?.maskedName == NameMask.mask(firstName: "Maria", lastName: "Gonzalez"))
    #expect(listed.first?.maskedName.contains("Gonzalez") == false, "the list shows no applicant value")
    #expect(listed.first?.step == .contact)
    #expect(listed.first?.operatorName == "desk-7")

    let loaded = try #require(try drafts.load(id: id))
    #expect(loaded.id == id)
    #expect(loaded.values["first_name"] == "Maria")
    #expect(loaded.values["email"] == "maria.gonzalez@example.com")
    #expect(loaded.step == .contact)
    #expect(loaded.focusedField == "email")
    #expect(loaded.openSubmission == nil)
    #expect(loaded.createdUserID == nil)

    // Saving again under its id replaces it: still one draft.
    var edited = loaded
    edited.values["first_name"] = "Mariana"
    #expect(try drafts.save(edited) == id)
    #expect(try drafts.list().count == 1)
    #expect(try drafts.load(id: id)?.values["first_name"] == "Mariana")

    try drafts.delete(id: id)
    #expect(try drafts.list().isEmpty)
    #expect(try drafts.load(id: id) == nil)
  }

  @Test("the list holds every draft, most recently saved first")
  func listOrder() throws {
    let temporary = try TemporaryStore()
    let drafts = StoreDraftPersistence(
      store: temporary.store, operatorName: "desk-7", journalEnvironment: nil)
    var older = Self.draft(firstName: "Ana")
    older.updatedAt = Self.started
    var newer = Self.draft(firstName: "Luis")
    newer.updatedAt = Self.started.addingTimeInterval(3_600)
    let olderID = try drafts.save(older)
    let newerID = try drafts.save(newer)
    #expect(try drafts.list().map(\.id) == [newerID, olderID])
  }

  @Test("a draft open in one wizard is refused to another, unless read-only or taken over")
  func leases() throws {
    let temporary = try TemporaryStore()
    let locks = temporary.folder.url.appendingPathComponent("locks")
    var mine = StoreDraftPersistence(store: temporary.store, operatorName: "desk-7", journalEnvironment: nil)
    mine.leases = try DraftLeases(directory: locks, operatorName: "desk-7")
    var theirs = StoreDraftPersistence(
      store: temporary.store, operatorName: "desk-8", journalEnvironment: nil)
    theirs.leases = try DraftLeases(directory: locks, operatorName: "desk-8")

    let id = try mine.save(Self.draft())
    _ = try mine.load(id: id, mode: .edit)
    #expect(throws: DraftLockedFailure.self) { try theirs.load(id: id, mode: .edit) }
    #expect(try theirs.load(id: id, mode: .readOnly)?.id == id)
    #expect(try theirs.load(id: id, mode: .takeOver)?.id == id)
    // The first wizard's next save learns it lost the draft.
    #expect(throws: DraftTakenOverFailure.self) { try mine.save(Self.draft(id: id)) }
  }

  @Test("a loaded draft carries the journal's open attempt (its key and exact body) to send again")
  func openAttemptComesBack() async throws {
    let desk = try await Desk.make()
    let drafts = StoreDraftPersistence(
      store: desk.store, operatorName: "desk-7", journalEnvironment: desk.session.journalEnvironment)
    let email = Applicants.email()
    let id = try drafts.save(Self.draft(email: email))
    desk.engine.inject(FaultRule(kind: .drop, method: "POST", path: "v1/users"))
    let body = Applicants.maria(email: email)
    let outcome = await desk.backend.createUser(
      body: body, idempotencyKey: "key-open", draftID: id, progress: { _ in })
    guard case .outcomeUnknown = outcome else {
      Issue.record("expected an unknown outcome, got \(outcome)")
      return
    }
    let loaded = try #require(try drafts.load(id: id))
    let open = try #require(loaded.openSubmission)
    #expect(open.idempotencyKey == "key-open")
    #expect(open.payload == body)
    #expect(open.submissions == 1)
    #expect(loaded.createdUserID == nil)

    // Once the replay created the user, the draft says so (and is never sent again).
    guard
      case .created(let user) = await desk.backend.createUser(
        body: body, idempotencyKey: "key-new", draftID: id, progress: { _ in })
    else {
      Issue.record("the replay should create the user")
      return
    }
    let resumed = StoreDraftPersistence(
      store: desk.store, operatorName: "desk-7", journalEnvironment: desk.session.journalEnvironment)
    let idAfter = try resumed.save(Self.draft(email: email))
    #expect(try resumed.load(id: idAfter)?.createdUserID == user.id)
  }

  @Test("the embedded sandbox's drafts carry no journal state (its users end with it)")
  func embeddedSandboxHasNoHistory() async throws {
    let desk = try await Desk.make()
    let email = Applicants.email()
    guard
      case .created = await desk.backend.createUser(
        body: Applicants.maria(email: email), idempotencyKey: "key-1", draftID: nil, progress: { _ in })
    else {
      Issue.record("the create failed")
      return
    }
    let drafts = StoreDraftPersistence(store: desk.store, operatorName: "desk-7", journalEnvironment: nil)
    let id = try drafts.save(Self.draft(email: email))
    #expect(try drafts.load(id: id)?.createdUserID == nil)
  }

  @Test("the deferred store refuses until it opens after the first frame, then offers the saved drafts")
  func deferredStore() throws {
    let temporary = try TemporaryStore()
    let early = StoreDraftPersistence(store: temporary.store, operatorName: "desk-7", journalEnvironment: nil)
    let saved = try early.save(Self.draft())
    let settings = StoreSettings(storePath: temporary.location.directory.path, operatorOverride: "desk-7")
    let plan = try WizardLaunchPlan.make(
      demo: true, settings: ConnectionSettings(), environment: ["HOME": "/nonexistent/kira-home"])
    let deferred = DeferredWizardStore {
      try WizardStart.prepare(store: settings, opening: .resumeList, plan: plan)
    }
    #expect(deferred.store == nil)
    #expect(throws: DraftStoreFailure.self) { try deferred.list() }

    let actions = deferred.openAfterFirstFrame()
    guard case .drafts(.storeOpened(let resumeList))? = actions.first else {
      Issue.record("expected storeOpened, got \(actions)")
      return
    }
    #expect(resumeList.map(\.id) == [saved])
    #expect(deferred.store != nil)
    #expect(try deferred.list().map(\.id) == [saved])
    #expect(deferred.failure == nil)
  }

  @Test(
    "--resume takes a unique prefix of at least 4 characters",
    arguments: [(4, true), (8, true), (3, false)])
  func resumePrefix(length: Int, resolves: Bool) throws {
    let temporary = try TemporaryStore()
    let drafts = StoreDraftPersistence(
      store: temporary.store, operatorName: "desk-7", journalEnvironment: nil)
    let id = try drafts.save(Self.draft())
    let prefix = String(id.prefix(length))
    let resolved = try WizardStart.resolveDraftID(prefix.uppercased(), persistence: drafts)
    #expect(resolved == (resolves ? id : prefix))
  }
}
