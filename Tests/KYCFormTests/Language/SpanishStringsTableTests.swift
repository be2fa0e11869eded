import Foundation
import Testing

@testable import KYCForm

/// The strings table in both languages: every case of every text enum,
/// every field's label, hint and rule summary, every option, every name the
/// form shows. Both wordings are there, the Spanish is not the English left
/// untranslated, and nothing carries a control or invisible character.
@Suite("Spanish strings table")
struct SpanishStringsTableTests {
  /// True when `text` holds a word (a run of two or more letters with at
  /// most one capital), as opposed to codes and formats only ("SSN",
  /// "JPEG/PNG ≤ 10 MB", "VoIP"), which may read the same in both languages.
  static func hasWords(_ text: String) -> Bool {
    text.split(whereSeparator: { !$0.isLetter }).contains { token in
      token.count >= 2 && token.filter(\.isUppercase).count <= 1
    }
  }

  /// Non-empty in both languages, clean, and translated wherever the English has words.
  static func checkPair(
    _ english: String, _ spanish: String, _ what: String, identicalAllowed: Set<String> = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(!english.isEmpty, "\(what): empty English", sourceLocation: sourceLocation)
    #expect(!spanish.isEmpty, "\(what): empty Spanish", sourceLocation: sourceLocation)
    for text in [english, spanish] {
      #expect(
        !text.unicodeScalars.contains { $0.properties.generalCategory == .control },
        "\(what): a control character in \(text.debugDescription)", sourceLocation: sourceLocation)
      #expect(
        CleanText.firstInvisible(in: text) == nil,
        "\(what): an invisible character in \(text.debugDescription)",
        sourceLocation: sourceLocation)
    }
    if hasWords(english), !identicalAllowed.contains(english) {
      #expect(
        spanish != english, "\(what): Spanish left as the English \"\(english)\"",
        sourceLocation: sourceLocation)
    }
  }

  static func check<T: TranslatableText>(_ type: T.Type, sourceLocation: SourceLocation = #_sourceLocation) {
    for example in T.allExamples {
      checkPair(
        example.text(in: .english), example.text(in: .spanish), "\(T.self).\(example.kind)",
        sourceLocation: sourceLocation)
    }
  }

  @Test("RuleMessage.examples has one example of every case, in Kind order")
  func examplesCoverEveryCase() {
    // `kind` and `example(of:)` are exhaustive switches: a case added
    // without a Kind, or a Kind without an example, does not compile. This
    // checks that each example is of the case it stands for.
    #expect(RuleMessage.examples.map(\.kind) == RuleMessage.Kind.allCases)
    #expect(Set(RuleMessage.examples).count == RuleMessage.Kind.allCases.count)
    #expect(EmailProblem.allExamples.map(\.kind) == EmailProblem.Kind.allCases)
    #expect(FileProblem.allExamples.map(\.kind) == FileProblem.Kind.allCases)
    #expect(MetadataProblem.allExamples.map(\.kind) == MetadataProblem.Kind.allCases)
    #expect(TaxIDProblem.allExamples.map(\.kind) == TaxIDProblem.Kind.allCases)
    #expect(TypingRefusal.allExamples == TypingRefusal.allCases)
    #expect(PhoneNumberProblem.examples.map(\.kind) == PhoneNumberProblem.Kind.allCases)
  }

  @Test("every RuleMessage case, in both languages", arguments: RuleMessage.examples)
  func ruleMessage(_ message: RuleMessage) {
    Self.checkPair(message.text(in: .english), message.text(in: .spanish), "\(message.kind)")
  }

  @Test("the texts inside messages: email, file, metadata, tax ID and phone problems, typing refusals")
  func nestedTables() {
    Self.check(EmailProblem.self)
    Self.check(FileProblem.self)
    Self.check(MetadataProblem.self)
    Self.check(TaxIDProblem.self)
    Self.check(TypingRefusal.self)
    for problem in PhoneNumberProblem.examples {
      Self.checkPair(
        problem.message(label: "Phone", in: .english), problem.message(label: "Teléfono", in: .spanish),
        "PhoneNumberProblem.\(problem.kind)")
      Self.checkPair(
        problem.expected(in: .english), problem.expected(in: .spanish), "expected of \(problem.kind)")
    }
    // The English of the old APIs is the English of the table.
    for problem in PhoneNumberProblem.examples {
      #expect(problem.message(label: "Phone") == problem.message(label: "Phone", in: .english))
      #expect(problem.expected == problem.expected(in: .english))
    }
  }

  /// Answers that change labels, hints and requirements.
  static let contexts: [FormValues] = [
    FormValues(), FormValues(values: [.addressCountry: "USA"]), FormValues(values: [.addressCountry: "MEX"]),
    FormValues(values: [.verificationMode: "verification_link", .employmentStatus: "employed"]),
  ]

  @Test("every field: label, hint and rule summary for several answers, its condition, its rules' summaries")
  func fields() {
    for field in OnboardingForm.individual.fields {
      for values in Self.contexts {
        Self.checkPair(
          field.label(in: values, language: .english), field.label(in: values, language: .spanish),
          "label of \(field.id)")
        Self.checkPair(
          field.hint(in: values, language: .english), field.hint(in: values, language: .spanish),
          "hint of \(field.id)")
        #expect(field.label(in: values) == field.label(in: values, language: .english))
        #expect(field.hint(in: values) == field.hint(in: values, language: .english))
      }
      Self.checkPair(
        field.ruleSummary(in: .english), field.ruleSummary(in: .spanish), "summary of \(field.id)")
      #expect(field.ruleSummary == field.ruleSummary(in: .english))
      #expect(field.spanishLabel == field.label(in: FormValues(), language: .spanish))
      if case .conditional(let condition) = field.requirement {
        Self.checkPair(condition, field.spanishCondition ?? "", "condition of \(field.id)")
      }
      for rule in field.rules {
        Self.checkPair(rule.summary(in: .english), rule.summary(in: .spanish), "summary of rule \(rule.code)")
      }
    }
  }

  @Test("every option of every choice field has a Spanish label")
  func options() {
    // Words that are the same in Spanish.
    let same: Set<String> = ["No", "Visa", "Matrícula consular"]
    for field in OnboardingForm.individual.fields {
      for option in field.options {
        #expect(option.spanishLabel != nil, "\(field.id) \(option.value)")
        Self.checkPair(
          option.label(in: .english), option.label(in: .spanish), "\(field.id) \(option.value)",
          identicalAllowed: same)
      }
    }
  }

  @Test("steps, readiness, phone types, address fields, subdivision kinds, invisible characters' names")
  func names() {
    for step in StepID.allCases {
      Self.checkPair(step.title(in: .english), step.title(in: .spanish), "step \(step)")
      for focus in [nil, FieldID.firstName] {
        Self.checkPair(
          StepID.draftPlace(step: step, focusedField: focus, language: .english),
          StepID.draftPlace(step: step, focusedField: focus, language: .spanish), "place \(step)")
        #expect(
          StepID.draftPlace(step: step, focusedField: focus)
            == StepID.draftPlace(step: step, focusedField: focus, language: .english))
      }
    }
    for category in [KYCReadiness.Category.usa, .international] {
      Self.checkPair(category.customerName(in: .english), category.customerName(in: .spanish), "\(category)")
    }
    for product in KYCReadiness.products {
      Self.checkPair(product.name(in: .english), product.name(in: .spanish), product.code)
      for category in [KYCReadiness.Category.usa, .international] {
        for item in KYCReadiness.requirements(for: product, category: category, employed: true) {
          Self.checkPair(item.label(in: .english), item.label(in: .spanish), item.token)
        }
      }
    }
    for type in PhoneNumberType.allCases {
      Self.checkPair(type.displayName, type.displayName(in: .spanish), "phone type \(type)")
    }
    for field in AddressField.allCases {
      Self.checkPair(field.displayName, field.displayName(in: .spanish), "address field \(field)")
    }
    let types = Set(AddressData.all.map(\.subdivisionType))
    for type in types {
      #expect(
        SpanishSubdivisionKind(type).singular != "subdivisión", "no Spanish for subdivision type \(type)")
    }
    for value: UInt32 in [
      0x200B, 0x200C, 0x200D, 0x200E, 0x202E, 0x2066, 0x2060, 0xFEFF, 0x00AD, 0x2028, 0x2029, 0xE0001, 0x3164,
      0xFE0F, 0x0007, 0xE000, 0x0378, 0x180E,
    ] {
      let scalar = Unicode.Scalar(value)!
      Self.checkPair(CleanText.name(of: scalar), CleanText.name(of: scalar, in: .spanish), "name of \(value)")
    }
  }

  @Test("countries read their Spanish name in Spanish; displayName keeps the Spanish name it always had")
  func countries() throws {
    let mexico = try #require(Countries.byAlpha3("MEX"))
    #expect(mexico.displayName(in: .english) == "Mexico (MEX)")
    #expect(mexico.displayName(in: .spanish) == "México (MEX)")
    #expect(mexico.displayName == "México (MEX)")
    for country in Countries.all {
      #expect(country.displayName(in: .english) == "\(country.englishName) (\(country.alpha3))")
      #expect(country.displayName(in: .spanish) == "\(country.spanishName) (\(country.alpha3))")
    }
  }

  @Test("Spanish lists say u before o and 8, e before i: 7 u 8, 10 u 11, calle e inmueble")
  func spanishConjunctions() {
    #expect(OperatorLanguage.spanish.orList(["7", "8"]) == "7 u 8")
    #expect(OperatorLanguage.spanish.orList(["10", "11"]) == "10 u 11")
    #expect(OperatorLanguage.spanish.orList(["5", "6", "9"]) == "5, 6 o 9")
    #expect(OperatorLanguage.spanish.orList(["masculino", "otro"]) == "masculino u otro")
    #expect(OperatorLanguage.english.orList(["7", "8"]) == "7 or 8")
    #expect(OperatorLanguage.spanish.andList(["calle", "inmueble"]) == "calle e inmueble")
    #expect(OperatorLanguage.spanish.andList(["calle", "ciudad", "estado"]) == "calle, ciudad y estado")
    #expect(PhoneLengthIssue.describe([7, 11], in: .spanish) == "7 u 11 dígitos")
    #expect(PhoneLengthIssue.describe([8, 9, 10], in: .spanish) == "de 8 a 10 dígitos")
    #expect(PhoneLengthIssue.describe([8, 9, 10], in: .english) == "8 to 10 digits")
  }
}
