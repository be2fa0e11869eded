import Foundation
import KiraModels
import KiraSandbox
import Testing

@testable import KiraStore

/// Seeded random sequences of faults, rejections and edits, counted against
/// the sandbox: an applicant never gets a second user.
@Suite("Safe resubmission: random fault sequences")
struct ResubmissionPropertyTests {
  @Test("never more than one user per applicant, and exactly one once faults stop", arguments: [11, 29])
  func randomSequences(seed: UInt64) async throws {
    let harness = try await SandboxHarness.start()
    let coordinator = harness.coordinator()
    var random = SplitMix64(seed: seed)
    var faultsInjected = 0
    for applicant in 0..<3 {
      let email = "applicant\(applicant).seed\(seed)@example.test"
      let startsRejected = random.next() % 2 == 0
      for round in 0..<5 {
        harness.server.control.clearFaults()
        switch random.next() % 20 {
        case 0..<4: harness.failNextCreate(.dropAfter)
        case 4..<6: harness.failNextCreate(.drop)
        case 6..<9: harness.failNextCreate(.status503)
        case 9..<11: harness.failNextCreate(.status500)
        default: break
        }
        faultsInjected += harness.server.control.pendingFaults.count
        let document = startsRejected && round < 2 ? "K00000400" : "G\(random.next() % 3)"
        let occupation = ["Engineer", "Teacher", "Nurse"][Int(random.next() % 3)]
        _ = try await coordinator.submit(
          Applicant.body(email: email, documentNumber: document, occupation: occupation))
        #expect(harness.users(withEmail: email).count <= 1, "applicant \(applicant) round \(round)")
      }
      harness.server.control.clearFaults()
      let final = try await coordinator.submit(Applicant.body(email: email))
      let users = harness.users(withEmail: email)
      #expect(users.count == 1, "applicant \(applicant) ends with exactly one user")
      switch final.outcome {
      case .created(let id), .alreadyCreated(let id?):
        #expect(id == users.first?.id)
      default:
        Issue.record("applicant \(applicant): unexpected final outcome \(final.outcome)")
      }
    }
    #expect(faultsInjected > 0, "the seed injected faults")
    await harness.stop()
  }
}

/// A small deterministic generator (SplitMix64) for reproducible sequences.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
