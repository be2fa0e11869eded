import Foundation
import KiraClient
import KiraModels
import Testing

/// Table tests of `KiraAnswerDecoder`, `VerificationLink` and the error
/// decoder on hostile numbers: each absurd value has its clamp or its
/// clear error, never a trap.
@Suite("the answer decoder reads numbers, statuses and links defensively")
struct AnswerDecoderTests {
  @Test(
    "expires_in is clamped to 1 s ... 24 h",
    arguments: [
      (JSONValue.number(1e300), 86_400, true), (.number(-1), 1, true), (.number(-1e300), 1, true),
      (.number(0), 1, true),
      (.number(3600), 3600, false), (.string("3600"), 3600, false), (.string("nan"), 1, true),
      (.null, 86_400, false),
      (.number(86_401), 86_400, true), (.number(2.9), 2, false),
      (.number(Double.greatestFiniteMagnitude), 86_400, true),
    ])
  func tokenLifetime(value: JSONValue, seconds: Int, clamped: Bool) throws {
    let lifetime = try KiraAnswerDecoder.tokenLifetime(value, operation: "POST auth")
    #expect(lifetime.seconds == seconds)
    #expect(lifetime.clamped == clamped)
  }

  @Test(
    "expires_in that is not a number names the field",
    arguments: [JSONValue.string("soon"), .bool(true), .array([])])
  func tokenLifetimeRefused(value: JSONValue) {
    let error = #expect(throws: KiraError.self) {
      try KiraAnswerDecoder.tokenLifetime(value, operation: "POST auth")
    }
    #expect(error?.message.contains("expires_in") == true)
    #expect(error?.kind == .invalidResponse)
  }

  @Test(
    "pagination values: whole numbers 0 ... 1e9, else an error naming the field and the rule",
    arguments: [
      (JSONValue.number(1e300), nil as Int?), (.number(-1), nil), (.number(2.5), nil),
      (.number(1e9), 1_000_000_000),
      (.number(1e9 + 1), nil), (.string("12"), 12), (.string("x"), nil), (.bool(true), nil), (.number(0), 0),
      (.number(-0.0), 0), (.number(9.3e18), nil),
    ])
  func pagination(value: JSONValue, expected: Int?) throws {
    let read = { () throws(KiraError) -> Int? in
      try KiraAnswerDecoder.integer(
        value, field: "pagination.total", in: KiraAnswerDecoder.paginationRange, operation: "GET v1/users")
    }
    if let expected {
      #expect(try read() == expected)
    } else {
      let error = #expect(throws: KiraError.self) { try read() }
      #expect(error?.message.contains("pagination.total") == true)
      #expect(error?.message.contains("must be a whole number from 0 to 1000000000") == true)
    }
  }

  @Test(
    "statuses outside 100-599, redirects and informational answers are no definite answer",
    arguments: [999, 600, 0, -1, Int.max, Int.min, 100, 199, 300, 302, 307, 308])
  func statuses(status: Int) {
    let error = #expect(throws: KiraError.self) {
      try KiraAnswerDecoder.checkEnvelope(HTTPResponse(status: status), operation: "POST v1/users")
    }
    #expect(error?.kind == .invalidResponse)
    #expect(error?.isDefiniteRejection == false)
  }

  @Test("a 400 with a huge numeric code: the code is ignored and said so", arguments: [1e300, -1, 2.5, 1e10])
  func hugeErrorCode(code: Double) {
    let body = JSONValue.object(["code": .number(code), "message": "bad"]).encoded()
    let error = KiraErrorDecoder.decode(HTTPResponse(status: 400, body: body))
    #expect(error.kind == .validation)
    #expect(error.code == nil)
    #expect(error.message.contains("was ignored: a code must be a whole number"))
  }

  @Test(
    "Retry-After and retry_after are clamped to a day", arguments: ["1e300", "86401", "-5", "nan", "inf"])
  func retryAfter(value: String) {
    let seconds = KiraErrorDecoder.retryAfterSeconds(value)
    #expect(seconds == nil || (0...86_400).contains(seconds!))
  }

  @Test(
    "verification links: https, or http on loopback, only",
    arguments: [
      ("https://verify.kira.test/abc", true), ("http://127.0.0.1:8080/_sandbox/verify/x", true),
      ("http://localhost/x", true), ("http://[::1]:9/x", true), ("javascript:alert(1)", false),
      ("JAVASCRIPT:alert(1)", false), ("data:text/html,<script>", false), ("file:///etc/passwd", false),
      ("http://evil.test/x", false), ("https://evil.test/\u{1B}]0;x\u{07}", false),
      ("https:///nohost", false),
      ("https://kira.test/\u{202E}txt.exe", false), ("vbscript:x", false), ("", false),
    ])
  func links(link: String, accepted: Bool) {
    switch VerificationLink.check(link) {
    case .success(let kept): #expect(accepted && kept == link)
    case .failure(let refusal):
      #expect(!accepted)
      #expect(refusal.description.hasPrefix("the verification link Kira sent was refused: "))
    }
  }

  @Test("a refused link never reaches KiraUser.verificationLink; the refusal is said")
  func userLink() throws {
    let user = try KiraUser(raw: ["id": "usr-1", "verification_link": "javascript:alert(1)"])
    #expect(user.verificationLink == nil)
    #expect(user.verificationLinkError?.contains("its scheme is javascript, not https") == true)
  }
}
