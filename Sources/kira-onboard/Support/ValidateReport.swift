import KYCForm
import KiraModels

/// What `kira-onboard validate` found in one body: pure, no I/O besides the
/// policy's file reader.
struct ValidateReport {
  /// Problems that block submission.
  var errors: [ValidationIssue]
  /// Findings that do not block (restricted country, values read differently, fields left out).
  var warnings: [ValidationIssue]
  /// The normalised body that would be sent; nil when it could not be built.
  var payload: JSONValue?
  /// Will Kira verify this customer? `nil` when the body is not an object.
  var readiness: KYCReadiness.Report?
  /// Where each missing readiness item is answered in the body.
  var readinessPaths: [String: String] = [:]

  /// True when nothing blocks submission.
  var isValid: Bool { errors.isEmpty }

  /// Validates an API body with the form's rules.
  static func make(body: JSONValue, form: OnboardingForm, policy: ValidationPolicy) -> ValidateReport {
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
  static func make(
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
  static func normalizationNotices(_ values: FormValues, form: OnboardingForm) -> [ValidationIssue] {
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

  /// One line per problem, `path: message [code]`; warnings marked `warning:`.
  var textLines: [String] {
    errors.map { "\($0.path): \($0.message) [\($0.code)]" }
      + warnings.map { "\($0.path): warning: \($0.message) [\($0.code)]" }
  }

  /// "readiness: ...": will Kira verify this customer, and if not, what is missing.
  var readinessLine: String? {
    guard let readiness else { return nil }
    guard let category = readiness.category else {
      return "readiness: verification link: the customer gives the rest on Kira's page"
    }
    if let complete = readiness.products.first(where: \.isComplete) {
      return "readiness: Kira will verify \(category.customerName) (\(complete.product.code) complete)"
    }
    let missing = readiness.missing.map(\.label).joined(separator: ", ")
    return "readiness: Kira will create the user but not verify it yet: missing \(missing)"
  }

  /// The `readiness` object of `--json`: the category, whether Kira will
  /// verify, and per product what is missing (Kira's token, a label, the
  /// body path that answers it).
  var readinessJSON: JSONValue {
    guard let readiness else { return .null }
    return .object([
      "will_verify": .bool(readiness.willVerify),
      "category": readiness.category.map { .string($0.rawValue) } ?? .null,
      "products": .array(
        readiness.products.map { status in
          .object([
            "code": .string(status.product.code), "name": .string(status.product.name),
            "complete": .bool(status.isComplete),
            "missing": .array(
              status.missing.map { item in
                .object([
                  "token": .string(item.token), "label": .string(item.label),
                  "path": .string(readinessPaths[item.token] ?? item.token),
                ])
              }),
          ])
        }),
    ])
  }

  /// A closing line: "valid" or "invalid: 2 errors, 1 warning".
  var summaryLine: String {
    func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
    if isValid {
      return warnings.isEmpty ? "valid" : "valid (\(count(warnings.count, "warning")))"
    }
    return "invalid: \(count(errors.count, "error")), \(count(warnings.count, "warning"))"
  }

  /// `{"valid": bool, "errors": [{"path","code","message","rule","expected"}], "warnings": [...],
  /// "readiness": {...}}`: `rule` names the rule that found it, `expected` the format it wants.
  var json: JSONValue {
    func entries(_ issues: [ValidationIssue]) -> JSONValue {
      .array(
        issues.map { issue in
          var entry: [String: JSONValue] = [
            "path": .string(issue.path), "code": .string(issue.code), "message": .string(issue.message),
            "rule": .string(issue.rule ?? issue.code),
          ]
          let field = OnboardingForm.individual.field(issue.field)
          entry["expected"] = .string(
            issue.expected ?? field?.ruleSummary ?? "a POST /v1/users body for an individual")
          return .object(entry)
        })
    }
    return .object([
      "valid": .bool(isValid), "errors": entries(errors), "warnings": entries(warnings),
      "readiness": readinessJSON,
    ])
  }
}
