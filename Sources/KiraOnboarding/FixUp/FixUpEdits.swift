import KYCForm
import KiraStore

/// `fix --set field=value ...` applied to a user's answers: each value
/// normalised as the form reads it, then checked with the form's rules.
/// Nothing is sent from here; `FixUpService` sends the changes.
public struct FixUpEdits: Sendable {
  /// The remote answers with every assignment applied.
  public var values: FormValues
  /// Findings that do not block, one line each (`field: message [code]`).
  public var warnings: [String]
  /// Values that break the form's rules, one line each; nothing may be sent while there are any.
  public var problems: [String]

  /// Applies `assignments` (`field=value`: a field id, an API path or a
  /// `missing_fields` token) to the plan's starting values.
  ///
  /// - Throws: `FixInputError.unknownField` for a name no form field has.
  public init(assignments: [String], plan: FixUpPlan, policy: ValidationPolicy) throws(FixInputError) {
    var edited = plan.startingValues
    var changed: [FieldID] = []
    for assignment in assignments {
      guard let equals = assignment.firstIndex(of: "=") else { continue }
      let name = String(assignment[..<equals])
      let value = String(assignment[assignment.index(after: equals)...])
      guard let field = FixUpPlan.field(named: name, in: plan.form, values: plan.startingValues) else {
        throw FixInputError.unknownField(name.trimmingCharacters(in: .whitespaces))
      }
      edited[field] = plan.form.normalized(value, for: field, in: edited)
      changed.append(field)
    }
    var warnings: [String] = []
    var problems: [String] = []
    for field in changed {
      for issue in plan.form.validate(field: field, in: edited, policy: policy) {
        let line = "\(issue.field.rawValue): \(issue.message) [\(issue.code)]"
        if issue.severity == .error {
          problems.append(line)
        } else {
          warnings.append(line)
        }
      }
    }
    self.values = edited
    self.warnings = warnings
    self.problems = problems
  }
}
