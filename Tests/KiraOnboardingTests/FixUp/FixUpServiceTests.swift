import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraOnboarding
import KiraSandbox
import KiraStore
import Testing
import Wizard

/// The one fix-up service: `PUT` of only the changed keys, the reload, the
/// re-issue for a REJECTED user; and the wizard's backend through it.
@Suite("Fix-up service")
struct FixUpServiceTests {
  /// An edit of the remote answers and the keys its `PUT` must carry.
  struct Edit: Sendable, CustomTestStringConvertible {
    var field: FieldID
    var value: String
    var sent: [String]
    var testDescription: String { "\(field.rawValue) = \(value) sends \(sent.joined(separator: ", "))" }
  }

  static let edits: [Edit] = [
    Edit(field: "occupation", value: "Architect", sent: ["occupation"]),
    Edit(field: "phone", value: "+525598765432", sent: ["phone"]),
    Edit(field: "source_of_funds", value: "savings", sent: ["source_of_funds"]),
    // A changed document number sends the top-level number and the whole item list.
    Edit(field: "document.number", value: "G87654321", sent: ["document_number", "identifying_information"]),
  ]

  /// Who the sandbox is asked to create, and where its lifecycle ends.
  enum Applicant: String, Sendable, CaseIterable {
    /// Complete: verified.
    case verified
    /// Complete, `+reject` e-mail: REJECTED at the decision.
    case rejected
    /// Complete, `+review` e-mail: a person at Kira decides.
    case review
    /// Without `source_of_funds`: auto-rejected, as Kira's sandbox does.
    case noSourceOfFunds

    var body: JSONValue {
      switch self {
      case .verified: Applicants.complete(email: Applicants.email())
      case .rejected: Applicants.complete(email: Applicants.email("+reject"))
      case .review: Applicants.complete(email: Applicants.email("+review"))
      case .noSourceOfFunds:
        .object(
          (Applicants.maria(email: Applicants.email()).objectValue ?? [:]).filter {
            $0.key != "source_of_funds"
          })
      }
    }
  }

  /// A desk with a frozen clock and one user created straight through the client.
  static func deskWithUser(_ applicant: Applicant = .verified) async throws -> (Desk, KiraUser, TestClock) {
    let clock = TestClock()
    let desk = try await Desk.make(clock: clock)
    let user = try await desk.createDirectly(applicant.body)
    desk.engine.clearRequestLog()
    return (desk, user, clock)
  }

  @Test("update sends only the changed keys, then reloads the user", arguments: edits)
  func updateSendsOnlyChanges(_ edit: Edit) async throws {
    let (desk, user, _) = try await Self.deskWithUser()
    let service = FixUpService(client: desk.session.client)
    let plan = FixUpPlan(user: user)
    var edited = plan.startingValues
    edited[edit.field] = edit.value

    let update = try await service.update(
      userID: user.id, original: plan.startingValues, edited: edited, policy: .standard())
    guard case .updated(let fields, let response, let reloaded) = update else {
      Issue.record("expected an update, got \(update)")
      return
    }
    #expect(fields == edit.sent)
    let log = desk.engine.requestLog
    #expect(log.map(\.method) == ["GET", "PUT", "GET"], "load, PUT, reload")
    let put = try #require(log.first { $0.method == "PUT" })
    #expect(put.path == "v1/users/\(user.id)")
    #expect((put.body?.objectValue ?? [:]).keys.sorted() == edit.sent)
    #expect(response.updatedFields.sorted() == edit.sent)
    #expect(FixUpPlan(user: reloaded).startingValues[edit.field] == edit.value)
  }

  @Test("nothing changed: nothing is sent, not even a PUT with an empty body")
  func nothingChanged() async throws {
    let (desk, user, _) = try await Self.deskWithUser()
    let plan = FixUpPlan(user: user)
    let update = try await FixUpService(client: desk.session.client).update(
      userID: user.id, original: plan.startingValues, edited: plan.startingValues, policy: .standard())
    guard case .nothingChanged(let loaded) = update else {
      Issue.record("expected nothing to change, got \(update)")
      return
    }
    #expect(loaded.id == user.id)
    #expect(desk.engine.requestLog.map(\.method) == ["GET"])
  }

  @Test(
    "re-issue only for a REJECTED user",
    arguments: [
      (Applicant.rejected, true), (.noSourceOfFunds, true), (.verified, false), (.review, false),
    ])
  func reissueIfRejected(applicant: Applicant, reissued: Bool) async throws {
    let (desk, created, clock) = try await Self.deskWithUser(applicant)
    clock.advance(60)  // past the sandbox's decision
    let service = FixUpService(client: desk.session.client, makeIdempotencyKey: { "reissue-key-1" })
    let user = try await service.load(userID: created.id)
    #expect((user.status == "REJECTED") == reissued)

    let outcome = try await service.reissueIfRejected(user)
    let posts = desk.engine.requestLog.filter { $0.method == "POST" }
    switch outcome {
    case .issued(let response):
      #expect(reissued)
      #expect(response.verificationLink?.contains(created.id) == true)
      #expect(posts.map(\.path) == ["v1/users/\(created.id)/verifications"])
      #expect(posts.first?.idempotencyKey == "reissue-key-1")
      #expect(posts.first?.body?["type"] == "embedded-link")
    case .notRejected(let status):
      #expect(!reissued)
      #expect(status == user.status)
      #expect(posts.isEmpty, "nothing is sent for a user that is not REJECTED")
    }
  }

  @Test("the wizard's backend saves and re-issues through the same service")
  func backendUsesTheService() async throws {
    let (desk, created, clock) = try await Self.deskWithUser(.rejected)
    clock.advance(60)
    let plan = FixUpPlan(user: try await desk.session.client.getUser(id: created.id))
    desk.engine.clearRequestLog()
    var edited = plan.startingValues
    edited["occupation"] = "Architect"

    let saved = await desk.backend.updateUser(id: created.id, original: plan.startingValues, edited: edited)
    guard case .updated(let sent, let updated, _, _, let target, let warnings) = saved else {
      Issue.record("expected the save to go through, got \(saved)")
      return
    }
    #expect(sent == ["occupation"])
    #expect(updated == ["occupation"])
    #expect(target.userID == created.id)
    #expect(target.values["occupation"] == "Architect")
    #expect(warnings.isEmpty)
    #expect(desk.engine.requestLog.map(\.method) == ["GET", "PUT", "GET"])

    #expect(
      await desk.backend.updateUser(id: created.id, original: edited, edited: edited) == .nothingChanged)

    // A REJECTED user that was edited starts verifying again; re-issue the link anyway.
    let reissue = await desk.backend.reissueVerification(id: created.id)
    guard case .issued(let link, let status) = reissue else {
      Issue.record("expected a link, got \(reissue)")
      return
    }
    #expect(link.contains(created.id))
    #expect(status == "pending")
  }

  @Test("Kira's refusal of a PUT comes back as the wizard's rejection with its field errors")
  func rejectedPut() async throws {
    let (desk, user, _) = try await Self.deskWithUser()
    desk.transport.route { request in
      guard request.method == "PUT" else { return .pass }
      // Kira's validation answer, as its reference page shows it.
      let body = #"""
        {"error": "Invalid request data",
         "details": [{"path": "occupation", "code": "too_big", "message": "String must contain at most 100 character(s)"}]}
        """#
      return .answer(
        HTTPResponse(status: 400, headers: ["Content-Type": "application/json"], body: Data(body.utf8)))
    }
    let plan = FixUpPlan(user: user)
    var edited = plan.startingValues
    edited["occupation"] = "Architect"
    let saved = await desk.backend.updateUser(id: user.id, original: plan.startingValues, edited: edited)
    guard case .rejected(_, let fieldErrors) = saved else {
      Issue.record("expected a rejection, got \(saved)")
      return
    }
    #expect(fieldErrors.map(\.path) == ["occupation"])
    #expect(fieldErrors.map(\.code) == ["too_big"])
    #expect(desk.transport.requests("GET", pathEndingWith: user.id).count == 1, "no reload after a refusal")
  }

  @Test(
    "fix --set: each value normalised and checked; an unknown field refused before anything",
    arguments: [
      (["occupation=Architect"], 0, nil as String?),
      (["phone=55 9876 5432"], 0, nil),
      (["birth_date=1990-13-45"], 1, nil),
      (["no_such_field=1"], 0, "no_such_field"),
    ])
  func setAssignments(assignments: [String], problems: Int, unknown: String?) throws {
    var user = Applicants.maria()
    user = user.setting("id", "0b5e6f7a-1111-4a2b-9c3d-1234567890ab")
    let plan = FixUpPlan(user: try KiraUser(raw: user))
    if let unknown {
      #expect(throws: FixInputError.unknownField(unknown)) {
        try FixUpEdits(assignments: assignments, plan: plan, policy: .standard())
      }
      return
    }
    let edits = try FixUpEdits(assignments: assignments, plan: plan, policy: .standard())
    #expect(edits.problems.count == problems)
    if problems == 0 {
      let changes = try FixUpService.changes(
        plan: plan, original: plan.startingValues, edited: edits.values, policy: .standard())
      #expect(changes.fields.count == 1)
    }
  }
}
