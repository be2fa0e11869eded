import KYCForm

/// The form's words in the operator's language: one place the screens and
/// the reducer ask, so none of them picks a language by itself.
extension WizardState {
  /// A field's label for these answers, in the operator's language.
  func label(of field: FieldDefinition) -> String {
    field.label(in: values, language: language)
  }

  /// A field's label for these answers, in both languages.
  func labelPhrase(of field: FieldDefinition) -> BilingualText {
    BilingualText(
      english: field.label(in: values, language: .english),
      spanish: field.label(in: values, language: .spanish))
  }

  /// The focused field's hint, in the operator's language.
  func hint(of field: FieldDefinition) -> String {
    field.hint(in: values, language: language)
  }

  /// Why `character` can never be typed into `field`, in both languages.
  func refusal(of field: FieldDefinition, typed character: Character) -> BilingualText? {
    guard let english = field.refusal(forTyped: character, language: .english) else { return nil }
    return BilingualText(
      english: english, spanish: field.refusal(forTyped: character, language: .spanish) ?? english)
  }

  /// A finding's words in the operator's language.
  func message(of issue: ValidationIssue) -> String {
    issue.message(in: language)
  }

  /// A step's title in the operator's language.
  func title(of step: StepDefinition) -> String {
    step.id.title(in: language)
  }

  /// The field's short rule for the status line, in the operator's language.
  func ruleSummary(of field: FieldDefinition) -> String {
    field.ruleSummary(in: language)
  }

  /// The document budget's line, in the operator's language.
  func summary(of budget: DocumentBudget) -> String {
    budget.summary(in: language)
  }

  /// What a phone number was read as, in the operator's language.
  func summary(of number: PhoneNumber) -> String {
    number.summary(in: language)
  }

  /// "Mexico (MEX)" for an English desk, "México (MEX)" for a Spanish one.
  func displayName(of country: Country) -> String {
    country.displayName(in: language)
  }

  /// What Review and an unfocused field show for an answer: option and
  /// country names, the phone read, in the operator's language.
  func displayValue(of id: FieldID) -> String {
    form.displayValue(of: id, in: values, language: language)
  }

  /// "an international customer", in the operator's language.
  func customerName(of category: KYCReadiness.Category) -> String {
    category.customerName(in: language)
  }

  /// A readiness item's name ("proof of address"), in the operator's language.
  func label(of item: KYCReadiness.Item) -> String {
    item.label(in: language)
  }

  /// A sandbox scenario's name, in the operator's language.
  func title(of scenario: DemoScenario) -> String {
    scenario.title(in: language)
  }

  /// What a sandbox scenario triggers, in the operator's language.
  func summary(of scenario: DemoScenario) -> String {
    scenario.summary(in: language)
  }
}
