import KiraOnboarding

/// How `import` words its row checks.
extension ImportRowCheck {
  /// `row 3 (line 4): email: Email "x" is not ... [invalid_email]`, one line per
  /// error; a row's warnings on one line with their fields and codes.
  static func reportLines(_ checks: [ImportRowCheck]) -> [String] {
    var lines: [String] = []
    for check in checks {
      let place = "row \(check.row.number) (line \(check.row.line))"
      for error in check.errors {
        lines.append("\(place): \(error.path): \(error.message) [\(error.code)]")
      }
      if !check.warnings.isEmpty {
        let listed = check.warnings.map { "\($0.path) [\($0.code)]" }.joined(separator: ", ")
        lines.append("\(place): warning\(check.warnings.count == 1 ? "" : "s"): \(listed)")
      }
    }
    return lines
  }

  /// `validation: 198 valid, 2 invalid (of 200 rows)`.
  static func summaryLine(_ checks: [ImportRowCheck]) -> String {
    let invalid = checks.filter { !$0.isValid }.count
    return
      "validation: \(checks.count - invalid) valid, \(invalid) invalid (of \(checks.count) row\(checks.count == 1 ? "" : "s"))"
  }
}
