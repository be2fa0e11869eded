import KYCForm

extension WizardState {
  /// A field's label for these answers, in the operator's language.
  func label(of field: FieldDefinition) -> String {
    labelPhrase(of: field).text(in: language)
  }

  /// A field's label for these answers, in both languages.
  func labelPhrase(of field: FieldDefinition) -> Phrase {
    Phrase(english: field.label(in: values), spanish: field.spanishLabel)
  }

  /// The focused field's hint, in the operator's language.
  func hint(of field: FieldDefinition) -> String {
    field.hint(in: values)
  }

  /// Why `character` can never be typed into `field`, in both languages.
  func refusal(of field: FieldDefinition, typed character: Character) -> Phrase? {
    field.refusal(forTyped: character).map { Phrase(english: $0, spanish: $0) }
  }

  /// A finding's words in the operator's language.
  func message(of issue: ValidationIssue) -> String {
    issue.message
  }

  /// A step's title in the operator's language.
  func title(of step: StepDefinition) -> String {
    language == .spanish ? step.id.spanishTitle : step.title
  }
}

extension WizardState {
  /// The field's short rule for the status line, in the operator's language.
  func ruleSummary(of field: FieldDefinition) -> String {
    field.ruleSummary
  }

  /// The document budget's line, in the operator's language.
  func summary(of budget: DocumentBudget) -> String {
    budget.summary
  }

  /// What a phone number was read as, in the operator's language.
  func summary(of number: PhoneNumber) -> String {
    number.summary
  }

  /// "Mexico (MEX)" for an English desk, "México (MEX)" for a Spanish one.
  func displayName(of country: Country) -> String {
    language == .spanish ? country.displayName : "\(country.englishName) (\(country.alpha3))"
  }

  /// What Review and an unfocused field show for an answer: option and
  /// country names in the operator's language, the rest as the form shows it.
  func displayValue(of id: FieldID) -> String {
    let value = values[id]
    guard let field = form.field(id), !value.isEmpty else { return form.displayValue(of: id, in: values) }
    switch field.kind {
    case .choice(let options) where id != .documentNumber:
      return options.first { $0.value == value }?.label(in: language.rawValue) ?? value
    case .yesNo:
      return KYCOptions.yesNo.first { $0.value == value }?.label(in: language.rawValue) ?? value
    case .country:
      return Countries.byAlpha3(value).map { displayName(of: $0) } ?? value
    default:
      return form.displayValue(of: id, in: values)
    }
  }
}

extension WizardState {
  /// "an international customer", in the operator's language.
  func customerName(of category: KYCReadiness.Category) -> String {
    category.customerName
  }

  /// A readiness item's name ("proof of address"), in the operator's language.
  func label(of item: KYCReadiness.Item) -> String {
    item.label
  }
}

extension WizardState {
  /// A sandbox scenario's name, in the operator's language.
  func title(of scenario: DemoScenario) -> String {
    scenario.title(in: language)
  }

  /// What a sandbox scenario triggers, in the operator's language.
  func summary(of scenario: DemoScenario) -> String {
    scenario.summary(in: language)
  }
}
