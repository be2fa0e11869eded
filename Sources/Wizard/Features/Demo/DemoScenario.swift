import Foundation
import KYCForm
import KiraModels

/// Demo scenarios of the embedded sandbox (sandbox-only triggers keyed on the
/// data, see the sandbox's documentation). Picking one changes only the
/// answers that trigger it, keeping the rest of what was typed; submitting
/// from Review then shows it.
public struct DemoScenario: Sendable, Hashable {
  /// Menu title.
  public let title: String
  /// One line on what the presenter will see.
  public let summary: String
  /// The menu title in Spanish.
  public let spanishTitle: String
  /// The line on what the presenter will see, in Spanish.
  public let spanishSummary: String
  /// The sandbox's trigger this scenario sets (nil: the happy path).
  public let trigger: SandboxScenario?
  /// What the e-mail's local part carries for it (`+reject`), or empty for none.
  public var emailTag: String { trigger?.emailTag ?? "" }
  /// The document number the scenario needs (nil: any number but another
  /// scenario's).
  public var documentNumber: String? { trigger?.documentNumber }

  /// Creates a scenario: its title and summary in English, then in Spanish
  /// (`es`), so a missing translation does not compile.
  public init(
    title: String, summary: String, es spanish: (title: String, summary: String), trigger: SandboxScenario?
  ) {
    self.title = title
    self.summary = summary
    self.spanishTitle = spanish.title
    self.spanishSummary = spanish.summary
    self.trigger = trigger
  }

  /// The menu title in `language`.
  public func title(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishTitle : title
  }

  /// The line on what the presenter will see, in `language`.
  public func summary(in language: OperatorLanguage) -> String {
    language == .spanish ? spanishSummary : summary
  }

  /// The menu, in order. Each replaces the trigger of the one picked before.
  public static let all: [DemoScenario] = [
    DemoScenario(
      title: "Happy path", summary: "Kira creates the user; it goes on to VERIFYING, then VERIFIED",
      es: ("Caso exitoso", "Kira crea al usuario; pasa a VERIFYING y luego a VERIFIED"), trigger: nil),
    DemoScenario(
      title: "Rejection", summary: "Kira creates the user, then rejects it within seconds",
      es: ("Rechazo", "Kira crea al usuario y lo rechaza a los pocos segundos"), trigger: .reject),
    DemoScenario(
      title: "Manual review", summary: "Kira creates the user, then holds it in REVIEW",
      es: ("Revisión manual", "Kira crea al usuario y lo deja en REVIEW"), trigger: .review),
    DemoScenario(
      title: "Kira-side validation error",
      summary: "the document number passes local checks, Kira answers 400 on it",
      es: (
        "Error de validación en Kira",
        "el número de documento pasa las validaciones locales, pero Kira responde 400"
      ),
      trigger: .documentRejected),
    DemoScenario(
      title: "Busy, then retry", summary: "Kira answers 503 twice; the client retries with the same key",
      es: (
        "Kira ocupado y reintento", "Kira responde 503 dos veces; el cliente reintenta con la misma clave"
      ),
      trigger: .busy),
    DemoScenario(
      title: "Slow answer",
      summary: "Kira holds its answer a few seconds (with a short --request-timeout: unknown outcome)",
      es: (
        "Respuesta lenta",
        "Kira demora su respuesta unos segundos (con un --request-timeout corto: resultado desconocido)"
      ),
      trigger: .slow),
  ]

  /// The answers that trigger the scenario over `values`: the e-mail typed
  /// keeps its name and domain and gets this scenario's tag in place of
  /// another's (the demo applicant's e-mail when none is typed), and the
  /// document number changes only when the scenario needs one or the number
  /// typed would trigger another.
  public func changes(over values: FormValues) -> [FieldID: String] {
    var changes: [FieldID: String] = [.email: taggedEmail(values[.email])]
    let document = values[.documentNumber]
    if let documentNumber {
      changes[.documentNumber] = documentNumber
    } else if document.isEmpty || document.uppercased() == SandboxScenario.documentRejected.rawValue {
      changes[.documentNumber] = DemoApplicant.answers[.documentNumber]
    }
    return changes
  }

  /// `email` with every scenario's tag taken out of its local part and this
  /// one's put in; the demo applicant's when `email` has no `@`.
  func taggedEmail(_ email: String) -> String {
    let base = email.contains("@") ? email : DemoApplicant.answers[.email] ?? "maria.gonzalez@example.com"
    guard let at = base.lastIndex(of: "@") else { return base }
    var local = String(base[..<at])
    for scenario in Self.all where !scenario.emailTag.isEmpty {
      local = local.replacingOccurrences(of: scenario.emailTag, with: "")
    }
    return local + emailTag + base[at...]
  }
}
