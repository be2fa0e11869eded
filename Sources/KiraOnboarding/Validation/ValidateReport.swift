import KYCForm
import KiraModels

/// What `kira-onboard validate` (and `submit`, and each row of `import`)
/// found in one body: pure, no I/O besides the policy's file reader. The
/// executable words it (`ValidateReport+Text`).
public struct ValidateReport: Sendable {
  /// Problems that block submission.
  public var errors: [ValidationIssue]
  /// Findings that do not block (restricted country, values read differently, fields left out).
  public var warnings: [ValidationIssue]
  /// The normalised body that would be sent; nil when it could not be built.
  public var payload: JSONValue?
  /// Will Kira verify this customer? `nil` when the body is not an object.
  public var readiness: KYCReadiness.Report?
  /// Where each missing readiness item is answered in the body.
  public var readinessPaths: [String: String] = [:]

  /// True when nothing blocks submission.
  public var isValid: Bool { errors.isEmpty }

  /// Validates an API body with the form's rules.
  public static func make(body: JSONValue, form: OnboardingForm, policy: ValidationPolicy) -> ValidateReport {
    guard case .object(let object) = body else {
      let issue = ValidationIssue(
        field: "", path: "(body)", code: "invalid_body", message: "the body must be a JSON object")
      return ValidateReport(errors: [issue], warnings: [], payload: nil)
    }
    var found: [ValidationIssue] = []
    if let type = object["type"], type != .string("individual") {
      found.append(
        ValidationIssue(
          field: "", path: "type", code: "unsupported_type",
          message: "type must be \"individual\" (this tool onboards individuals), got \(type.encodedString())"
        ))
    }
    let values = form.values(fromPayload: body)
    found += form.unknownKeyIssues(in: body)
    return make(values: values, form: form, policy: policy, issues: found)
  }

  /// Validates form values (a row of `import`'s CSV) with the form's rules;
  /// `issues` are problems already found in how they were written.
  public static func make(
    values: FormValues, form: OnboardingForm, policy: ValidationPolicy, issues: [ValidationIssue] = []
  ) -> ValidateReport {
    var found = issues
    found += normalizationNotices(values, form: form)
    found += form.validateAll(values, policy: policy)
    var payload: JSONValue?
    do {
      payload = try form.payload(from: values, policy: policy)
    } catch let error as PayloadError {
      if !found.contains(where: { $0.field == error.field && $0.severity == .error }) {
        found.append(
          ValidationIssue(field: error.field, path: error.apiPath, code: error.code, message: error.message))
      }
    } catch {
      found.append(ValidationIssue(field: "", path: "(body)", code: "payload_failed", message: "\(error)"))
    }
    let readiness = form.readiness(values)
    var paths: [String: String] = [:]
    for status in readiness.products {
      for item in status.missing {
        paths[item.token] = form.apiPath(of: form.jumpField(for: item, in: values), in: values)
      }
    }
    return ValidateReport(
      errors: found.filter { $0.severity == .error }, warnings: found.filter { $0.severity == .warning },
      payload: payload, readiness: readiness, readinessPaths: paths)
  }

  /// Warnings for values the form reads differently from how they were written
  /// ("mx" -> MEX, a phone with spaces); secrets and file contents are not echoed.
  public static func normalizationNotices(_ values: FormValues, form: OnboardingForm) -> [ValidationIssue] {
    form.fields.compactMap { field in
      let raw = values[field.id]
      let normalized = form.normalized(raw, for: field.id, in: values)
      let trimmed = raw.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !raw.isEmpty, normalized != trimmed, normalized != raw else { return nil }
      let message: String
      switch field.kind {
      case .secret, .file: message = "\(field.label) was reformatted before validation"
      default: message = "\(field.label) \"\(raw)\" is read as \"\(normalized)\""
      }
      return ValidationIssue(
        field: field.id, path: form.apiPath(of: field.id, in: values), code: "normalized", message: message,
        severity: .warning)
    }
  }
}
