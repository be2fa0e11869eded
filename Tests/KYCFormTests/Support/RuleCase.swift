import KYCForm
import Testing

/// One row of a validator table: a value for a field, the other answers it
/// is checked with, and the expected first issue code (nil: no issue at all).
struct RuleCase: Sendable, CustomTestStringConvertible {
  var field: FieldID
  var value: String
  var context: [FieldID: String]
  var expected: String?

  var testDescription: String {
    let shown = value.count > 40 ? String(value.prefix(37)) + "..." : value
    let ctx =
      context.isEmpty
      ? "" : " with \(context.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ","))"
    return "\(field) = \"\(shown.debugDescription.dropFirst().dropLast())\"\(ctx) -> \(expected ?? "ok")"
  }

  /// The issues `validate(field:)` reports for this row, less the readiness
  /// reminders (`missing_for_kyc`, tested in `ReadinessTests`) unless the
  /// row expects one.
  func issues(policy: ValidationPolicy = Fixtures.policy()) -> [ValidationIssue] {
    var values = FormValues(values: context)
    values.values[field] = value
    return OnboardingForm.individual.validate(field: field, in: values, policy: policy).filter {
      $0.code != "missing_for_kyc" || expected == "missing_for_kyc"
    }
  }
}

/// A row that must produce no issue.
func ok(_ field: FieldID, _ value: String, _ context: [FieldID: String] = [:]) -> RuleCase {
  RuleCase(field: field, value: value, context: context, expected: nil)
}

/// A row whose first issue must have `code`.
func bad(_ field: FieldID, _ value: String, _ code: String, _ context: [FieldID: String] = [:]) -> RuleCase {
  RuleCase(field: field, value: value, context: context, expected: code)
}
