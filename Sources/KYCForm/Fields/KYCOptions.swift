/// The enum values of `POST /v1/users`, exactly as Kira spells them, with
/// labels in English and in Spanish (Latin-American usage).
public enum KYCOptions {
  /// `verification_mode`.
  public static let verificationMode = options([
    ("automatic", "Automatic (send all KYC data now)", "Automática (se envían ahora todos los datos KYC)"),
    (
      "verification_link", "Verification link (customer completes a hosted page)",
      "Enlace de verificación (el cliente completa una página de Kira)"
    ),
  ])

  /// `language` of the hosted verification page.
  public static let language = options([
    ("en", "English", "Inglés (English)"), ("es", "Spanish (Español)", "Español"),
  ])

  /// `gender`.
  public static let gender = options([
    ("male", "Male", "Masculino"), ("female", "Female", "Femenino"), ("other", "Other", "Otro"),
  ])

  /// Government photo ID types Kira lists for individuals
  /// (`identifying_information[].type` of the ID item), with the names
  /// operators know them by.
  public static let documentType = options([
    ("passport", "Passport", "Pasaporte"),
    ("national_id", "National ID card (e.g. INE)", "Identificación oficial (p. ej., INE o DNI)"),
    ("drivers_license", "Driver's license", "Licencia de conducir"),
    ("permanent_residency_id", "Permanent residency card", "Tarjeta de residencia permanente"),
    ("state_or_provincial_id", "State or provincial ID", "Identificación estatal o provincial"),
    ("military_id", "Military ID", "Identificación militar"),
    ("matriculate_id", "Matrícula consular", "Matrícula consular"), ("visa", "Visa", "Visa"),
  ])

  /// Document types with a back side that must be photographed too: every
  /// type but a passport and a visa (both one page).
  public static let twoSidedDocumentTypes: Set<String> = Set(
    documentType.map(\.value).filter { $0 != "passport" && $0 != "visa" })

  /// `employment_status`.
  public static let employmentStatus = options([
    ("employed", "Employed", "Empleado"), ("self_employed", "Self-employed", "Trabajador independiente"),
    ("unemployed", "Unemployed", "Desempleado"),
    ("retired", "Retired", "Jubilado"), ("student", "Student", "Estudiante"),
  ])

  /// `immigration_status`: the five documented strings, sent verbatim.
  public static let immigrationStatus = options([
    ("U.S. Citizen", "U.S. Citizen", "Ciudadano estadounidense"),
    ("Permanent U.S. Resident", "Permanent U.S. Resident", "Residente permanente de EE. UU."),
    (
      "Lawful Permanent Resident of U.S.", "Lawful Permanent Resident of U.S.",
      "Residente permanente legal de EE. UU."
    ),
    ("Non-Permanent U.S. Resident", "Non-Permanent U.S. Resident", "Residente no permanente de EE. UU."),
    ("Non-Resident of U.S.", "Non-Resident of U.S.", "No residente de EE. UU."),
  ])

  /// `source_of_funds` (11 values).
  public static let sourceOfFunds = options([
    ("salary", "Salary", "Salario"),
    ("self_employment_income", "Self-employment income", "Ingresos por trabajo independiente"),
    ("investment_proceeds", "Investment proceeds", "Rendimientos de inversiones"),
    ("savings_inheritance_gift", "Savings, inheritance or gift", "Ahorros, herencia o donación"),
    ("gifts", "Gifts", "Donaciones o regalos"),
    ("inheritance", "Inheritance", "Herencia"),
    ("investments_loans", "Investments or loans", "Inversiones o préstamos"),
    ("pension_retirement", "Pension or retirement", "Pensión o jubilación"),
    ("sale_of_assets_real_estate", "Sale of assets or real estate", "Venta de bienes o inmuebles"),
    ("savings", "Savings", "Ahorros"),
    ("someone_elses_funds", "Someone else's funds", "Fondos de un tercero"),
  ])

  /// `account_purpose` for individuals (14 values).
  public static let accountPurpose = options([
    ("receive_payments", "Receive payments", "Recibir pagos"),
    ("manage_professional_income", "Manage professional income", "Administrar ingresos profesionales"),
    ("make_payments", "Make payments", "Hacer pagos"),
    ("manage_personal_funds", "Manage personal funds", "Administrar fondos personales"),
    ("investment_trading", "Investment trading", "Operar inversiones"),
    ("charitable_donations", "Charitable donations", "Donativos benéficos"),
    ("investment_purposes", "Investment purposes", "Fines de inversión"),
    ("operating_a_company", "Operating a company", "Operar una empresa"),
    (
      "payments_to_friends_or_family_abroad", "Payments to friends or family abroad",
      "Envíos a familiares o amigos en el extranjero"
    ),
    ("personal_or_living_expenses", "Personal or living expenses", "Gastos personales o de manutención"),
    ("purchase_goods_and_services", "Purchase goods and services", "Compra de bienes y servicios"),
    ("protect_wealth", "Protect wealth", "Proteger el patrimonio"),
    ("receive_salary", "Receive salary", "Recibir el salario"),
    ("receive_payment_for_freelancing", "Receive payment for freelancing", "Cobrar trabajos independientes"),
  ])

  /// `expected_monthly_volume` (USD bands).
  public static let expectedMonthlyVolume = options([
    ("less_than_10000", "Less than 10,000", "Menos de 10,000"),
    ("10000_to_49999", "10,000 to 49,999", "De 10,000 a 49,999"),
    ("50000_to_199999", "50,000 to 199,999", "De 50,000 a 199,999"),
    ("200000_to_999999", "200,000 to 999,999", "De 200,000 a 999,999"),
    ("1000000_or_more", "1,000,000 or more", "1,000,000 o más"),
  ])

  /// `expected_transaction_count` (per month).
  public static let expectedTransactionCount = options([
    ("1_to_10", "1 to 10", "De 1 a 10"), ("11_to_50", "11 to 50", "De 11 a 50"),
    ("51_to_200", "51 to 200", "De 51 a 200"),
    ("more_than_200", "More than 200", "Más de 200"),
  ])

  /// `yes` / `no` answers (`pep_status`, `additional_info.*`).
  public static let yesNo = options([("yes", "Yes", "Sí"), ("no", "No", "No")])

  /// Options from `(value, English label, Spanish label)`.
  private static func options(_ entries: [(String, String, String)]) -> [ChoiceOption] {
    entries.map { ChoiceOption(value: $0.0, label: $0.1, spanishLabel: $0.2) }
  }
}
