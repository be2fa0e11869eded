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

  static let dateTyping: @Sendable (Character) -> TypingRefusal? = { character in
    character.isASCII && (character.isNumber || "-/.".contains(character)) ? nil : .dateCharacters
  }
  static let countryTyping: @Sendable (Character) -> TypingRefusal? = { character in
    character.isNumber ? .countryCharacters : nil
  }
  static let phoneTyping: @Sendable (Character) -> TypingRefusal? = { character in
    // Digits of any script, + and the separators and invisible characters a
    // paste brings are read by the phone parser; letters and symbols never are.
    let readable = PhoneText.cleaned(String(character)).allSatisfy { scalar in
      scalar == "+" || PhoneText.digitValue(scalar) != nil || PhoneText.isSeparator(scalar)
    }
    return readable ? nil : .phoneCharacters
  }
  static let emailTyping: @Sendable (Character) -> TypingRefusal? = { character in
    character.isWhitespace ? .emailSpace : nil
  }
  static let yesNoTyping: @Sendable (Character) -> TypingRefusal? = { character in
    character.isLetter ? nil : .yesNo
  }
  static let taxTyping: @Sendable (Character) -> TypingRefusal? = { character in
    character.isASCII && (character.isLetter || character.isNumber || " -./".contains(character))
      || "ñÑ&".contains(character) ? nil : .codeCharacters
  }
  static let codeTyping: @Sendable (Character) -> TypingRefusal? = { character in
    character.isASCII && (character.isLetter || character.isNumber || " -./".contains(character))
      ? nil : .codeCharacters
  }

  // MARK: Builders

  private static func text(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    es spanishHint: String, requirement: Requirement = .optional,
    maxLength: Int, extra: [FieldRule] = [], clean: FieldRule = .cleanText, summary: String? = nil,
    es spanishSummary: String? = nil,
    visibleWhen: @escaping FormCondition = { _ in true }, requiredWhen: FormCondition? = nil,
    recommendedWhen: @escaping FormCondition = { _ in false },
    typing: (@Sendable (Character) -> TypingRefusal?)? = nil, kind: FieldKind = .text, apiPath: String? = nil,
    dynamicText: (@Sendable (FormValues) -> (label: String, hint: String))? = nil,
    spanishDynamicText: (@Sendable (FormValues) -> (label: String, hint: String))? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, spanishHint: spanishHint,
      kind: kind, requirement: requirement, spanishCondition: spanishCondition(requirement),
      apiPath: apiPath ?? id.rawValue,
      ruleSummary: summarize(summary ?? "max \(maxLength) characters", requirement),
      spanishRuleSummary: summarizeInSpanish(spanishSummary ?? "máx. \(maxLength) caracteres", requirement),
      maxLength: maxLength, rules: [clean, .maxLength(maxLength)] + extra,
      visibleWhen: visibleWhen, requiredWhen: requiredWhen ?? defaultRequired(requirement),
      recommendedWhen: recommendedWhen, dynamicText: dynamicText, spanishDynamicText: spanishDynamicText,
      refusing: typing)
  }

  private static func choice(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    es spanishHint: String, _ options: [ChoiceOption],
    requirement: Requirement = .optional, defaultValue: String? = nil, summary: String,
    es spanishSummary: String,
    requiredWhen: FormCondition? = nil, apiPath: String? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, spanishHint: spanishHint,
      kind: .choice(options), requirement: requirement, spanishCondition: spanishCondition(requirement),
      apiPath: apiPath ?? id.rawValue, ruleSummary: summarize(summary, requirement),
      spanishRuleSummary: summarizeInSpanish(spanishSummary, requirement),
      defaultValue: defaultValue, rules: [.oneOf(options)],
      requiredWhen: requiredWhen ?? defaultRequired(requirement))
  }

  private static func yesNo(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    es spanishHint: String
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, spanishHint: spanishHint,
      kind: .yesNo, requirement: .optional,
      apiPath: id.rawValue, ruleSummary: summarize("yes or no", .optional),
      spanishRuleSummary: summarizeInSpanish("sí o no", .optional), rules: [.oneOf(KYCOptions.yesNo)],
      refusing: yesNoTyping)
  }

  private static func country(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    es spanishHint: String, requirement: Requirement = .optional,
    requiredWhen: FormCondition? = nil, apiPath: String? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, spanishHint: spanishHint,
      kind: .country, requirement: requirement, spanishCondition: spanishCondition(requirement),
      apiPath: apiPath ?? id.rawValue, ruleSummary: summarize("3-letter ISO code", requirement),
      spanishRuleSummary: summarizeInSpanish("código ISO de 3 letras", requirement),
      maxLength: nil, rules: [.countryCode, .restrictedCountry],
      requiredWhen: requiredWhen ?? defaultRequired(requirement), refusing: countryTyping)
  }

  private static func date(
    _ id: FieldID, _ step: StepID, _ label: String, es spanishLabel: String, _ hint: String,
    es spanishHint: String, extra: FieldRule, summary: String, es spanishSummary: String,
    apiPath: String? = nil
  ) -> FieldDefinition {
    FieldDefinition(
      id: id, step: step, label: label, spanishLabel: spanishLabel, hint: hint, spanishHint: spanishHint,
      kind: .date, requirement: .optional,
      apiPath: apiPath ?? id.rawValue, ruleSummary: summarize(summary, .optional),
      spanishRuleSummary: summarizeInSpanish(spanishSummary, .optional), maxLength: 10,
      rules: [.calendarDate, extra], refusing: dateTyping)
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

  private static func summarizeInSpanish(_ rule: String, _ requirement: Requirement) -> String {
    switch requirement {
    case .required: "\(rule) · obligatorio"
    case .optional: "\(rule) · opcional"
    case .conditional(let when): "\(rule) · obligatorio \(spanishCondition(requirement) ?? when)"
    }
  }

  /// The Spanish of the catalogue's conditional requirements ("for the
  /// country" -> "según el país"); nil for other requirements.
  static func spanishCondition(_ requirement: Requirement) -> String? {
    guard case .conditional(let english) = requirement else { return nil }
    return spanishConditions[english]
  }

  /// Every condition the catalogue uses, English to Spanish.
  static let spanishConditions: [String: String] = [
    "for the country": "según el país",
    "when an ID document is given": "si se incluye una identificación",
    "for two-sided documents": "en documentos de dos caras",
    "to verify a USA customer": "para verificar a un cliente de EE. UU.",
    "for automatic verification": "en la verificación automática",
  ]

  // MARK: Steps

  static let verification: [FieldDefinition] = [
    choice(
      .verificationMode, .verification, "Verification mode", es: "Modo de verificación",
      "automatic: send KYC data now · verification_link: the customer fills a hosted page",
      es: "automatic: se envían ahora los datos KYC · verification_link: el cliente llena una página de Kira",
      KYCOptions.verificationMode, defaultValue: "automatic", summary: "automatic or verification_link",
      es: "automatic o verification_link"),
    text(
      .redirectURI, .verification, "Redirect URL", es: "URL de redirección",
      "Where the customer lands after the hosted page (https)",
      es: "Adónde llega el cliente después de la página de Kira (https)",
      maxLength: 2048, extra: [.redirectURI], summary: "absolute https URL · link mode only",
      es: "URL https absoluta · solo en modo de enlace", visibleWhen: FormConditions.isLinkMode),
    choice(
      .language, .verification, "Page language", es: "Idioma de la página",
      "Language of the hosted verification page", es: "Idioma de la página de verificación de Kira",
      KYCOptions.language, summary: "en or es", es: "en o es"),
  ]

  static let identity: [FieldDefinition] = [
    text(
      .firstName, .identity, "First name", es: "Nombre", "Given name(s) as on the ID document",
      es: "Nombre(s) tal como aparece(n) en la identificación", requirement: .required,
      maxLength: 100, extra: [.personName], typing: nil),
    text(
      .middleName, .identity, "Middle name", es: "Segundo nombre", "Optional", es: "Opcional", maxLength: 100,
      extra: [.personName]),
    text(
      .lastName, .identity, "Last name", es: "Apellidos", "Family name(s) as on the ID document",
      es: "Apellido(s) tal como aparece(n) en la identificación", requirement: .required,
      maxLength: 100, extra: [.personName]),
    date(
      .birthDate, .identity, "Date of birth", es: "Fecha de nacimiento", "e.g. 15/05/1990 or 1990-05-15",
      es: "p. ej., 15/05/1990 o 1990-05-15", extra: .birthDate, summary: "YYYY-MM-DD", es: "AAAA-MM-DD"),
    choice(
      .gender, .identity, "Gender", es: "Género", "male, female or other", es: "masculino, femenino u otro",
      KYCOptions.gender, summary: "male/female/other", es: "masculino/femenino/otro"),
    country(
      .nationality, .identity, "Nationality", es: "Nacionalidad", "Country code or name, e.g. MEX or Mexico",
      es: "Código o nombre del país, p. ej., MEX o México"),
  ]

  static let contact: [FieldDefinition] = [
    text(
      .email, .contact, "Email", es: "Correo electrónico", "e.g. maria@example.com",
      es: "p. ej., maria@example.com", requirement: .required, maxLength: 254,
      extra: [.email], summary: "name@domain", es: "nombre@dominio", typing: emailTyping),
    text(
      .phone, .contact, "Phone", es: "Teléfono",
      "e.g. +52 55 1234 5678, or national for the address country (else the nationality)",
      es: "p. ej., +52 55 1234 5678, o nacional del país del domicilio (si no, de la nacionalidad)",
      maxLength: 25,
      // The phone parser drops what a paste brings (zero-width spaces...); E.164 is sent.
      extra: [.phoneNumber], clean: .noControlCharacters, summary: "+code, or national for the country",
      es: "+código, o nacional del país", typing: phoneTyping),
  ]

  /// The country comes first: the state's list and the postcode's format
  /// depend on it, and it decides which of the others are required.
  static let address: [FieldDefinition] = [
    country(
      .addressCountry, .address, "Country", es: "País", "Country of residence: code or name, e.g. MEX",
      es: "País de residencia: código o nombre, p. ej., MEX"),
    text(
      .addressStreet, .address, "Street", es: "Calle", "Street and number, e.g. Av. Reforma 123",
      es: "Calle y número, p. ej., Av. Reforma 123",
      requirement: addressRequirement, maxLength: 70, requiredWhen: addressRequired(.street)),
    text(
      .addressStreet2, .address, "Street (line 2)", es: "Calle (línea 2)", "Apartment, floor, etc.",
      es: "Departamento, piso, etc.", maxLength: 70),
    text(
      .addressCity, .address, "City", es: "Ciudad", "e.g. Ciudad de Mexico", es: "p. ej., Ciudad de México",
      requirement: addressRequirement, maxLength: 100, requiredWhen: addressRequired(.city)),
    FieldDefinition(
      id: .addressState, step: .address, label: "State", spanishLabel: "Estado",
      hint: "Type to filter the country's states by code or name, e.g. Jalisco, CDMX, CA",
      spanishHint: "Escriba para filtrar los estados del país por código o nombre, p. ej., Jalisco, CDMX, CA",
      kind: .subdivision, requirement: addressRequirement,
      spanishCondition: spanishCondition(addressRequirement),
      apiPath: FieldID.addressState.rawValue,
      ruleSummary: summarize("a state of the address country", addressRequirement),
      spanishRuleSummary: summarizeInSpanish("un estado del país del domicilio", addressRequirement),
      maxLength: 50, rules: [.cleanText, .maxLength(50), .subdivision], requiredWhen: addressRequired(.state)),
    text(
      .addressZipCode, .address, "Postal code", es: "Código postal",
      "As the country writes it, e.g. 06600 (USA: 12345 or 12345-6789)",
      es: "Como se escribe en el país, p. ej., 06600 (EE. UU.: 12345 o 12345-6789)",
      requirement: addressRequirement, maxLength: 12, extra: [.postcode],
      summary: "the country's postcode format", es: "el formato de código postal del país",
      requiredWhen: addressRequired(.postcode), typing: codeTyping),
  ]

  /// The address fields are required as the address country's data says.
  static let addressRequirement = Requirement.conditional("for the country")

  static func addressRequired(_ field: AddressField) -> FormCondition {
    { AddressRequirements.isRequired(field, in: $0) }
  }

  static let document: [FieldDefinition] = {
    let when = Requirement.conditional("when an ID document is given")
    let twoSided = Requirement.conditional("for two-sided documents")
    let usa = Requirement.conditional("to verify a USA customer")
    return [
      choice(
        .documentType, .document, "Document type", es: "Tipo de documento",
        "Passport, national ID, driver's license, residency card, matrícula consular, visa...",
        es:
          "Pasaporte, identificación oficial, licencia de conducir, tarjeta de residencia, matrícula consular, visa...",
        KYCOptions.documentType, requirement: when, summary: "one of 8 government photo ID types",
        es: "uno de 8 tipos de identificación oficial con foto",
        requiredWhen: FormConditions.documentInUse, apiPath: "identifying_information.0.type"),
      text(
        .documentNumber, .document, "Document number", es: "Número de documento",
        "As printed, e.g. G12345678", es: "Tal como aparece impreso, p. ej., G12345678", requirement: when,
        maxLength: 30, extra: [.documentNumber, .documentNumberForCountry],
        summary: "letters and digits; the country's format where known",
        es: "letras y dígitos; el formato del país, si se conoce",
        requiredWhen: FormConditions.documentInUse, typing: codeTyping,
        apiPath: "identifying_information.0.number"),
      country(
        .documentCountry, .document, "Issuing country", es: "País de emisión",
        "Country that issued the document, e.g. MEX", es: "País que emitió el documento, p. ej., MEX",
        requirement: when, requiredWhen: FormConditions.documentInUse,
        apiPath: "identifying_information.0.issuing_country"),
      date(
        .documentExpiration, .document, "Expiration date", es: "Fecha de vencimiento",
        "31/12/2030 or 2030-12-31, in the future and at most 20 years ahead",
        es: "31/12/2030 o 2030-12-31, futura y a no más de 20 años",
        extra: .futureDate, summary: "YYYY-MM-DD, future, at most 20 years ahead",
        es: "AAAA-MM-DD, futura, a no más de 20 años",
        apiPath: "identifying_information.0.expiration"),
      FieldDefinition(
        id: .documentFrontImage, step: .document, label: "Front image", spanishLabel: "Imagen del frente",
        hint: "Path to a JPEG or PNG of the front, at most 10 MB",
        spanishHint: "Ruta de un JPEG o PNG del frente, de 10 MB como máximo", kind: .file, requirement: when,
        spanishCondition: spanishCondition(when), apiPath: "identifying_information.0.documents.0.file",
        ruleSummary: summarize("JPEG/PNG ≤ 10 MB", when),
        spanishRuleSummary: summarizeInSpanish("JPEG/PNG ≤ 10 MB", when),
        rules: [.documentImage, .documentBudget],
        requiredWhen: FormConditions.documentInUse),
      FieldDefinition(
        id: .documentBackImage, step: .document, label: "Back image", spanishLabel: "Imagen del reverso",
        hint: "Path to a JPEG or PNG of the back (every ID but a passport or visa)",
        spanishHint: "Ruta de un JPEG o PNG del reverso (toda identificación salvo pasaporte o visa)",
        kind: .file,
        requirement: twoSided, spanishCondition: spanishCondition(twoSided),
        apiPath: "identifying_information.0.documents.1.file",
        ruleSummary: summarize("JPEG/PNG ≤ 10 MB", twoSided),
        spanishRuleSummary: summarizeInSpanish("JPEG/PNG ≤ 10 MB", twoSided),
        rules: [.documentImage, .documentBudget], visibleWhen: FormConditions.isTwoSided,
        requiredWhen: FormConditions.isTwoSided),
      FieldDefinition(
        id: .proofOfAddress, step: .document, label: "Proof of address",
        spanishLabel: "Comprobante de domicilio",
        hint: "A utility bill or bank statement: JPEG, PNG or PDF (Kira needs it in the USA)",
        spanishHint:
          "Un recibo de servicios o un estado de cuenta: JPEG, PNG o PDF (Kira lo requiere en EE. UU.)",
        kind: .file, requirement: usa, spanishCondition: spanishCondition(usa),
        apiPath: "identifying_information.2.documents.0.file",
        ruleSummary: "JPEG/PNG/PDF ≤ 10 MB · needed to verify a USA customer",
        spanishRuleSummary: "JPEG/PNG/PDF ≤ 10 MB · necesario para verificar a un cliente de EE. UU.",
        rules: [.proofOfAddressFile, .documentBudget]),
    ]
  }()

  static let taxID: [FieldDefinition] = [
    text(
      .taxIDNumber, .taxID, "Tax ID", es: "Identificación fiscal",
      "SSN for a USA address; otherwise the tax number (RFC, CPF, ...)",
      es: "SSN para un domicilio en EE. UU.; si no, el número de identificación fiscal (RFC, CPF, ...)",
      maxLength: 30, extra: [.taxNumber, .curpMatchesIdentity],
      summary: "SSN in the USA, else tax ID · shown masked",
      es: "SSN en EE. UU.; si no, identificación fiscal · se muestra oculto",
      typing: taxTyping, kind: .secret, apiPath: "identifying_information.1.number",
      dynamicText: { values in
        FormConditions.isUSA(values)
          ? ("SSN", "US Social Security Number or ITIN, 9 digits, e.g. 123-45-6789 · shown masked")
          : ("Tax ID", "Tax number issued by the country of residence (RFC, CPF, ...) · shown masked")
      },
      spanishDynamicText: { values in
        FormConditions.isUSA(values)
          ? (
            "SSN",
            "Número de Seguro Social de EE. UU. o ITIN, 9 dígitos, p. ej., 123-45-6789 · se muestra oculto"
          )
          : (
            "Identificación fiscal",
            "Número de identificación fiscal del país de residencia (RFC, CPF, ...) · se muestra oculto"
          )
      })
  ]

  static let profile: [FieldDefinition] = [
    choice(
      .employmentStatus, .profile, "Employment status", es: "Situación laboral",
      "employed, self_employed, unemployed, retired, student",
      es: "empleado, trabajador independiente, desempleado, jubilado, estudiante",
      KYCOptions.employmentStatus, summary: "one of 5 values", es: "uno de 5 valores"),
    text(
      .occupation, .profile, "Occupation", es: "Ocupación", "e.g. Software Engineer",
      es: "p. ej., Ingeniera de software", maxLength: 100),
    text(
      .currentEmployer, .profile, "Current employer", es: "Empleador actual",
      "Employer's name (only when employed)", es: "Nombre del empleador (solo si tiene empleo)",
      maxLength: 100,
      summary: "only when employed", es: "solo si tiene empleo", visibleWhen: FormConditions.isEmployed),
    choice(
      .immigrationStatus, .profile, "Immigration status", es: "Situación migratoria",
      "Status with respect to the U.S.", es: "Situación respecto de EE. UU.",
      KYCOptions.immigrationStatus, summary: "one of 5 values", es: "uno de 5 valores"),
    choice(
      .sourceOfFunds, .profile, "Source of funds", es: "Origen de los fondos",
      "Where the money comes from (Kira rejects users without it)",
      es: "De dónde proviene el dinero (Kira rechaza a los usuarios sin este dato)",
      KYCOptions.sourceOfFunds, requirement: .conditional("for automatic verification"),
      summary: "one of 11 values", es: "uno de 11 valores", requiredWhen: { !FormConditions.isLinkMode($0) }),
    choice(
      .accountPurpose, .profile, "Account purpose", es: "Propósito de la cuenta", "What the account is for",
      es: "Para qué se usará la cuenta", KYCOptions.accountPurpose,
      summary: "one of 14 values", es: "uno de 14 valores"),
    choice(
      .expectedMonthlyVolume, .profile, "Expected monthly volume", es: "Volumen mensual esperado",
      "USD per month", es: "USD al mes",
      KYCOptions.expectedMonthlyVolume, summary: "one of 5 bands", es: "uno de 5 rangos"),
    choice(
      .expectedTransactionCount, .profile, "Expected transactions", es: "Transacciones esperadas",
      "Transactions per month", es: "Transacciones al mes",
      KYCOptions.expectedTransactionCount, summary: "one of 4 bands", es: "uno de 4 rangos"),
    text(
      .expectedMonthlyPayments, .profile, "Expected monthly payments", es: "Pagos mensuales esperados",
      "Payments expected per month, e.g. 5 (Kira needs it outside the USA)",
      es: "Pagos esperados al mes, p. ej., 5 (Kira lo requiere fuera de EE. UU.)", maxLength: 50,
      summary: "needed by Kira outside the USA", es: "Kira lo requiere fuera de EE. UU."),
    yesNo(
      .pepStatus, .profile, "Politically exposed person", es: "Persona políticamente expuesta",
      "yes or no: holds or held a public office", es: "sí o no: ocupa u ocupó un cargo público"),
  ]

  static let additional: [FieldDefinition] = [
    yesNo(
      .hasUSBankAccount, .additional, "Has a US bank account", es: "Tiene cuenta bancaria en EE. UU.",
      "yes or no", es: "sí o no"),
    yesNo(
      .hasDeniedBankAccount, .additional, "Was denied a bank account", es: "Se le negó una cuenta bancaria",
      "yes or no", es: "sí o no"),
    text(
      .externalID, .additional, "External ID", es: "Identificador externo",
      "Your own reference for this customer", es: "Su propia referencia para este cliente", maxLength: 100),
    text(
      .metadata, .additional, "Metadata", es: "Metadatos", "key=value; key2=value2 (sent as strings)",
      es: "clave=valor; clave2=valor2 (se envían como texto)", maxLength: 2000,
      extra: [.metadataEntries], summary: "key=value pairs", es: "pares clave=valor", kind: .keyValue),
  ]
}
