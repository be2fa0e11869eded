import KiraModels

extension OnboardingForm {
  /// Issues of one field for these answers (values are normalised first).
  /// A hidden field with a value gets a `not_applicable` warning: it is left
  /// out of the payload.
  public func validate(field id: FieldID, in values: FormValues, policy: ValidationPolicy)
    -> [ValidationIssue]
  {
    validate(fields: [id], in: values, policy: policy)[id] ?? []
  }

  /// The issues of each of `ids` (an empty list for a field without any),
  /// the answers normalised and the cross-field and readiness checks run
  /// once for all of them: what a field commit needs for the field left and
  /// every field already showing a finding.
  public func validate(fields ids: some Collection<FieldID>, in values: FormValues, policy: ValidationPolicy)
    -> [FieldID: [ValidationIssue]]
  {
    let wanted = Set(ids.filter { field($0) != nil })
    guard !wanted.isEmpty else { return [:] }
    let normalized = normalizedAll(values)
    var found: [ValidationIssue] = []
    for id in wanted {
      if let definition = field(id) {
        found += issues(of: definition, raw: values[id], values: normalized, policy: policy)
      }
    }
    found += crossFieldIssues(values: normalized).filter { wanted.contains($0.field) }
    var result = Dictionary(uniqueKeysWithValues: wanted.map { ($0, [ValidationIssue]()) })
    for issue in addingReadiness(to: found, values: normalized, only: wanted) {
      result[issue.field, default: []].append(issue)
    }
    return result
  }

  /// Issues of the fields of `step` that are visible for these answers.
  public func validate(step: StepID, in values: FormValues, policy: ValidationPolicy) -> [ValidationIssue] {
    let normalized = normalizedAll(values)
    let fields = visibleFields(in: step, values: normalized)
    let ids = Set(fields.map(\.id))
    let found =
      fields.flatMap { issues(of: $0, raw: values[$0.id], values: normalized, policy: policy) }
      + crossFieldIssues(values: normalized).filter { ids.contains($0.field) }
    return addingReadiness(to: found, values: normalized, only: ids)
  }

  /// Issues of every field, in form order (errors and warnings).
  public func validateAll(_ values: FormValues, policy: ValidationPolicy) -> [ValidationIssue] {
    let normalized = normalizedAll(values)
    let found =
      fields.flatMap { issues(of: $0, raw: values[$0.id], values: normalized, policy: policy) }
      + crossFieldIssues(values: normalized)
    // In form order; issues of one field keep theirs.
    return addingReadiness(to: found, values: normalized).enumerated()
      .sorted { (order($0.element.field), $0.offset) < (order($1.element.field), $1.offset) }.map(\.element)
  }

  /// A field's position in the form (unknown fields last), for form-order lists.
  private func order(_ id: FieldID) -> Int {
    fields.firstIndex { $0.id == id } ?? fields.count
  }

  /// The API path of a field's value for these answers (the tax item's
  /// index depends on whether an ID document is given).
  public func apiPath(of id: FieldID, in values: FormValues) -> String {
    switch id {
    case .taxIDNumber:
      return "identifying_information.\(FormConditions.documentInUse(values) ? 1 : 0).number"
    case .proofOfAddress:
      let index =
        IdentifyingItem.layout(of: values).firstIndex(of: .proofOfAddress)
        ?? IdentifyingItem.layout(of: values).count
      return "identifying_information.\(index).documents.0.file"
    case .documentBackImage:
      return "identifying_information.0.documents.\(values[.documentFrontImage].isEmpty ? 0 : 1).file"
    default:
      return field(id)?.apiPath ?? id.rawValue
    }
  }

  // MARK: - Internals

  func issues(of field: FieldDefinition, raw: String, values: FormValues, policy: ValidationPolicy)
    -> [ValidationIssue]
  {
    let value = values[field.id]
    let path = apiPath(of: field.id, in: values)
    func issue(
      _ code: String, _ message: RuleMessage, _ severity: Severity = .error, rule: String? = nil,
      expected: BilingualText? = nil
    ) -> ValidationIssue {
      ValidationIssue(
        field: field.id, path: path, code: code,
        text: message.bilingual, severity: severity, rule: rule ?? code,
        expected: expected ?? field.ruleSummaryText)
    }
    let label = BilingualText(
      english: field.label(in: values), spanish: field.label(in: values, language: .spanish))
    if value.isEmpty {
      if !field.isRequired(in: values), field.isRecommended(in: values) {
        return [issue("missing_for_kyc", .missingForKYC(label: label), .warning)]
      }
      guard field.isRequired(in: values) else { return [] }
      var condition: BilingualText?
      if let note = AddressRequirements.note(for: field.id, in: values) {
        condition = BilingualText(
          english: note,
          spanish: AddressRequirements.note(for: field.id, in: values, language: .spanish) ?? note)
      } else {
        condition = field.requirementCondition
      }
      if !raw.isEmpty {
        return [issue("blank", .blank(label: label, condition: condition))]
      }
      return [issue("required", .required(label: label, condition: condition))]
    }
    if !field.isVisible(in: values) {
      return [issue("not_applicable", .notApplicable(label: label, field: field.id), .warning)]
    }
    let context = RuleContext(field: field, values: values, policy: policy, subdivisions: subdivisions)
    var found: [ValidationIssue] = []
    for rule in field.rules {
      guard let failure = rule.evaluate(value, in: context) else { continue }
      found.append(
        issue(
          failure.code, failure.reason, failure.severity, rule: rule.code,
          expected: failure.expectation ?? rule.summaryText))
      if failure.severity == .error { break }
    }
    return found
  }

  /// Rules that look at more than one value: an SSN item loaded for a
  /// non-USA address.
  func crossFieldIssues(values: FormValues) -> [ValidationIssue] {
    var found: [ValidationIssue] = []
    let declared = values.extras[PayloadKeys.taxItemDeclaredType]?.stringValue
    if declared == "ssn", !values[.taxIDNumber].isEmpty, !FormConditions.isUSA(values) {
      let message = RuleMessage.ssnOutsideUSA(addressCountry: values[.addressCountry])
      found.append(
        ValidationIssue(
          field: .taxIDNumber, path: apiPath(of: .taxIDNumber, in: values), code: "ssn_outside_usa",
          text: message.bilingual))
    }
    return found
  }
}
