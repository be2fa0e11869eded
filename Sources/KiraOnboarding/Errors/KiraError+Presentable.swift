import Foundation
import KiraClient

/// How a `KiraError` reads on stderr and which exit status it means:
/// 65 data refused, 69 Kira unavailable after retries, 75 outcome unknown
/// (retry with the same idempotency key), 77 credentials refused, 64 bad arguments.
extension KiraError: PresentableError {
  public var userMessage: String {
    var lines: [String] = []
    let status = httpStatus.map { " (HTTP \($0))" } ?? ""
    switch kind {
    case .validation:
      lines.append("Kira rejected the data\(status): \(message)")
      lines += fieldErrors.map {
        "  \($0.path.isEmpty ? "(body)" : $0.path): \($0.message) [\($0.code)] (Kira)"
      }
    case .authentication:
      lines.append("Kira refused the credentials\(status): \(message)")
      lines += fieldErrors.map { "  \($0.path): \($0.message) [\($0.code)]" }
      lines.append("  Check KIRA_API_KEY, KIRA_CLIENT_ID and KIRA_PASSWORD (or the credentials file).")
    case .forbidden:
      lines.append("Kira refused the request\(status): \(message)")
    case .conflict where isIdempotencyKeyReuse:
      lines.append(
        "Kira refused the request\(status): this idempotency key was already used with a different body.")
      lines.append(
        "  Submit the original body again with that key, or leave out --idempotency-key for a new customer.")
    case .conflict, .notFound, .clientError:
      lines.append("Kira refused the request\(status): \(message)")
    case .rateLimited, .server:
      lines.append(
        "Kira is unavailable\(status) after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(message)")
      lines.append("  Nothing was created. Try again later.")
    case .transport(let reason):
      lines.append(
        "Kira could not be reached (\(reason.phrase)) after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(message)"
      )
    case .outcomeUnknown(let reason):
      lines.append(
        "No definite answer from Kira (\(reason.phrase)): the request may or may not have been processed.")
      if let idempotencyKey {
        lines.append("  Retry with the SAME idempotency key to find out safely: \(idempotencyKey)")
      }
    case .invalidResponse:
      lines.append("Kira answered something unexpected\(status): \(message)")
    case .invalidRequest:
      lines.append(message)
    }
    return lines.joined(separator: "\n")
  }

  public var exitStatus: Int32 {
    switch kind {
    case .validation, .conflict, .notFound, .clientError: ExitStatus.dataError
    case .authentication, .forbidden: ExitStatus.permissionDenied
    case .rateLimited, .server, .transport, .invalidResponse: ExitStatus.unavailable
    case .outcomeUnknown: ExitStatus.temporaryFailure
    case .invalidRequest: ExitStatus.usage
    }
  }
}

/// A request that never got an HTTP answer before the client took over
/// (the network helper could not start, say).
extension TransportError: PresentableError {
  public var userMessage: String { "Kira could not be reached: \(description)" }

  public var exitStatus: Int32 { ExitStatus.unavailable }
}
