import Foundation
import KiraModels

/// The one place that turns an HTTP error answer into a `KiraError`.
///
/// Kira has no single error envelope; every shape documented or seen live is
/// read here (kira-api.md section 5):
/// - `{code, message}` (application)
/// - `{error: "Invalid request data", details: [{path, message, code}]}` (Zod)
/// - `{error: {code, message, details}}` (SCREAMING_SNAKE codes)
/// - `{message}` (API Gateway)
/// - `{message, data: [{loc, msg, type}]}` and `{detail: [...]}` (FastAPI)
/// - `{message, code, statusCode, error, timestamp, path, details}` (NestJS)
/// - `{status: "error", message}` (raw 500)
/// Bodies that are empty, not JSON, or cut at the size cap still give a clear message.
public enum KiraErrorDecoder {
  /// Decodes `response` (a non-2xx answer) into a typed error.
  public static func decode(_ response: HTTPResponse, operation: String? = nil) -> KiraError {
    let status = response.status
    let retryAfter = retryAfterSeconds(response.header(KiraAPI.Header.retryAfter))
    var error = KiraError(
      kind: kind(forStatus: status, code: nil), httpStatus: status,
      message: "", retryAfter: retryAfter, operation: operation)

    if response.body.isEmpty {
      error.message = "Kira answered HTTP \(status) (\(reasonPhrase(status))) with an empty body"
      return error
    }
    if response.bodyWasTruncated {
      error.message =
        "Kira answered HTTP \(status) (\(reasonPhrase(status))) with a body larger than "
        + "\(response.body.count / 1024) KiB; it was not read"
      return error
    }
    guard let json = try? KiraAnswerDecoder.parse(response.body), case .object(let root) = json else {
      error.message =
        "Kira answered HTTP \(status) (\(reasonPhrase(status))) with a body that is not JSON: "
        + preview(response.body)
      return error
    }

    let nestedError = root["error"]?.objectValue
    var notes: [String] = []
    error.code = firstString(root["code"], nestedError?["code"], root["error_code"], notes: &notes).map(
      UntrustedText.code)
    error.fieldErrors =
      fieldErrors(from: root["details"]) + fieldErrors(from: nestedError?["details"])
      + fieldErrors(from: root["data"]?.arrayValue.map(JSONValue.array)) + fieldErrors(from: root["detail"])
      + fieldErrors(from: root["errors"])

    let message =
      messageText(root["message"]) ?? messageText(nestedError?["message"]) ?? root["error"]?.stringValue
      ?? root["detail"]?.stringValue ?? root["msg"]?.stringValue
      ?? root["data"]?["error"]?.stringValue
    error.message = UntrustedText.clean(
      (message ?? "Kira answered HTTP \(status) (\(reasonPhrase(status)))")
        + notes.map { " (\($0))" }.joined())
    if error.retryAfter == nil {
      error.retryAfter = KiraAnswerDecoder.retryAfter(root["retry_after"]?.numberValue)
    }
    error.kind = kind(forStatus: status, code: error.code)
    if error.kind == .validation, error.code == nil, root["error"]?.stringValue != nil,
      root["details"]?.arrayValue != nil, root["statusCode"] == nil
    {
      error.code = "validation_error"
    }
    return error
  }

  /// The kind for an HTTP status.
  public static func kind(forStatus status: Int, code: String?) -> KiraError.Kind {
    switch status {
    case 400, 422: .validation
    case 401: .authentication
    case 403: .forbidden
    case 404: .notFound
    case 409: .conflict
    case 429: .rateLimited
    case 500...599: .server
    default: .clientError
    }
  }

  /// `Retry-After` as seconds: delta-seconds or an HTTP date.
  public static func retryAfterSeconds(_ value: String?, now: Date = Date()) -> TimeInterval? {
    guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
    if let seconds = Double(value) { return KiraAnswerDecoder.retryAfter(seconds) }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "GMT")
    formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
    guard let date = formatter.date(from: value) else { return nil }
    return max(0, date.timeIntervalSince(now))
  }

  // MARK: - Pieces

  /// The range a numeric error code must be in to be kept.
  static let numericCodeRange = 0...999_999_999

  /// The first usable code; a numeric code out of `numericCodeRange` (or
  /// not whole) is ignored, with a note saying so.
  private static func firstString(_ candidates: JSONValue?..., notes: inout [String]) -> String? {
    for candidate in candidates {
      switch candidate {
      case .string(let text)? where !text.isEmpty: return text
      case .number(let number)?:
        if let whole = KiraAnswerDecoder.checkedInteger(number), numericCodeRange.contains(whole) {
          return String(whole)
        }
        notes.append(
          "its error code \(KiraAnswerDecoder.describe(number)) was ignored: a code must be a whole number "
            + "from 0 to \(numericCodeRange.upperBound)")
      default: continue
      }
    }
    return nil
  }

  /// A message that may be a string or (NestJS) an array of strings.
  private static func messageText(_ value: JSONValue?) -> String? {
    switch value {
    case .string(let text)? where !text.isEmpty: return text
    case .array(let items)?:
      let texts = items.compactMap(\.stringValue)
      return texts.isEmpty ? nil : texts.joined(separator: "; ")
    default: return nil
    }
  }

  /// Field errors from an array of items or an object keyed by field.
  private static func fieldErrors(from value: JSONValue?) -> [FieldErrorDetail] {
    switch value {
    case .array(let items)?:
      return items.compactMap(fieldError(from:))
    case .object(let map)?:
      return map.keys.sorted().compactMap { key in
        let entry = map[key]!
        let message: String? =
          entry.stringValue ?? messageText(entry) ?? entry["message"]?.stringValue
          ?? entry["msg"]?.stringValue
        guard let message else { return nil }
        return FieldErrorDetail(
          path: UntrustedText.clean(key, limit: 200), message: UntrustedText.clean(message, limit: 300),
          code: UntrustedText.code(entry["code"]?.stringValue ?? "invalid"))
      }
    default:
      return []
    }
  }

  private static func fieldError(from item: JSONValue) -> FieldErrorDetail? {
    guard case .object(let object) = item else {
      if let text = item.stringValue {
        return FieldErrorDetail(path: "", message: UntrustedText.clean(text, limit: 300), code: "invalid")
      }
      return nil
    }
    let message = object["message"]?.stringValue ?? object["msg"]?.stringValue
    guard let message else { return nil }
    var segments: [String] = []
    if let path = object["path"] ?? object["loc"] ?? object["field"] ?? object["property"] {
      segments = pathSegments(path)
    }
    if object["loc"] != nil, segments.first == "body" || segments.first == "query" {
      segments.removeFirst()
    }
    let code = object["code"]?.stringValue ?? object["type"]?.stringValue ?? object["rule"]?.stringValue
    return FieldErrorDetail(
      path: UntrustedText.clean(segments.joined(separator: "."), limit: 200),
      message: UntrustedText.clean(message, limit: 300), code: UntrustedText.code(code ?? "invalid"))
  }

  private static func pathSegments(_ value: JSONValue) -> [String] {
    switch value {
    case .string(let text): return text.isEmpty ? [] : [text]
    case .number(let number):
      // An array index; anything that is not a small whole number is shown as "?".
      guard let index = KiraAnswerDecoder.checkedInteger(number), (0...1_000_000).contains(index) else {
        return ["?"]
      }
      return [String(index)]
    case .array(let items): return items.flatMap(pathSegments)
    default: return []
    }
  }

  /// A short, cleaned look at a non-JSON body ("<html><head><title>502 Bad Gateway…").
  private static func preview(_ body: Data) -> String {
    let text = String(decoding: body.prefix(4096), as: UTF8.self)
    let cleaned = UntrustedText.clean(text, limit: 120)
    return cleaned.isEmpty ? "(\(body.count) bytes of binary data)" : "\"\(cleaned)\""
  }

  /// "Service Unavailable".
  public static func reasonPhrase(_ status: Int) -> String {
    switch status {
    case 400: "Bad Request"
    case 401: "Unauthorized"
    case 403: "Forbidden"
    case 404: "Not Found"
    case 405: "Method Not Allowed"
    case 409: "Conflict"
    case 413: "Content Too Large"
    case 422: "Unprocessable Entity"
    case 429: "Too Many Requests"
    case 500: "Internal Server Error"
    case 502: "Bad Gateway"
    case 503: "Service Unavailable"
    case 504: "Gateway Timeout"
    default: HTTPURLResponseReason.phrase(status)
    }
  }
}

/// Generic reason phrases for statuses without a specific one.
private enum HTTPURLResponseReason {
  static func phrase(_ status: Int) -> String {
    switch status {
    case 200..<300: "Success"
    case 300..<400: "Redirect"
    case 400..<500: "Client Error"
    case 500..<600: "Server Error"
    default: "Unknown Status"
    }
  }
}
