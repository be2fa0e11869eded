import Foundation
import KYCForm
import KiraModels

/// One user held by the sandbox: the fields as submitted, plus lifecycle.
struct UserRecord: Sendable, Hashable {
  var id: String
  var createdAt: Date
  var updatedAt: Date
  /// The submitted body (later merged with PUT bodies).
  var fields: [String: JSONValue]
  var lifecycle: UserLifecycle
  var verificationLink: String?
  var scenario: SandboxScenario?

  var email: String? { fields["email"]?.stringValue }
  var isLinkMode: Bool { fields["verification_mode"]?.stringValue == "verification_link" }
  var hasSourceOfFunds: Bool { fields["source_of_funds"]?.stringValue?.isEmpty == false }

  /// The track a user with these fields starts on: link mode waits for the
  /// hosted page; a body the readiness table calls incomplete is never
  /// verified (it is auto-rejected when it lacks `source_of_funds`, as
  /// Kira's sandbox does, else it stays CREATED with its `missing_fields`);
  /// a complete one is verified, or follows its demo scenario.
  static func track(fields: [String: JSONValue], scenario: SandboxScenario?) -> UserLifecycle.Track {
    if fields["verification_mode"]?.stringValue == "verification_link" { return .link }
    let readiness = KYCReadiness.evaluate(fields)
    guard readiness.willVerify else {
      return fields["source_of_funds"]?.stringValue?.isEmpty == false ? .unverified : .incomplete
    }
    switch scenario {
    case .reject: return .reject
    case .review: return .review
    default: return .verify
    }
  }

  /// KYC field tokens still missing, per product, like Kira's
  /// `missing_fields`: from the form's readiness table, plus the ACT
  /// product's `additional_info` answers (omitted counts as "no", so Kira
  /// lists them).
  func missingFields() -> [String: [String]] {
    var object = KYCReadiness.evaluate(fields).missingFields
    let additional = fields["additional_info"]?.objectValue ?? [:]
    for key in ["has_us_bank_account", "has_denied_bank_account"] where additional[key]?.stringValue == nil {
      object[KYCReadiness.virtualAccountsACT.code, default: []].append("additional_info:\(key)")
    }
    return object
  }

  /// The flat user object Kira returns.
  func rendered(state: UserLifecycle.State, includeMissingFields: Bool, verificationTriggered: Bool?)
    -> JSONValue
  {
    var object: [String: JSONValue] = [:]
    let addressKeys: [String: String] = [
      "address_street": "street_line_1", "address_street_2": "street_line_2", "address_city": "city",
      "address_state": "subdivision", "address_zip_code": "postal_code", "address_country": "country",
    ]
    var address: [String: JSONValue] = [
      "street_line_1": nil, "street_line_2": nil, "city": nil, "subdivision": nil, "postal_code": nil,
      "country": nil,
    ]
    if case .object(let nested)? = fields["residential_address"] {
      for (key, value) in nested { address[key] = value }
    }
    for (key, value) in fields {
      if let nestedKey = addressKeys[key] {
        address[nestedKey] = value
      } else if key == "identifying_information" {
        object[key] = Self.withoutFiles(value, userID: id)
      } else if key != "residential_address" {
        object[key] = value
      }
    }
    object["residential_address"] = .object(address)
    object["id"] = .string(id)
    object["type"] = fields["type"] ?? "individual"
    object["status"] = .string(state.status)
    object["verification_status"] = .string(state.verificationStatus)
    object["verification_mode"] = fields["verification_mode"] ?? "automatic"
    object["verification_link"] = verificationLink.map(JSONValue.string) ?? .null
    object["verification_link_error"] = .null
    object["middle_name"] = fields["middle_name"] ?? .null
    object["metadata"] = fields["metadata"] ?? .object([:])
    object["eligible_products"] = .array([])
    object["created_at"] = .string(Self.timestamp(createdAt))
    object["updated_at"] = .string(Self.timestamp(updatedAt))
    if let verificationTriggered { object["verification_triggered"] = .bool(verificationTriggered) }
    if includeMissingFields {
      object["missing_fields"] = .object(missingFields().mapValues { .array($0.map(JSONValue.string)) })
    }
    return .object(object)
  }

  /// Document images are never echoed; like Kira, a (fake, sandbox) download URL stands in.
  private static func withoutFiles(_ value: JSONValue, userID: String) -> JSONValue {
    guard case .array(let items) = value else { return value }
    return .array(
      items.enumerated().map { index, item in
        guard case .object(var object) = item else { return item }
        if case .array(let documents)? = object["documents"] {
          object["documents"] = .array(
            documents.enumerated().map { documentIndex, document in
              guard case .object(var documentObject) = document else { return document }
              if documentObject["file"] != nil {
                documentObject["file"] = .string(
                  "https://files.sandbox.invalid/\(userID)/\(index)/\(documentIndex)?expires_in=600")
              }
              return .object(documentObject)
            })
        }
        return .object(object)
      })
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
