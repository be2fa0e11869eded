import KiraModels

/// Will Kira verify this customer? The one table of what each category and
/// product needs, written from the docs digest (`shared/kira-api.md` §7.3:
/// the automatic-verification field list, the USA/international split of
/// country-support, the ACT product's extras of update-a-user), read by the
/// form (Review, `validate`) and by the embedded sandbox (which verifies only
/// what this table calls complete).
public enum KYCReadiness {
  /// Kira's categories of individuals: decided by `address_country`.
  public enum Category: String, Sendable, Hashable, Codable {
    case usa, international

    /// "a USA customer", "an international customer".
    public var customerName: String { customerName(in: .english) }

    /// The customer in `language`: "un cliente de EE. UU.", "un cliente internacional".
    public func customerName(in language: OperatorLanguage) -> String {
      switch self {
      case .usa: language.pick("a USA customer", "un cliente de EE. UU.")
      case .international: language.pick("an international customer", "un cliente internacional")
      }
    }
  }

  /// One thing Kira needs, named by its `missing_fields` token.
  public struct Item: Sendable, Hashable {
    /// Kira's token (`birth_date`, `identifying_information:file_proof_of_address`).
    public var token: String
    /// What the operator reads ("proof of address").
    public var label: String
    /// The same in Spanish ("comprobante de domicilio").
    public var spanishLabel: String
    /// The form fields that give it, in the order to fill them.
    public var fields: [FieldID]

    /// The label in `language`.
    public func label(in language: OperatorLanguage) -> String {
      language == .spanish ? spanishLabel : label
    }
  }

  /// One product Kira evaluates eligibility for.
  public struct Product: Sendable, Hashable {
    /// Kira's product code.
    public var code: String
    /// The name operators know.
    public var name: String
    /// The name in Spanish.
    public var spanishName: String

    /// The name in `language`.
    public func name(in language: OperatorLanguage) -> String {
      language == .spanish ? spanishName : name
    }
  }

  /// The base product: the automatic-verification list.
  public static let virtualAccounts = Product(
    code: "usa-virtual-accounts", name: "virtual accounts", spanishName: "cuentas virtuales")
  /// Austin Capital Trust's product: the base list plus its own fields.
  public static let virtualAccountsACT = Product(
    code: "usa-virtual-accounts-act", name: "virtual accounts (Austin Capital Trust)",
    spanishName: "cuentas virtuales (Austin Capital Trust)")
  /// The products, base first.
  public static let products = [virtualAccounts, virtualAccountsACT]

  static func item(_ token: String, _ label: String, es spanishLabel: String, _ fields: [FieldID]) -> Item {
    Item(token: token, label: label, spanishLabel: spanishLabel, fields: fields)
  }

  /// Needed in both categories, by every product.
  static let general: [Item] = [
    item("birth_date", "birth date", es: "fecha de nacimiento", [.birthDate]),
    item("phone", "phone", es: "teléfono", [.phone]),
    item("nationality", "nationality", es: "nacionalidad", [.nationality]),
    item("gender", "gender", es: "género", [.gender]),
    item("address_street", "street", es: "calle", [.addressStreet]),
    item("address_city", "city", es: "ciudad", [.addressCity]),
    item("address_zip_code", "postal code", es: "código postal", [.addressZipCode]),
    item("address_country", "address country", es: "país del domicilio", [.addressCountry]),
    item(
      "identifying_information:government_id", "ID document with its front image",
      es: "identificación oficial con imagen del frente",
      [.documentType, .documentNumber, .documentCountry, .documentFrontImage]),
    item("source_of_funds", "source of funds", es: "origen de los fondos", [.sourceOfFunds]),
    item("account_purpose", "account purpose", es: "propósito de la cuenta", [.accountPurpose]),
    item("employment_status", "employment status", es: "situación laboral", [.employmentStatus]),
    item("occupation", "occupation", es: "ocupación", [.occupation]),
    item(
      "pep_status", "politically exposed person (yes/no)", es: "persona políticamente expuesta (sí/no)",
      [.pepStatus]),
  ]

  /// Needed for a USA address only.
  static let usaOnly: [Item] = [
    item("address_state", "state", es: "estado", [.addressState]),
    item("identifying_information:ssn", "SSN", es: "SSN", [.taxIDNumber]),
    item(
      "identifying_information:file_proof_of_address", "proof of address", es: "comprobante de domicilio",
      [.proofOfAddress]),
  ]

  /// Needed outside the USA only.
  static let internationalOnly: [Item] = [
    item(
      "identifying_information:tax_id", "tax ID", es: "número de identificación fiscal", [.taxIDNumber]),
    item(
      "expected_monthly_payments", "expected monthly payments", es: "pagos mensuales esperados",
      [.expectedMonthlyPayments]),
  ]

  /// The ACT product's own fields (on top of the base list).
  static func actOnly(employed: Bool) -> [Item] {
    var items = [
      item("immigration_status", "immigration status", es: "situación migratoria", [.immigrationStatus])
    ]
    if employed {
      items.append(item("current_employer", "current employer", es: "empleador actual", [.currentEmployer]))
    }
    return items
  }

  /// What `product` needs for a customer of `category`.
  public static func requirements(for product: Product, category: Category, employed: Bool) -> [Item] {
    let base = general + (category == .usa ? usaOnly : internationalOnly)
    return product == virtualAccountsACT ? base + actOnly(employed: employed) : base
  }

  /// What one product still lacks.
  public struct ProductStatus: Sendable, Hashable {
    /// The product.
    public var product: Product
    /// Its items missing from the body, in table order.
    public var missing: [Item]
    /// True when nothing is missing.
    public var isComplete: Bool { missing.isEmpty }
  }

  /// The readiness of one body.
  public struct Report: Sendable, Hashable {
    /// `nil` in verification-link mode: the customer completes Kira's page.
    public var category: Category?
    /// Per product, base first (empty in link mode).
    public var products: [ProductStatus]
    /// Kira starts verification when at least one product's list is
    /// complete (`verification_triggered`); always true in link mode, where
    /// Kira's hosted page collects the rest.
    public var willVerify: Bool { category == nil || products.contains(where: \.isComplete) }
    /// The base product's missing items: what stands between this body and
    /// verification.
    public var missing: [Item] { products.first?.missing ?? [] }
    /// Missing fields as Kira's `missing_fields` object: one list a product,
    /// and `general` for what every product lacks.
    public var missingFields: [String: [String]] {
      var object: [String: [String]] = [:]
      var common = Set(products.first?.missing.map(\.token) ?? [])
      for status in products.dropFirst() { common.formIntersection(status.missing.map(\.token)) }
      object["general"] = missing.map(\.token).filter(common.contains)
      for status in products {
        object[status.product.code] = status.missing.map(\.token).filter { !common.contains($0) }
      }
      return object
    }
  }

  /// The readiness of a `POST /v1/users` body (or a user's merged fields).
  public static func evaluate(_ body: [String: JSONValue]) -> Report {
    if body["verification_mode"]?.stringValue == "verification_link" {
      return Report(category: nil, products: [])
    }
    let country = body["address_country"]?.stringValue ?? nestedAddress(body, "country")
    let category: Category = country?.uppercased() == "USA" ? .usa : .international
    let employed = body["employment_status"]?.stringValue == "employed"
    let products = products.map { product in
      ProductStatus(
        product: product,
        missing: requirements(for: product, category: category, employed: employed).filter {
          !isPresent($0.token, in: body)
        })
    }
    return Report(category: category, products: products)
  }

  /// True when the body gives what `token` names.
  static func isPresent(_ token: String, in body: [String: JSONValue]) -> Bool {
    let items = body["identifying_information"]?.arrayValue?.compactMap(\.objectValue) ?? []
    func hasFile(_ item: [String: JSONValue], side: String? = nil) -> Bool {
      (item["documents"]?.arrayValue ?? []).contains { entry in
        filled(entry["file"]) && (side == nil || entry["type"]?.stringValue == side)
      }
    }
    switch token {
    case "identifying_information:government_id":
      let types = Set(KYCOptions.documentType.map(\.value))
      return items.contains { item in
        types.contains(item["type"]?.stringValue ?? "") && filled(item["number"])
          && filled(item["issuing_country"]) && hasFile(item, side: "front")
      }
    case "identifying_information:ssn", "identifying_information:tax_id":
      let type = String(token.dropFirst("identifying_information:".count))
      return items.contains { $0["type"]?.stringValue == type && filled($0["number"]) }
    case "identifying_information:file_proof_of_address":
      return items.contains { $0["type"]?.stringValue == "file_proof_of_address" && hasFile($0) }
    case "pep_status":
      return body["pep_status"]?.boolValue != nil
    default:
      if token.hasPrefix("address_"), let nestedKey = nestedAddressKeys[token] {
        return filled(body[token]) || nestedAddress(body, nestedKey) != nil
      }
      return filled(body[token])
    }
  }

  static let nestedAddressKeys = [
    "address_street": "street_line_1", "address_city": "city", "address_state": "subdivision",
    "address_zip_code": "postal_code", "address_country": "country",
  ]

  static func nestedAddress(_ body: [String: JSONValue], _ key: String) -> String? {
    guard let text = body["residential_address"]?[key]?.stringValue, !text.isEmpty else { return nil }
    return text
  }

  static func filled(_ value: JSONValue?) -> Bool {
    switch value {
    case .string(let text)?: !text.trimmedWhitespace.isEmpty
    case .number?, .bool?: true
    case .array(let items)?: !items.isEmpty
    case .object(let members)?: !members.isEmpty
    case .null?, nil: false
    }
  }
}
