import Foundation
import KiraClient
import KiraModels
import Testing

@Suite("Every error shape decodes into one typed KiraError")
struct ErrorDecodingTests {
  /// One documented (or seen live) error answer and what must come out of it.
  struct Shape: Sendable, CustomTestStringConvertible {
    var name: String
    var status: Int
    var body: String
    var headers: [String: String] = [:]
    var truncated = false
    var kind: KiraError.Kind
    var code: String?
    var message: String
    var fields: [String] = []
    var retryAfter: TimeInterval?
    var retryable: Bool

    var testDescription: String { name }
  }

  static let shapes: [Shape] = [
    Shape(
      name: "{code, message}", status: 404,
      body: #"{"code":"not_found","message":"User with ID 6b0e not found"}"#,
      kind: .notFound, code: "not_found", message: "User with ID 6b0e not found", retryable: false),
    Shape(
      name: "Zod {error, details[]}", status: 400,
      body: #"""
        {"error":"Invalid request data","details":[
          {"path":"address_country","message":"String must contain exactly 3 character(s)","code":"too_small"},
          {"path":["identifying_information",0,"number"],"message":"Required","code":"invalid_type"}]}
        """#,
      kind: .validation, code: "validation_error", message: "Invalid request data",
      fields: [
        "address_country|too_small|String must contain exactly 3 character(s)",
        "identifying_information.0.number|invalid_type|Required",
      ], retryable: false),
    Shape(
      name: "nested {error:{code,message,details}}", status: 409,
      body: #"{"error":{"code":"IDEMPOTENCY_CONFLICT","message":"Key reused","details":{}}}"#,
      kind: .conflict, code: "IDEMPOTENCY_CONFLICT", message: "Key reused", retryable: false),
    Shape(
      name: "nested error with details object", status: 400,
      body:
        #"{"error":{"code":"VALIDATION_ERROR","message":"Bad input","details":{"email":"Invalid email"}}}"#,
      kind: .validation, code: "VALIDATION_ERROR", message: "Bad input",
      fields: ["email|invalid|Invalid email"],
      retryable: false),
    Shape(
      name: "gateway {message}", status: 403, body: #"{"message":"Forbidden"}"#,
      kind: .forbidden, message: "Forbidden", retryable: false),
    Shape(
      name: "gateway 401", status: 401, body: #"{"message":"Unauthorized"}"#,
      kind: .authentication, message: "Unauthorized", retryable: false),
    Shape(
      name: "FastAPI {message, data:[{loc,msg,type}]}", status: 422,
      body: #"""
        {"message":"Invalid input data","data":[{"type":"uuid_parsing","loc":["body","client_id"],"msg":"Input should be a valid UUID"}]}
        """#,
      kind: .validation, message: "Invalid input data",
      fields: ["client_id|uuid_parsing|Input should be a valid UUID"], retryable: false),
    Shape(
      name: "FastAPI default {detail:[...]}", status: 422,
      body:
        #"{"detail":[{"loc":["body","webhook_url"],"msg":"field required","type":"value_error.missing"}]}"#,
      kind: .validation, message: "Kira answered HTTP 422 (Unprocessable Entity)",
      fields: ["webhook_url|value_error.missing|field required"], retryable: false),
    Shape(
      name: "NestJS {message, code, statusCode, error, timestamp, path, details}", status: 400,
      body: #"""
        {"message":"Validation failed","code":"VALIDATION_ERROR","statusCode":400,"error":"Bad Request",
         "timestamp":"2026-04-20T10:00:00Z","path":"/v1/users",
         "details":[{"field":"birth_date","message":"must be YYYY-MM-DD","code":"invalid_string"}]}
        """#,
      kind: .validation, code: "VALIDATION_ERROR", message: "Validation failed",
      fields: ["birth_date|invalid_string|must be YYYY-MM-DD"], retryable: false),
    Shape(
      name: "NestJS message array", status: 400,
      body:
        #"{"message":["email must be an email","phone must be E.164"],"statusCode":400,"error":"Bad Request"}"#,
      kind: .validation, message: "email must be an email; phone must be E.164", retryable: false),
    Shape(
      name: "{status:error, message}", status: 500,
      body: #"{"status":"error","message":"Internal server error"}"#,
      kind: .server, message: "Internal server error", retryable: false),
    Shape(
      name: "auth 500 {message, data:{error}}", status: 500,
      body: #"{"message":"Service unavailable","data":{"error":"Service unavailable"}}"#,
      kind: .server, message: "Service unavailable", retryable: false),
    Shape(
      name: "payment-link {code, error, details:[{message}]}", status: 400,
      body: #"{"code":"invalid_amount","error":"Invalid amount","details":[{"message":"must be positive"}]}"#,
      kind: .validation, code: "invalid_amount", message: "Invalid amount",
      fields: ["|invalid|must be positive"], retryable: false),
    Shape(
      name: "429 with Retry-After header", status: 429,
      body: #"{"code":"rate_limit_exceeded","message":"Too many requests"}"#, headers: ["retry-after": "7"],
      kind: .rateLimited, code: "rate_limit_exceeded", message: "Too many requests", retryAfter: 7,
      retryable: true),
    Shape(
      name: "503 gateway", status: 503, body: #"{"message":"Service Unavailable"}"#,
      kind: .server, message: "Service Unavailable", retryable: true),
    Shape(
      name: "empty body", status: 502, body: "",
      kind: .server, message: "Kira answered HTTP 502 (Bad Gateway) with an empty body", retryable: true),
    Shape(
      name: "HTML body", status: 504, body: "<html><body><h1>504 Gateway Time-out</h1></body></html>",
      kind: .server,
      message:
        "Kira answered HTTP 504 (Gateway Timeout) with a body that is not JSON: "
        + "\"<html><body><h1>504 Gateway Time-out</h1></body></html>\"",
      retryable: true),
    Shape(
      name: "JSON that is not an object", status: 400, body: #"["nope"]"#,
      kind: .validation,
      message: "Kira answered HTTP 400 (Bad Request) with a body that is not JSON: \"[\"nope\"]\"",
      retryable: false),
    Shape(
      name: "huge body cut at the cap", status: 500, body: String(repeating: "x", count: 2048),
      truncated: true,
      kind: .server,
      message:
        "Kira answered HTTP 500 (Internal Server Error) with a body larger than 2 KiB; it was not read",
      retryable: false),
    Shape(
      name: "escape sequences and control characters are stripped", status: 400,
      body:
        #"{"code":"bad\u001b[31m_code","message":"\u001b[2J\u001b]0;pwned\u0007Bad\u0000 value\u202e\nnext"}"#,
      kind: .validation, code: "bad_code", message: "Bad value next", retryable: false),
    Shape(
      name: "other 4xx", status: 413, body: #"{"message":"Request Too Long"}"#,
      kind: .clientError, message: "Request Too Long", retryable: false),
  ]

  @Test("decodes", arguments: shapes)
  func decodes(_ shape: Shape) {
    let response = HTTPResponse(
      status: shape.status, headers: shape.headers, body: Data(shape.body.utf8),
      bodyWasTruncated: shape.truncated)
    let error = KiraErrorDecoder.decode(response, operation: "POST v1/users")
    #expect(error.kind == shape.kind)
    #expect(error.httpStatus == shape.status)
    #expect(error.code == shape.code)
    #expect(error.message == shape.message)
    #expect(error.fieldErrors.map { "\($0.path)|\($0.code)|\($0.message)" } == shape.fields)
    #expect(error.retryAfter == shape.retryAfter)
    #expect(error.isRetryable == shape.retryable)
    #expect(error.operation == "POST v1/users")
  }

  @Test("Retry-After as an HTTP date")
  func retryAfterDate() {
    let now = Date(timeIntervalSince1970: 1_800_000_000)
    let later = now.addingTimeInterval(30)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
    #expect(KiraErrorDecoder.retryAfterSeconds(formatter.string(from: later), now: now) == 30)
    #expect(KiraErrorDecoder.retryAfterSeconds("soon", now: now) == nil)
    #expect(KiraErrorDecoder.retryAfterSeconds("-3", now: now) == nil)
  }

  @Test("untrusted text is cleaned and capped")
  func untrustedText() {
    #expect(UntrustedText.clean("a\u{1B}[1;31mred\u{1B}[0m b") == "ared b")
    #expect(UntrustedText.clean("tab\tand\r\nlines") == "tab and lines")
    #expect(UntrustedText.clean(String(repeating: "é", count: 600)).count == 500)
    #expect(UntrustedText.clean("\u{202E}evil\u{2066}") == "evil")
    #expect(UntrustedText.code("ok_code-1.2:x; rm -rf") == "ok_code-1.2:xrm-rf")
  }
}
