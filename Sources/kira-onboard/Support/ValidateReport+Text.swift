import KYCForm
import KiraModels
import KiraOnboarding

/// How `validate` words a report: lines, the readiness line, the summary and `--json`.
extension ValidateReport {
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
