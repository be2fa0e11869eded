import Foundation
import KiraModels

/// Validates user bodies the way Kira does, written from the API contract
/// (the create-user reference page and kira-api.md), NOT from the form model,
/// so the two can disagree and tests catch it. Issues use Zod's codes and
/// wording (`invalid_type`, `invalid_enum_value`, `too_small`, `too_big`,
/// `invalid_string`), with dotted paths (`identifying_information.0.number`).
public enum ContractValidator {
  /// The rule for one top-level key.
  enum Rule {
    case string
    case nonEmptyString
    case email
    case url
    case pattern(String)
    case exactLength(Int)
    case maxLength(Int)
    case enumeration([String])
    case boolean
    case object
    case stringMap
    case identifyingInformation
    case objectArray
  }

  /// Allowed values, from the reference page.
  public enum Enums {
    public static let type = ["individual"]
    public static let verificationMode = ["automatic", "verification_link"]
    public static let language = ["en", "es"]
    public static let gender = ["male", "female", "other"]
    public static let status = ["active", "inactive", "suspended"]
    public static let sourceOfFunds = [
      "salary", "self_employment_income", "investment_proceeds", "savings_inheritance_gift", "gifts",
      "inheritance", "investments_loans", "pension_retirement", "sale_of_assets_real_estate", "savings",
      "someone_elses_funds",
    ]
    public static let accountPurpose = [
      "receive_payments", "manage_professional_income", "make_payments", "manage_personal_funds",
      "investment_trading", "charitable_donations", "investment_purposes", "operating_a_company",
      "payments_to_friends_or_family_abroad", "personal_or_living_expenses", "purchase_goods_and_services",
      "protect_wealth", "receive_salary", "receive_payment_for_freelancing",
    ]
    public static let expectedMonthlyVolume = [
      "less_than_10000", "10000_to_49999", "50000_to_199999", "200000_to_999999", "1000000_or_more",
    ]
    public static let expectedTransactionCount = ["1_to_10", "11_to_50", "51_to_200", "more_than_200"]
    public static let employmentStatus = ["employed", "self_employed", "unemployed", "retired", "student"]
  }

  /// Top-level keys in the order Zod would report them.
  static let rules: [(key: String, rule: Rule, required: Bool)] = [
    ("type", .enumeration(Enums.type), true),
    ("first_name", .nonEmptyString, true),
    ("last_name", .nonEmptyString, true),
    ("email", .email, true),
    ("verification_mode", .enumeration(Enums.verificationMode), false),
    ("redirect_uri", .url, false),
    ("language", .enumeration(Enums.language), false),
    ("middle_name", .string, false),
    ("phone", .string, false),
    ("birth_date", .pattern(#"^\d{4}-\d{2}-\d{2}$"#), false),
    ("nationality", .exactLength(3), false),
    ("gender", .enumeration(Enums.gender), false),
    ("status", .enumeration(Enums.status), false),
    ("external_id", .string, false),
    ("residential_address", .object, false),
    ("address_street", .maxLength(70), false),
    ("address_street_2", .maxLength(70), false),
    ("address_city", .string, false),
    ("address_state", .string, false),
    ("address_zip_code", .string, false),
    ("address_country", .string, false),
    ("identifying_information", .identifyingInformation, false),
    ("pep_status", .boolean, false),
    ("source_of_funds", .enumeration(Enums.sourceOfFunds), false),
    ("account_purpose", .enumeration(Enums.accountPurpose), false),
    ("expected_monthly_payments", .string, false),
    ("expected_monthly_volume", .enumeration(Enums.expectedMonthlyVolume), false),
    ("expected_transaction_count", .enumeration(Enums.expectedTransactionCount), false),
    ("employment_status", .enumeration(Enums.employmentStatus), false),
    ("occupation", .string, false),
    ("current_employer", .string, false),
    ("income_source", .string, false),
    ("documents", .objectArray, false),
    ("immigration_status", .string, false),
    ("government_document_type", .string, false),
    ("additional_info", .object, false),
    ("metadata", .stringMap, false),
    ("kyc_id", .string, false),
    ("document_type", .string, false),
    ("document_number", .string, false),
    ("document_country", .string, false),
  ]

  /// Issues for a `POST /v1/users` body (required keys enforced).
  public static func validateCreate(_ body: JSONValue) -> [FieldErrorDetail] {
    validate(body, requireRequired: true)
  }

  /// Issues for a `PUT /v1/users/{id}` body (every key optional; `type` may not change).
  public static func validateUpdate(_ body: JSONValue) -> [FieldErrorDetail] {
    validate(body, requireRequired: false)
  }

  private static func validate(_ body: JSONValue, requireRequired: Bool) -> [FieldErrorDetail] {
    guard case .object(let object) = body else {
      return [invalidType(path: "", expected: "object", received: body)]
    }
    var issues: [FieldErrorDetail] = []
    for (key, rule, required) in rules {
      guard let value = object[key] else {
        if required && requireRequired {
          issues.append(FieldErrorDetail(path: key, message: "Required", code: "invalid_type"))
        }
        continue
      }
      if case .null = value, !(required && requireRequired) {
        issues.append(invalidType(path: key, expected: expectedType(rule), received: value))
        continue
      }
      issues += check(value, rule: rule, path: key)
    }
    return issues
  }

  private static func expectedType(_ rule: Rule) -> String {
    switch rule {
    case .boolean: "boolean"
    case .object, .stringMap: "object"
    case .identifyingInformation, .objectArray: "array"
    default: "string"
    }
  }

  private static func check(_ value: JSONValue, rule: Rule, path: String) -> [FieldErrorDetail] {
    switch rule {
    case .boolean:
      return value.boolValue == nil ? [invalidType(path: path, expected: "boolean", received: value)] : []
    case .object:
      return value.objectValue == nil ? [invalidType(path: path, expected: "object", received: value)] : []
    case .stringMap:
      guard let map = value.objectValue else {
        return [invalidType(path: path, expected: "object", received: value)]
      }
      return map.keys.sorted().compactMap { key in
        map[key]!.stringValue == nil
          ? invalidType(path: "\(path).\(key)", expected: "string", received: map[key]!) : nil
      }
    case .objectArray:
      guard let items = value.arrayValue else {
        return [invalidType(path: path, expected: "array", received: value)]
      }
      return items.enumerated().compactMap { index, item in
        item.objectValue == nil
          ? invalidType(path: "\(path).\(index)", expected: "object", received: item) : nil
      }
    case .identifyingInformation:
      return checkIdentifyingInformation(value, path: path)
    default:
      guard let text = value.stringValue else {
        return [invalidType(path: path, expected: "string", received: value)]
      }
      return checkString(text, rule: rule, path: path)
    }
  }

  private static func checkString(_ text: String, rule: Rule, path: String) -> [FieldErrorDetail] {
    let length = text.count
    switch rule {
    case .nonEmptyString where length < 1:
      return [
        FieldErrorDetail(
          path: path, message: "String must contain at least 1 character(s)", code: "too_small")
      ]
    case .email where !isEmail(text):
      return [FieldErrorDetail(path: path, message: "Invalid email", code: "invalid_string")]
    case .url where !isURL(text):
      return [FieldErrorDetail(path: path, message: "Invalid url", code: "invalid_string")]
    case .pattern(let pattern) where text.range(of: pattern, options: .regularExpression) == nil:
      return [FieldErrorDetail(path: path, message: "Invalid", code: "invalid_string")]
    case .exactLength(let wanted) where length != wanted:
      return [
        FieldErrorDetail(
          path: path, message: "String must contain exactly \(wanted) character(s)",
          code: length < wanted ? "too_small" : "too_big")
      ]
    case .maxLength(let limit) where length > limit:
      return [
        FieldErrorDetail(
          path: path, message: "String must contain at most \(limit) character(s)", code: "too_big")
      ]
    case .enumeration(let options) where !options.contains(text):
      let expected = options.map { "'\($0)'" }.joined(separator: " | ")
      return [
        FieldErrorDetail(
          path: path, message: "Invalid enum value. Expected \(expected), received '\(text)'",
          code: "invalid_enum_value")
      ]
    default:
      return []
    }
  }

  private static func checkIdentifyingInformation(_ value: JSONValue, path: String) -> [FieldErrorDetail] {
    guard let items = value.arrayValue else {
      return [invalidType(path: path, expected: "array", received: value)]
    }
    var issues: [FieldErrorDetail] = []
    for (index, item) in items.enumerated() {
      let itemPath = "\(path).\(index)"
      guard let object = item.objectValue else {
        issues.append(invalidType(path: itemPath, expected: "object", received: item))
        continue
      }
      if object["type"] == nil {
        issues.append(FieldErrorDetail(path: "\(itemPath).type", message: "Required", code: "invalid_type"))
      }
      for key in ["type", "issuing_country", "number", "expiration"] {
        if let member = object[key], member.stringValue == nil {
          issues.append(invalidType(path: "\(itemPath).\(key)", expected: "string", received: member))
        }
      }
      if let country = object["issuing_country"]?.stringValue, country.count != 3 {
        issues.append(
          FieldErrorDetail(
            path: "\(itemPath).issuing_country", message: "String must contain exactly 3 character(s)",
            code: country.count < 3 ? "too_small" : "too_big"))
      }
      if let expiration = object["expiration"]?.stringValue,
        expiration.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) == nil
      {
        issues.append(
          FieldErrorDetail(path: "\(itemPath).expiration", message: "Invalid", code: "invalid_string"))
      }
      guard let documents = object["documents"] else { continue }
      guard let list = documents.arrayValue else {
        issues.append(invalidType(path: "\(itemPath).documents", expected: "array", received: documents))
        continue
      }
      for (documentIndex, document) in list.enumerated() {
        let documentPath = "\(itemPath).documents.\(documentIndex)"
        guard let documentObject = document.objectValue else {
          issues.append(invalidType(path: documentPath, expected: "object", received: document))
          continue
        }
        for key in ["type", "file"] {
          guard let member = documentObject[key] else {
            issues.append(
              FieldErrorDetail(path: "\(documentPath).\(key)", message: "Required", code: "invalid_type"))
            continue
          }
          if member.stringValue == nil {
            issues.append(invalidType(path: "\(documentPath).\(key)", expected: "string", received: member))
          }
        }
      }
    }
    return issues
  }

  private static func invalidType(path: String, expected: String, received: JSONValue) -> FieldErrorDetail {
    FieldErrorDetail(
      path: path, message: "Expected \(expected), received \(received.kindName)", code: "invalid_type")
  }

  /// Zod's email check (case-insensitive).
  static func isEmail(_ text: String) -> Bool {
    let pattern =
      #"^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-\.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$"#
    return text.range(of: pattern, options: .regularExpression) != nil
  }

  /// Zod's url check: anything `new URL()` accepts (a scheme and something after it).
  static func isURL(_ text: String) -> Bool {
    guard let components = URLComponents(string: text), let scheme = components.scheme, !scheme.isEmpty else {
      return false
    }
    return components.host?.isEmpty == false || !components.path.isEmpty
  }
}
