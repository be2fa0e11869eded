import Foundation

/// Deterministic demo scenarios keyed on the submitted data. SANDBOX-ONLY:
/// Kira's real sandbox has no magic values (kira-api.md section 10). The one
/// table of triggers: the sandbox detects them, the wizard's demo menu sets them.
public enum SandboxScenario: String, Sendable, Hashable, Codable, CaseIterable {
  /// Email local part contains `+reject`: VERIFYING, then REJECTED.
  case reject = "+reject"
  /// Email local part contains `+review`: VERIFYING, then REVIEW (stays there).
  case review = "+review"
  /// Email local part contains `+busy`: the first two creates under one idempotency key answer 503.
  case busy = "+busy"
  /// Email local part contains `+slow`: the user is created, but the first answer per key is held back.
  case slow = "+slow"
  /// `document_number` is `K00000400`: Kira answers a 400 field error the local form accepts.
  case documentRejected = "K00000400"

  /// The scenario a create body triggers, if any.
  public static func detect(in body: JSONValue) -> SandboxScenario? {
    if body["document_number"]?.stringValue?.uppercased() == SandboxScenario.documentRejected.rawValue {
      return .documentRejected
    }
    if let numbers = body["identifying_information"]?.arrayValue?.compactMap({ $0["number"]?.stringValue }),
      numbers.contains(where: { $0.uppercased() == SandboxScenario.documentRejected.rawValue })
    {
      return .documentRejected
    }
    guard let email = body["email"]?.stringValue?.lowercased(), let at = email.firstIndex(of: "@") else {
      return nil
    }
    let local = email[..<at]
    for scenario in [SandboxScenario.reject, .review, .busy, .slow] where local.contains(scenario.rawValue) {
      return scenario
    }
    return nil
  }

  /// One line for the README and the `sandbox` banner.
  public var summary: String {
    switch self {
    case .reject: "email like name+reject@example.com: the user goes VERIFYING, then REJECTED"
    case .review: "email like name+review@example.com: the user goes VERIFYING, then REVIEW and stays"
    case .busy: "email like name+busy@example.com: the first two creates answer 503, the third succeeds"
    case .slow: "email like name+slow@example.com: the user is created but the first answer is held back"
    case .documentRejected:
      "document number K00000400: Kira rejects document_number (400) though the form accepts it"
    }
  }

  /// What the wizard's demo writes into the e-mail's local part for this
  /// scenario (the document scenario gets a tag of its own, so its e-mail
  /// differs from the others', though only its document number triggers it).
  public var emailTag: String { self == .documentRejected ? "+kira400" : rawValue }

  /// The document number that triggers this scenario, when that is its trigger.
  public var documentNumber: String? { self == .documentRejected ? rawValue : nil }
}
