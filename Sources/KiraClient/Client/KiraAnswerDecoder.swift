import Foundation
import KiraModels

/// Reads every answer from Kira defensively: anything a server sends is
/// hostile. The status, header and body sizes are checked before a byte of
/// the body is parsed; the body is parsed with bounded nesting; every
/// number is read with a checked conversion into a stated range. A value
/// out of its range is a `KiraError` that names the field and the rule (or,
/// for the token lifetime, a clamp: see DECISIONS.md), never a trap.
public enum KiraAnswerDecoder {
  /// The HTTP statuses that exist.
  public static let validStatuses = 100...599
  /// Most header fields read from one answer.
  public static let maxHeaderCount = 128
  /// Most bytes of header names and values in one answer.
  public static let maxHeaderBytes = 64 << 10
  /// Largest body read (the transports cut there and flag the cut).
  public static let maxBodyBytes = 1 << 20
  /// Deepest nesting of arrays and objects parsed.
  public static let maxDepth = 64
  /// The token lifetime `expires_in` is clamped into (1 s ... 24 h).
  public static let tokenLifetime = 1...86_400
  /// The range of pagination values (`total`, `limit`, `offset`).
  public static let paginationRange = 0...1_000_000_000
  /// The longest wait Kira may ask for (`Retry-After`, `retry_after`): a day.
  public static let maxRetryAfter: TimeInterval = 86_400

  // MARK: - Before the body

  /// Checks what comes before the body: a real status, headers within
  /// their caps, a body within its cap. Redirects (never followed) and
  /// informational statuses are not answers: they are "no definite answer"
  /// (`invalidResponse`), so a create that got one is retried under the
  /// same idempotency key, never marked refused.
  public static func checkEnvelope(_ response: HTTPResponse, operation: String) throws(KiraError) {
    let status = response.status
    guard validStatuses.contains(status) else {
      throw KiraError(
        kind: .invalidResponse, code: "invalid_status",
        message:
          "Kira answered \(operation) with HTTP status \(status), which is not a status "
          + "(a status is a number from 100 to 599)",
        operation: operation)
    }
    if response.headers.count > maxHeaderCount {
      throw KiraError(
        kind: .invalidResponse, httpStatus: status, code: "too_many_headers",
        message:
          "Kira's answer to \(operation) has \(response.headers.count) header fields "
          + "(at most \(maxHeaderCount) are read); it was not read",
        operation: operation)
    }
    var headerBytes = 0
    for (name, value) in response.headers { headerBytes += name.utf8.count + value.utf8.count + 4 }
    if headerBytes > maxHeaderBytes {
      throw KiraError(
        kind: .invalidResponse, httpStatus: status, code: "headers_too_large",
        message:
          "Kira's answer to \(operation) has \(headerBytes / 1024) KiB of headers "
          + "(at most \(maxHeaderBytes / 1024) KiB are read); it was not read",
        operation: operation)
    }
    if (100..<200).contains(status) || (300..<400).contains(status) {
      let location =
        response.header("Location").map { " to \"\(UntrustedText.clean($0, limit: 120))\"" } ?? ""
      let what =
        status >= 300
        ? "a redirect\(location), which is never followed (it could carry the API key elsewhere)"
        : "an informational status, not an answer"
      throw KiraError(
        kind: .invalidResponse, httpStatus: status, code: status >= 300 ? "redirect" : "informational",
        message:
          "Kira answered \(operation) with HTTP \(status): \(what); no definite answer, "
          + "so a create is retried only under the same idempotency key",
        operation: operation)
    }
    if (200..<300).contains(status), response.bodyWasTruncated || response.body.count > maxBodyBytes {
      throw bodyTooLarge(response, operation: operation)
    }
  }

  /// The error for a success body over the cap.
  static func bodyTooLarge(_ response: HTTPResponse, operation: String) -> KiraError {
    KiraError(
      kind: .invalidResponse, httpStatus: response.status, code: "body_too_large",
      message:
        "Kira's answer to \(operation) is larger than \(maxBodyBytes >> 20) MiB: it was cut at the cap "
        + "and not read",
      operation: operation)
  }

  // MARK: - The body

  /// The body as JSON: at most `maxBodyBytes`, nesting at most `maxDepth`,
  /// strict syntax (a duplicate key is refused: which value would count?).
  /// Bytes that are not UTF-8 become U+FFFD first, so one garbled byte in a
  /// name does not hide the rest of the answer.
  public static func json(_ response: HTTPResponse, operation: String) throws(KiraError) -> JSONValue {
    if response.bodyWasTruncated || response.body.count > maxBodyBytes {
      throw bodyTooLarge(response, operation: operation)
    }
    do {
      return try parse(response.body)
    } catch {
      throw KiraError(
        kind: .invalidResponse, httpStatus: response.status, code: "invalid_json",
        message:
          "Kira's answer to \(operation) is not valid JSON (\(UntrustedText.clean(error.description, limit: 160))) "
          + "[\(error.code)]",
        operation: operation)
    }
  }

  /// Parses answer bytes with the caps (shared by the error decoder).
  public static func parse(_ body: Data) throws(JSONSyntaxError) -> JSONValue {
    let repaired = Data(String(decoding: body, as: UTF8.self).utf8)
    return try StrictJSON.parse(repaired, maxDepth: maxDepth, maxBytes: maxBodyBytes * 3)
  }

  // MARK: - Numbers

  /// A whole number in `range` read from a JSON number (or a string of
  /// digits, as some gateways send): nil when absent or `null`; a
  /// `KiraError` naming `field` and the rule when it is anything else.
  public static func integer(
    _ value: JSONValue?, field: String, in range: ClosedRange<Int>, operation: String
  ) throws(KiraError) -> Int? {
    let number: Double
    switch value {
    case nil, .null?: return nil
    case .number(let raw)?: number = raw
    case .string(let text)?:
      guard let parsed = Double(text.trimmingCharacters(in: .whitespaces)) else {
        throw outOfRange(field, shown: "\"\(UntrustedText.clean(text, limit: 40))\"", range, operation)
      }
      number = parsed
    case let other?:
      throw outOfRange(field, shown: "a \(other.kindName)", range, operation)
    }
    guard let whole = checkedInteger(number), range.contains(whole) else {
      throw outOfRange(field, shown: describe(number), range, operation)
    }
    return whole
  }

  /// `Int(exactly:)` for finite values that fit, nil otherwise (NaN, ±inf, 1e300, 2.5).
  public static func checkedInteger(_ number: Double) -> Int? {
    guard number.isFinite, number.magnitude < 9.0e15 else { return nil }
    return Int(exactly: number)
  }

  /// The token lifetime of an `/auth` answer, clamped into `tokenLifetime`:
  /// absent or `null` is the longest (a 401 still renews it early), zero or
  /// negative the shortest, over a day a day, NaN the shortest. A lifetime
  /// that is not a number at all is an error naming the field.
  public static func tokenLifetime(_ value: JSONValue?, operation: String) throws(KiraError) -> (
    seconds: Int, clamped: Bool
  ) {
    let number: Double
    switch value {
    case nil, .null?: return (tokenLifetime.upperBound, false)
    case .number(let raw)?: number = raw
    case .string(let text)?:
      guard let parsed = Double(text.trimmingCharacters(in: .whitespaces)) else {
        throw KiraError(
          kind: .invalidResponse, code: "invalid_expires_in",
          message:
            "Kira's /auth answer has expires_in \"\(UntrustedText.clean(text, limit: 40))\": it must be a "
            + "number of seconds",
          operation: operation)
      }
      number = parsed
    case let other?:
      throw KiraError(
        kind: .invalidResponse, code: "invalid_expires_in",
        message: "Kira's /auth answer has expires_in as a \(other.kindName): it must be a number of seconds",
        operation: operation)
    }
    guard !number.isNaN else { return (tokenLifetime.lowerBound, true) }
    let lower = Double(tokenLifetime.lowerBound)
    let upper = Double(tokenLifetime.upperBound)
    let bounded = min(upper, max(lower, number.rounded(.down)))
    // `bounded` is a whole number within 1...86400 here, so the conversion is exact.
    let seconds = Int(exactly: bounded) ?? tokenLifetime.lowerBound
    return (seconds, number < lower || number > upper)
  }

  /// A wait Kira asked for, in 0 ... `maxRetryAfter` seconds; nil when not a usable number.
  public static func retryAfter(_ seconds: Double?) -> TimeInterval? {
    guard let seconds, seconds.isFinite, seconds >= 0 else { return nil }
    return min(seconds, maxRetryAfter)
  }

  // MARK: - Pieces

  static func outOfRange(
    _ field: String, shown: String, _ range: ClosedRange<Int>, _ operation: String
  ) -> KiraError {
    KiraError(
      kind: .invalidResponse, code: "number_out_of_range",
      message:
        "Kira's answer to \(operation) has \(field) \(shown): it must be a whole number from "
        + "\(range.lowerBound) to \(range.upperBound)",
      operation: operation)
  }

  /// "1e+300", "-1", "2.5": a number as people read it (never converted to Int).
  static func describe(_ number: Double) -> String {
    if let whole = checkedInteger(number) { return String(whole) }
    return "\(number)"
  }
}
