import KiraModels

extension OnboardingForm {
  /// Will Kira verify a customer with these answers? Read from the body the
  /// answers produce (files named, not read).
  public func readiness(_ values: FormValues) -> KYCReadiness.Report {
    KYCReadiness.evaluate(bodyShape(from: values))
  }

  /// The field an item's jump lands on: its first visible field still
  /// empty, else its first field.
  public func jumpField(for item: KYCReadiness.Item, in values: FormValues) -> FieldID {
    jumpField(for: item, normalized: normalizedAll(values))
  }

  /// `jumpField(for:in:)` for answers already normalised.
  func jumpField(for item: KYCReadiness.Item, normalized: FormValues) -> FieldID {
    let visible = item.fields.filter { field($0)?.isVisible(in: normalized) ?? false }
    return visible.first { normalized[$0].isEmpty } ?? visible.first ?? item.fields[0]
  }

  /// One `missing_for_kyc` warning per item the base product lacks, on the
  /// item's jump field, naming the category and the product. Empty in
  /// verification-link mode.
  /// Only the warnings that land on `fields` are written out, when given.
  func readinessIssues(normalized values: FormValues, only fields: Set<FieldID>? = nil) -> [ValidationIssue] {
    let report = KYCReadiness.evaluate(bodyShape(from: values, normalized: true))
    guard let category = report.category, let base = report.products.first else { return [] }
    return base.missing.compactMap { item in
      let id = jumpField(for: item, normalized: values)
      if let fields, !fields.contains(id) { return nil }
      let incomplete = item.fields.count > 1
      let label =
        incomplete
        ? BilingualText(english: item.label, spanish: item.spanishLabel)
        : BilingualText(
          english: field(id)?.label(in: values) ?? item.label,
          spanish: field(id)?.label(in: values, language: .spanish) ?? item.spanishLabel)
      let code = base.product.code
      return ValidationIssue(
        field: id, path: apiPath(of: id, in: values), code: "missing_for_kyc",
        text: RuleMessage.readinessMissing(label: label, incomplete: incomplete, category: category)
          .bilingual,
        severity: .warning, rule: "missing_for_kyc",
        expected: BilingualText(
          english: "needed by \(code) for \(category.customerName)",
          spanish: "requerido por \(code) para \(category.customerName(in: .spanish))"))
    }
  }

  /// `found` plus the readiness warnings of fields that have no issue yet.
  func addingReadiness(to found: [ValidationIssue], values: FormValues, only fields: Set<FieldID>? = nil)
    -> [ValidationIssue]
  {
    let flagged = Set(found.map(\.field))
    return found
      + readinessIssues(normalized: values, only: fields).filter { !flagged.contains($0.field) }
  }
}
