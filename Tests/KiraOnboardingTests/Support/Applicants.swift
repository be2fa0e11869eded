import Foundation
import KYCForm
import KiraModels

/// Fake applicants: the reference page's body (`Tests/Fixtures/maria-gonzalez.json`)
/// with a tiny JPEG in the image slot.
enum Applicants {
  /// The shared reference body, read from disk.
  static let referenceText: String = {
    let url = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures/maria-gonzalez.json")
    return (try? String(contentsOf: url, encoding: .utf8)) ?? "{}"
  }()

  /// A data URI the form and the sandbox accept as a JPEG.
  static let imageDataURI = "data:image/jpeg;base64,/9j/4AAQSkZJRg=="

  /// The reference body under `email` (each test its own applicant).
  static func maria(email: String = "maria.gonzalez@example.com") -> JSONValue {
    let text = referenceText.replacingOccurrences(
      of: "data:image/jpeg;base64,PLACEHOLDER", with: imageDataURI)
    guard case .object(var body) = (try? JSONValue.parse(Data(text.utf8))) ?? .null else { return .null }
    body["email"] = .string(email)
    return .object(body)
  }

  /// The reference body completed with what Kira needs to verify an
  /// international customer (gender, PEP status, expected payments, the tax
  /// item): the sandbox verifies it, or follows its e-mail's scenario.
  static func complete(email: String = "maria.gonzalez@example.com") -> JSONValue {
    let body = maria(email: email)
    var items = body["identifying_information"]?.arrayValue ?? []
    items.append(["type": "tax_id", "issuing_country": "MEX", "number": "GODE561231GR8"])
    return body.setting("gender", "female").setting("pep_status", false)
      .setting("expected_monthly_payments", "4").setting("identifying_information", .array(items))
  }

  /// A fresh e-mail address, with a sandbox scenario tag when given (`+reject`).
  static func email(_ tag: String = "") -> String {
    "maria.\(UUID().uuidString.prefix(8).lowercased())\(tag)@example.com"
  }
}

extension JSONValue {
  /// This object with `key` set to `value`.
  func setting(_ key: String, _ value: JSONValue) -> JSONValue {
    guard case .object(var object) = self else { return self }
    object[key] = value
    return .object(object)
  }

  /// This object with the ID document's number (top level and item 0) set to `number`.
  func settingDocumentNumber(_ number: String) -> JSONValue {
    guard case .array(var items) = self["identifying_information"] ?? .null, !items.isEmpty,
      case .object(var item) = items[0]
    else { return setting("document_number", .string(number)) }
    item["number"] = .string(number)
    items[0] = .object(item)
    return setting("document_number", .string(number)).setting("identifying_information", .array(items))
  }
}
