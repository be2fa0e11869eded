import Foundation
import KiraClient
import KiraModels
import Testing

@testable import Wizard

@Suite("Client errors become wizard outcomes")
struct BackendMappingTests {
  @Test(
    "each kind of KiraError ends the submission the safe way",
    arguments: [
      (KiraError.Kind.validation, 400, "rejected"),
      (.clientError, 413, "rejected"),
      (.outcomeUnknown(.timedOut), nil, "unknown"),
      (.outcomeUnknown(.connectionLost), nil, "unknown"),
      (.invalidResponse, 201, "unknown"),
      (.authentication, 401, "authentication"),
      (.forbidden, 403, "authentication"),
      (.rateLimited, 429, "unavailable"),
      (.server, 503, "unavailable"),
      (.transport(.connectionRefused), nil, "unavailable"),
    ] as [(KiraError.Kind, Int?, String)])
  func mapping(kind: KiraError.Kind, status: Int?, expected: String) {
    let error = KiraError(
      kind: kind, httpStatus: status, code: "some_code", message: "Something",
      fieldErrors: [FieldErrorDetail(path: "birth_date", message: "Bad date", code: "invalid_string")])
    let outcome = KiraClientBackend.outcome(for: error)
    switch (outcome, expected) {
    case (.rejected(let httpStatus, let code, _, let fields), "rejected"):
      #expect(httpStatus == status)
      #expect(code == "some_code")
      #expect(fields == [KiraFieldError(path: "birth_date", code: "invalid_string", message: "Bad date")])
    case (.outcomeUnknown, "unknown"):
      break
    case (.failed(let failure), "authentication"):
      #expect(failure.kind == .authentication)
    case (.failed(let failure), "unavailable"):
      #expect(failure.kind == .unavailable)
    default:
      Issue.record("\(kind) became \(outcome), expected \(expected)")
    }
  }

  @Test("a 409 for a reused idempotency key is a conflict, another 409 a rejection")
  func conflicts() {
    let reuse = KiraError(kind: .conflict, httpStatus: 409, code: "idempotency_key_reused", message: "reused")
    #expect(
      KiraClientBackend.outcome(for: reuse)
        == .failed(SubmissionFailure(kind: .conflict, httpStatus: 409, message: "reused")))
    let duplicate = KiraError(kind: .conflict, httpStatus: 409, code: "duplicate_email", message: "exists")
    guard case .rejected = KiraClientBackend.outcome(for: duplicate) else {
      Issue.record("a duplicate email should be a rejection")
      return
    }
  }

  @Test("retry events read as the Submitting screen's notice")
  func retryEvents() {
    let event = RetryEvent(
      operation: "POST v1/users", nextAttempt: 2, maxAttempts: 4, delay: 2, reason: .status(503),
      fromRetryAfter: false)
    #expect(
      KiraClientBackend.progress(from: event)
        == .retrying(attempt: 2, maxAttempts: 4, delaySeconds: 2, reason: "HTTP 503"))
  }
}
