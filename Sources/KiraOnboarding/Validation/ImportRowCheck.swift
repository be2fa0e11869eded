import KYCForm
import KiraBatch
import KiraModels

/// One row of `kira-onboard import` checked with `validate`'s rules
/// (`ValidateReport`), plus the batch's own: a row that cannot be read, and
/// an e-mail given by an earlier row. The built body is not kept (images
/// make it large); it is built again when the row is sent.
public struct ImportRowCheck: Sendable {
  /// The row as read.
  public var row: BatchRow
  /// Problems that keep the row from being sent.
  public var errors: [ValidationIssue]
  /// Findings that do not.
  public var warnings: [ValidationIssue]

  /// True when the row may be sent.
  public var isValid: Bool { errors.isEmpty }

  /// Every error on one line (`email: ... [invalid_email]; birth_date: ...`), or nil.
  public var errorSummary: String? {
    errors.isEmpty ? nil : errors.map { "\($0.path): \($0.message) [\($0.code)]" }.joined(separator: "; ")
  }

  /// Checks every row; a second row with the same e-mail is an error (one applicant, one user).
  public static func checkAll(_ rows: [BatchRow], form: OnboardingForm, policy: ValidationPolicy)
    -> [ImportRowCheck]
  {
    var firstRowByEmail: [String: Int] = [:]
    return rows.map { row in
      var check: ImportRowCheck
      var email: String?
      switch report(for: row, form: form, policy: policy) {
      case .success(let report):
        check = ImportRowCheck(row: row, errors: report.errors, warnings: report.warnings)
        email = report.payload?["email"]?.stringValue
      case .failure(let issue):
        check = ImportRowCheck(row: row, errors: [issue], warnings: [])
      }
      if let email = email?.trimmingCharacters(in: .whitespacesAndNewlines).lowercased(), !email.isEmpty {
        if let earlier = firstRowByEmail[email] {
          check.errors.append(
            ValidationIssue(
              field: .email, path: "email", code: "duplicate_in_batch",
              message: "Email is the same as row \(earlier)'s: one applicant per row"))
        } else {
          firstRowByEmail[email] = row.number
        }
      }
      return check
    }
  }

  /// `validate`'s report for a row, or the reason it cannot be read.
  public static func report(
    for row: BatchRow, form: OnboardingForm, policy: ValidationPolicy
  ) -> Result<ValidateReport, ValidationIssue> {
    switch row.content {
    case .values(let values):
      return .success(ValidateReport.make(values: values, form: form, policy: policy))
    case .body(let body):
      return .success(ValidateReport.make(body: body, form: form, policy: policy))
    case .unreadable(let code, let message):
      return .failure(ValidationIssue(field: "", path: "(row)", code: code, message: message))
    }
  }

  /// Builds the row's body when it is sent (checked again: a file may have changed since).
  public static func payloadBuilder(
    _ row: BatchRow, form: OnboardingForm, policy: ValidationPolicy
  ) -> @Sendable () -> Result<JSONValue, BatchRowProblem> {
    {
      switch report(for: row, form: form, policy: policy) {
      case .success(let report):
        if report.isValid, let payload = report.payload { return .success(payload) }
        let first = report.errors.first
        return .failure(
          BatchRowProblem(
            first.map { "\($0.path): \($0.message) [\($0.code)]" } ?? "the body could not be built"))
      case .failure(let issue):
        return .failure(BatchRowProblem("\(issue.path): \(issue.message) [\(issue.code)]"))
      }
    }
  }
}
