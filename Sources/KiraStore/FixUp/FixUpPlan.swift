import Foundation
import KYCForm
import KiraModels

/// What support needs to fix an existing Kira user: which fields to ask for
/// (Kira's `missing_fields` tokens and rejected paths, mapped to form fields),
/// the answers to start from (read from the remote user), and the `PUT`
/// body with only what changed. Pure: no I/O except reading newly attached
/// document files when the body is built.
public struct FixUpPlan: Sendable {
  /// The remote user as loaded.
  public let user: KiraUser
  /// The form the fields belong to.
  public let form: OnboardingForm
  /// The fields to ask for, in form order, each once.
  public let fieldsToAsk: [FieldID]
  /// Tokens or paths no form field matches (shown as-is, never dropped).
  public let unmappedTokens: [String]
  /// The answers read from the remote user: the starting point of the edit
  /// and the `original` of `updateBody`.
  public let startingValues: FormValues

  /// Builds the plan from the user's `missing_fields` (every product) plus
  /// `rejectedPaths` (Kira's field errors from the journal, or a webhook's
  /// reasons).
  public init(user: KiraUser, form: OnboardingForm = .individual, rejectedPaths: [String] = []) {
    self.user = user
    self.form = form
    let startingValues = form.values(fromPayload: user.raw)
    self.startingValues = startingValues
    var tokens: [String] = []
    for product in (user.missingFields ?? [:]).keys.sorted() {
      tokens += user.missingFields?[product] ?? []
    }
    tokens += rejectedPaths
    var wanted: Set<FieldID> = []
    var unmapped: [String] = []
    for token in tokens {
      if let field = Self.field(named: token, in: form, values: startingValues) {
        wanted.insert(field)
      } else if !unmapped.contains(token) {
        unmapped.append(token)
      }
    }
    self.fieldsToAsk = form.fields.map(\.id).filter(wanted.contains)
    self.unmappedTokens = unmapped
  }

  /// `missing_fields` per product, products sorted, as Kira sent them.
  public var missingFieldsByProduct: [(product: String, tokens: [String])] {
    (user.missingFields ?? [:]).keys.sorted().map { ($0, user.missingFields?[$0] ?? []) }
  }

  /// A form field named by its id (`source_of_funds`, `document.number`), an
  /// API path (`identifying_information.0.number`) or a `missing_fields`
  /// token (`additional_info:has_us_bank_account`). With `values`,
  /// `identifying_information` indexes are read against the body those
  /// answers produce (item 0 is the tax id when there is no ID document);
  /// without, item 0 is the ID document.
  public static func field(
    named name: String, in form: OnboardingForm = .individual, values: FormValues = FormValues()
  ) -> FieldID? {
    let trimmed = name.trimmingCharacters(in: .whitespaces)
    if let direct = form.field(FieldID(trimmed)) { return direct.id }
    if values.isEmpty { return form.fieldID(forAPIPath: trimmed) }
    return form.fieldID(forAPIPath: trimmed, in: values)
  }

  /// The `PUT /v1/users/{id}` body holding only what changed between
  /// `original` and `edited`: both are turned into API bodies and only the
  /// top-level keys whose value differs are kept (a changed document number
  /// sends `identifying_information` and `document_number`, nothing else).
  /// Document images left untouched are not re-sent (Kira answers them as
  /// short-lived download URLs, not files); a newly attached image is read
  /// and sent. Keys cleared in `edited` are not sent (a `PUT` cannot remove).
  public func updateBody(
    original: FormValues, edited: FormValues, policy: ValidationPolicy = .standard()
  ) throws -> JSONValue {
    var original = original
    var edited = edited
    for field in form.fields where field.kind == .file && original[field.id] == edited[field.id] {
      original[field.id] = ""
      edited[field.id] = ""
    }
    let before = try form.payload(from: original, policy: policy).objectValue ?? [:]
    let after = try form.payload(from: edited, policy: policy).objectValue ?? [:]
    var changes: [String: JSONValue] = [:]
    for (key, value) in after where before[key] != value {
      changes[key] = value
    }
    return .object(changes)
  }
}
