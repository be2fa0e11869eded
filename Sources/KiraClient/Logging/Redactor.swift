import Foundation
import KiraModels

/// Masks personal data and removes secrets before anything is logged.
///
/// Never logged: api key, password, token, document numbers, tax ids, image
/// data. Masked: names and emails. The client itself logs no bodies at all;
/// `redacted(_:)` exists for callers that must log the shape of one.
public enum Redactor {
  /// Keys whose values are removed entirely.
  public static let secretKeys: Set<String> = [
    "password", "api_key", "apikey", "x-api-key", "access_token", "token", "authorization", "client_secret",
    "document_number", "number", "ssn", "tax_id", "ein", "file", "data", "secret",
  ]
  /// Keys whose values are masked (first letter kept).
  public static let personalKeys: Set<String> = [
    "first_name", "last_name", "middle_name", "email", "phone", "birth_date", "address_street",
    "address_street_2",
    "street_line_1", "street_line_2", "current_employer", "business_legal_name",
  ]

  /// "m•••@e•••.com".
  public static func maskEmail(_ email: String) -> String {
    let parts = email.split(separator: "@", maxSplits: 1)
    guard parts.count == 2 else { return maskName(email) }
    let domainParts = parts[1].split(separator: ".")
    let tld = domainParts.count > 1 ? "." + domainParts.last! : ""
    return mask(String(parts[0])) + "@" + mask(String(domainParts.first ?? "")) + tld
  }

  /// "M•••" (each word: its first character then dots).
  public static func maskName(_ name: String) -> String {
    name.split(separator: " ").map { mask(String($0)) }.joined(separator: " ")
  }

  private static func mask(_ word: String) -> String {
    guard let first = word.first else { return "" }
    return String(first) + "•••"
  }

  /// A copy of `value` with secrets replaced by `"[redacted]"` and personal data masked, at any depth.
  public static func redacted(_ value: JSONValue) -> JSONValue {
    switch value {
    case .object(let object):
      var copy: [String: JSONValue] = [:]
      for (key, member) in object {
        let lowered = key.lowercased()
        if secretKeys.contains(lowered) {
          copy[key] = "[redacted]"
        } else if personalKeys.contains(lowered), let text = member.stringValue {
          copy[key] = .string(lowered == "email" ? maskEmail(text) : maskName(text))
        } else {
          copy[key] = redacted(member)
        }
      }
      return .object(copy)
    case .array(let items):
      return .array(items.map(redacted))
    case .string(let text) where text.hasPrefix("data:"):
      return "[redacted]"
    default:
      return value
    }
  }
}
