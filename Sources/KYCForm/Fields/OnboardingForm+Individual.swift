/// The form for `type: "individual"`: 8 steps, every field of issue 2.
extension OnboardingForm {
  /// The individual KYC form.
  public static let individual = OnboardingForm(steps: [
    StepDefinition(id: .verification, fields: IndividualCatalogue.verification),
    StepDefinition(id: .identity, fields: IndividualCatalogue.identity),
    StepDefinition(id: .contact, fields: IndividualCatalogue.contact),
    StepDefinition(id: .address, fields: IndividualCatalogue.address),
    StepDefinition(id: .document, fields: IndividualCatalogue.document),
    StepDefinition(id: .taxID, fields: IndividualCatalogue.taxID),
    StepDefinition(id: .profile, fields: IndividualCatalogue.profile),
    StepDefinition(id: .additional, fields: IndividualCatalogue.additional),
  ])
}

/// Conditions the individual form's visibility and requirements depend on.
enum FormConditions {
  /// `verification_mode` is `verification_link`.
  static func isLinkMode(_ values: FormValues) -> Bool {
    values[.verificationMode].trimmingSpaces == "verification_link"
  }

  /// The address is in the USA.
  static func isUSA(_ values: FormValues) -> Bool {
    values[.addressCountry].trimmingSpaces.uppercased() == "USA"
  }

  /// Some ID-document field that would be sent has a value (a back image
  /// counts only for two-sided documents, since it is left out otherwise).
  static func documentInUse(_ values: FormValues) -> Bool {
    IndividualCatalogue.documentFieldIDs.contains { id in
      !values[id].trimmingSpaces.isEmpty && (id != .documentBackImage || isTwoSided(values))
    }
  }

  /// The chosen document type has a back side.
  static func isTwoSided(_ values: FormValues) -> Bool {
    KYCOptions.twoSidedDocumentTypes.contains(values[.documentType].trimmingSpaces)
  }

  /// `employment_status` is `employed`.
  static func isEmployed(_ values: FormValues) -> Bool {
    values[.employmentStatus].trimmingSpaces == "employed"
  }
}

/// The field definitions, step by step.
enum IndividualCatalogue {
  static let documentFieldIDs: [FieldID] = [
    .documentType, .documentNumber, .documentCountry, .documentExpiration, .documentFrontImage,
    .documentBackImage,
  ]

  // MARK: Typing filters

  static let dateTyping: @Sendable (Character) -> String? = { character in
    character.isASCII && (character.isNumber || "-/.".contains(character)) ? nil : "digits and - only"
  }
  static let countryTyping: @Sendable (Character) -> String? = { character in
    character.isNumber ? "letters only (code or name)" : nil
  }
  static let phoneTyping: @Sendable (Character) -> String? = { character in
    // Digits of any script, + and the separators and invisible characters a
    // paste brings are read by the phone parser; letters and symbols never are.
    let readable = PhoneText.cleaned(String(character)).allSatisfy { scalar in
      scalar == "+" || PhoneText.digitValue(scalar) != nil || PhoneText.isSeparator(scalar)
    }
    return readable ? nil : "digits, + and spaces only (an extension cannot be sent)"
  }
  static let emailTyping: @Sendable (Character) -> String? = { character in
    character.isWhitespace ? "no spaces in an email address" : nil
  }
  static let yesNoTyping: @Sendable (Character) -> String? = { character in
    character.isLetter ? nil : "y or n"
  }
  static let taxTyping: @Sendable (Character) -> String? = { character in
    character.isASCII && (character.isLetter || character.isNumber || " -./".contains(character))
      || "ñÑ&".contains(character) ? nil : "letters, digits and - only"
  }
  static let codeTyping: @Sendable (Character) -> String? = { character in
    character.isASCII && (character.isLetter || character.isNumber || " -./".contains(character))
      ? nil : "letters, digits and - only"
  }

  // MARK: Builders

  private static func text(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    requirement: Requirement = .optional,
    maxLength: Int, extra: [FieldRule] = [], clean: FieldRule = .cleanText, summary: String? = nil,
    visibleWhen: @escaping FormCondition = { _ in true }, requiredWhen: FormCondition? = nil,
    recommendedWhen: @escaping FormCondition = { _ in false },
    typing: (@Sendable (Character) -> String?)? = nil, kind: FieldKind = .text, apiPath: String? = nil,
    dynamicText: (@Sendable (FormValues) -> (label: String, hint: String))? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, kind: kind,
      requirement: requirement,
      apiPath: apiPath ?? id.rawValue,
      ruleSummary: summarize(summary ?? "max \(maxLength) characters", requirement),
      maxLength: maxLength, rules: [clean, .maxLength(maxLength)] + extra,
      visibleWhen: visibleWhen, requiredWhen: requiredWhen ?? defaultRequired(requirement),
      recommendedWhen: recommendedWhen, dynamicText: dynamicText, typing: typing)
  }

  private static func choice(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    _ options: [ChoiceOption],
    requirement: Requirement = .optional, defaultValue: String? = nil, summary: String,
    requiredWhen: FormCondition? = nil, apiPath: String? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, kind: .choice(options),
      requirement: requirement,
      apiPath: apiPath ?? id.rawValue, ruleSummary: summarize(summary, requirement),
      defaultValue: defaultValue, rules: [.oneOf(options)],
      requiredWhen: requiredWhen ?? defaultRequired(requirement))
  }

  private static func yesNo(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, kind: .yesNo,
      requirement: .optional,
      apiPath: id.rawValue, ruleSummary: summarize("yes or no", .optional), rules: [.oneOf(KYCOptions.yesNo)],
      typing: yesNoTyping)
  }

  private static func country(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    requirement: Requirement = .optional,
    requiredWhen: FormCondition? = nil, apiPath: String? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, kind: .country,
      requirement: requirement,
      apiPath: apiPath ?? id.rawValue, ruleSummary: summarize("3-letter ISO code", requirement),
      maxLength: nil, rules: [.countryCode, .restrictedCountry],
      requiredWhen: requiredWhen ?? defaultRequired(requirement), typing: countryTyping)
  }

  private static func date(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String, extra: FieldRule,
    summary: String,
    apiPath: String? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, kind: .date,
      requirement: .optional,
      apiPath: apiPath ?? id.rawValue, ruleSummary: summarize(summary, .optional), maxLength: 10,
      rules: [.calendarDate, extra], typing: dateTyping)
  }

  private static func defaultRequired(_ requirement: Requirement) -> FormCondition {
    switch requirement {
    case .required: { _ in true }
    case .optional, .conditional: { _ in false }
    }
  }

  private static func summarize(_ rule: String, _ requirement: Requirement) -> String {
    switch requirement {
    case .required: "\(rule) · required"
    case .optional: "\(rule) · optional"
    case .conditional(let when): "\(rule) · required \(when)"
    }
  }

  // MARK: Steps

  static let verification: [FieldDefinition] = [
    choice(
      .verificationMode, .verification, "Verification mode", es: "Modo de verificación",
      "automatic: send KYC data now · verification_link: the customer fills a hosted page",
      KYCOptions.verificationMode, defaultValue: "automatic", summary: "automatic or verification_link"),
    text(
      .redirectURI, .verification, "Redirect URL", es: "URL de redirección",
      "Where the customer lands after the hosted page (https)",
      maxLength: 2048, extra: [.redirectURI], summary: "absolute https URL · link mode only",
      visibleWhen: FormConditions.isLinkMode),
    choice(
      .language, .verification, "Page language", es: "Idioma de la página",
      "Language of the hosted verification page",
      KYCOptions.language, summary: "en or es"),
  ]

  static let identity: [FieldDefinition] = [
    text(
      .firstName, .identity, "First name", es: "Nombre", "Given name(s) as on the ID document",
      requirement: .required,
      maxLength: 100, extra: [.personName], typing: nil),
    text(
      .middleName, .identity, "Middle name", es: "Segundo nombre", "Optional", maxLength: 100,
      extra: [.personName]),
    text(
      .lastName, .identity, "Last name", es: "Apellidos", "Family name(s) as on the ID document",
      requirement: .required,
      maxLength: 100, extra: [.personName]),
    date(
      .birthDate, .identity, "Date of birth", es: "Fecha de nacimiento", "e.g. 15/05/1990 or 1990-05-15",
      extra: .birthDate,
      summary: "YYYY-MM-DD"),
    choice(
      .gender, .identity, "Gender", es: "Género", "male, female or other", KYCOptions.gender,
      summary: "male/female/other"),
    country(
      .nationality, .identity, "Nationality", es: "Nacionalidad", "Country code or name, e.g. MEX or Mexico"),
  ]

  static let contact: [FieldDefinition] = [
    text(
      .email, .contact, "Email", es: "Correo electrónico", "e.g. maria@example.com", requirement: .required,
      maxLength: 254,
      extra: [.email], summary: "name@domain", typing: emailTyping),
    text(
      .phone, .contact, "Phone", es: "Teléfono",
      "e.g. +52 55 1234 5678, or national for the address country (else the nationality)", maxLength: 25,
      // The phone parser drops what a paste brings (zero-width spaces...); E.164 is sent.
      extra: [.phoneNumber], clean: .noControlCharacters, summary: "+code, or national for the country",
      typing: phoneTyping),
  ]

  /// The country comes first: the state's list and the postcode's format
  /// depend on it, and it decides which of the others are required.
  static let address: [FieldDefinition] = [
    country(.addressCountry, .address, "Country", es: "País", "Country of residence: code or name, e.g. MEX"),
    text(
      .addressStreet, .address, "Street", es: "Calle", "Street and number, e.g. Av. Reforma 123",
      requirement: addressRequirement, maxLength: 70, requiredWhen: addressRequired(.street)),
    text(
      .addressStreet2, .address, "Street (line 2)", es: "Calle (línea 2)", "Apartment, floor, etc.",
      maxLength: 70),
    text(
      .addressCity, .address, "City", es: "Ciudad", "e.g. Ciudad de Mexico", requirement: addressRequirement,
      maxLength: 100, requiredWhen: addressRequired(.city)),
    FieldDefinition(
      id: .addressState, step: .address, label: "State", spanishLabel: "Estado",
      hint: "Type to filter the country's states by code or name, e.g. Jalisco, CDMX, CA",
      kind: .subdivision, requirement: addressRequirement, apiPath: FieldID.addressState.rawValue,
      ruleSummary: summarize("a state of the address country", addressRequirement), maxLength: 50,
      rules: [.cleanText, .maxLength(50), .subdivision], requiredWhen: addressRequired(.state)),
    text(
      .addressZipCode, .address, "Postal code", es: "Código postal",
      "As the country writes it, e.g. 06600 (USA: 12345 or 12345-6789)",
      requirement: addressRequirement, maxLength: 12, extra: [.postcode],
      summary: "the country's postcode format", requiredWhen: addressRequired(.postcode), typing: codeTyping),
  ]

  /// The address fields are required as the address country's data says.
  static let addressRequirement = Requirement.conditional("for the country")

  static func addressRequired(_ field: AddressField) -> FormCondition {
    { AddressRequirements.isRequired(field, in: $0) }
  }

  static let document: [FieldDefinition] = {
    let when = Requirement.conditional("when an ID document is given")
    return [
      choice(
        .documentType, .document, "Document type", es: "Tipo de documento",
        "Passport, national ID, driver's license, residency card, matrícula consular, visa...",
        KYCOptions.documentType, requirement: when, summary: "one of 8 government photo ID types",
        requiredWhen: FormConditions.documentInUse, apiPath: "identifying_information.0.type"),
      text(
        .documentNumber, .document, "Document number", es: "Número de documento",
        "As printed, e.g. G12345678", requirement: when,
        maxLength: 30, extra: [.documentNumber, .documentNumberForCountry],
        summary: "letters and digits; the country's format where known",
        requiredWhen: FormConditions.documentInUse, typing: codeTyping,
        apiPath: "identifying_information.0.number"),
      country(
        .documentCountry, .document, "Issuing country", es: "País de emisión",
        "Country that issued the document, e.g. MEX",
        requirement: when, requiredWhen: FormConditions.documentInUse,
        apiPath: "identifying_information.0.issuing_country"),
      date(
        .documentExpiration, .document, "Expiration date", es: "Fecha de vencimiento",
        "31/12/2030 or 2030-12-31, in the future and at most 20 years ahead",
        extra: .futureDate, summary: "YYYY-MM-DD, future, at most 20 years ahead",
        apiPath: "identifying_information.0.expiration"),
      FieldDefinition(
        id: .documentFrontImage, step: .document, label: "Front image", spanishLabel: "Imagen del frente",
        hint: "Path to a JPEG or PNG of the front, at most 10 MB", kind: .file, requirement: when,
        apiPath: "identifying_information.0.documents.0.file",
        ruleSummary: summarize("JPEG/PNG ≤ 10 MB", when), rules: [.documentImage, .documentBudget],
        requiredWhen: FormConditions.documentInUse),
      FieldDefinition(
        id: .documentBackImage, step: .document, label: "Back image", spanishLabel: "Imagen del reverso",
        hint: "Path to a JPEG or PNG of the back (every ID but a passport or visa)", kind: .file,
        requirement: .conditional("for two-sided documents"),
        apiPath: "identifying_information.0.documents.1.file",
        ruleSummary: summarize("JPEG/PNG ≤ 10 MB", .conditional("for two-sided documents")),
        rules: [.documentImage, .documentBudget], visibleWhen: FormConditions.isTwoSided,
        requiredWhen: FormConditions.isTwoSided),
      FieldDefinition(
        id: .proofOfAddress, step: .document, label: "Proof of address",
        spanishLabel: "Comprobante de domicilio",
        hint: "A utility bill or bank statement: JPEG, PNG or PDF (Kira needs it in the USA)",
        kind: .file, requirement: .conditional("to verify a USA customer"),
        apiPath: "identifying_information.2.documents.0.file",
        ruleSummary: "JPEG/PNG/PDF ≤ 10 MB · needed to verify a USA customer",
        rules: [.proofOfAddressFile, .documentBudget]),
    ]
  }()

  static let taxID: [FieldDefinition] = [
    text(
      .taxIDNumber, .taxID, "Tax ID", es: "Identificación fiscal",
      "SSN for a USA address; otherwise the tax number (RFC, CPF, ...)",
      maxLength: 30, extra: [.taxNumber, .curpMatchesIdentity],
      summary: "SSN in the USA, else tax ID · shown masked",
      typing: taxTyping, kind: .secret, apiPath: "identifying_information.1.number",
      dynamicText: { values in
        FormConditions.isUSA(values)
          ? ("SSN", "US Social Security Number or ITIN, 9 digits, e.g. 123-45-6789 · shown masked")
          : ("Tax ID", "Tax number issued by the country of residence (RFC, CPF, ...) · shown masked")
      })
  ]

  static let profile: [FieldDefinition] = [
    choice(
      .employmentStatus, .profile, "Employment status", es: "Situación laboral",
      "employed, self_employed, unemployed, retired, student",
      KYCOptions.employmentStatus, summary: "one of 5 values"),
    text(.occupation, .profile, "Occupation", es: "Ocupación", "e.g. Software Engineer", maxLength: 100),
    text(
      .currentEmployer, .profile, "Current employer", es: "Empleador actual",
      "Employer's name (only when employed)", maxLength: 100,
      summary: "only when employed", visibleWhen: FormConditions.isEmployed),
    choice(
      .immigrationStatus, .profile, "Immigration status", es: "Situación migratoria",
      "Status with respect to the U.S.",
      KYCOptions.immigrationStatus, summary: "one of 5 values"),
    choice(
      .sourceOfFunds, .profile, "Source of funds", es: "Origen de los fondos",
      "Where the money comes from (Kira rejects users without it)",
      KYCOptions.sourceOfFunds, requirement: .conditional("for automatic verification"),
      summary: "one of 11 values", requiredWhen: { !FormConditions.isLinkMode($0) }),
    choice(
      .accountPurpose, .profile, "Account purpose", es: "Propósito de la cuenta", "What the account is for",
      KYCOptions.accountPurpose,
      summary: "one of 14 values"),
    choice(
      .expectedMonthlyVolume, .profile, "Expected monthly volume", es: "Volumen mensual esperado",
      "USD per month",
      KYCOptions.expectedMonthlyVolume, summary: "one of 5 bands"),
    choice(
      .expectedTransactionCount, .profile, "Expected transactions", es: "Transacciones esperadas",
      "Transactions per month",
      KYCOptions.expectedTransactionCount, summary: "one of 4 bands"),
    text(
      .expectedMonthlyPayments, .profile, "Expected monthly payments", es: "Pagos mensuales esperados",
      "Payments expected per month, e.g. 5 (Kira needs it outside the USA)", maxLength: 50,
      summary: "needed by Kira outside the USA"),
    yesNo(
      .pepStatus, .profile, "Politically exposed person", es: "Persona políticamente expuesta",
      "yes or no: holds or held a public office"),
  ]

  static let additional: [FieldDefinition] = [
    yesNo(
      .hasUSBankAccount, .additional, "Has a US bank account", es: "Tiene cuenta bancaria en EE. UU.",
      "yes or no"),
    yesNo(
      .hasDeniedBankAccount, .additional, "Was denied a bank account", es: "Se le negó una cuenta bancaria",
      "yes or no"),
    text(
      .externalID, .additional, "External ID", es: "Identificador externo",
      "Your own reference for this customer", maxLength: 100),
    text(
      .metadata, .additional, "Metadata", es: "Metadatos", "key=value; key2=value2 (sent as strings)",
      maxLength: 2000,
      extra: [.metadataEntries], summary: "key=value pairs", kind: .keyValue),
  ]
}
