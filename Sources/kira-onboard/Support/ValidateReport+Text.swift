import KYCForm
import KiraModels
import KiraOnboarding

/// How `validate` words a report: lines, the readiness line, the summary and `--json`.
extension ValidateReport {
  /// One line per problem, `path: message [code]`; warnings marked `warning:`.
  var textLines: [String] {
    let language = CLILanguage.current
    return errors.map { "\($0.path): \($0.message(in: language)) [\($0.code)]" }
      + warnings.map {
        CLIText.warning(path: $0.path, message: $0.message(in: language), code: $0.code).text(in: language)
      }
  }

  /// "readiness: ...": will Kira verify this customer, and if not, what is missing.
  var readinessLine: String? {
    guard let readiness else { return nil }
    guard let category = readiness.category else {
      return CLIText.readinessLinkOnly.text
    }
    if let complete = readiness.products.first(where: \.isComplete) {
      return CLIText.readinessWillVerify(
        customer: category.customerName(in: CLILanguage.current), product: complete.product.code
      ).text
    }
    let missing = readiness.missing.map { $0.label(in: CLILanguage.current) }.joined(separator: ", ")
    return CLIText.readinessMissing(missing).text
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
    isValid
      ? CLIText.valid(warnings: warnings.count).text
      : CLIText.invalid(errors: errors.count, warnings: warnings.count).text
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
