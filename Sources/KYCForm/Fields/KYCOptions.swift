/// The enum values of `POST /v1/users`, exactly as Kira spells them, with labels.
public enum KYCOptions {
  /// `verification_mode`.
  public static let verificationMode = options([
    ("automatic", "Automatic (send all KYC data now)"),
    ("verification_link", "Verification link (customer completes a hosted page)"),
  ])

  /// `language` of the hosted verification page.
  public static let language = options([("en", "English"), ("es", "Spanish (Español)")])

  /// `gender`.
  public static let gender = options([("male", "Male"), ("female", "Female"), ("other", "Other")])

  /// Government photo ID types Kira lists for individuals
  /// (`identifying_information[].type` of the ID item), with the names
  /// operators know them by.
  public static let documentType = options([
    ("passport", "Passport"), ("national_id", "National ID card (e.g. INE)"),
    ("drivers_license", "Driver's license"), ("permanent_residency_id", "Permanent residency card"),
    ("state_or_provincial_id", "State or provincial ID"), ("military_id", "Military ID"),
    ("matriculate_id", "Matrícula consular"), ("visa", "Visa"),
  ])

  /// Document types with a back side that must be photographed too: every
  /// type but a passport and a visa (both one page).
  public static let twoSidedDocumentTypes: Set<String> = Set(
    documentType.map(\.value).filter { $0 != "passport" && $0 != "visa" })

  /// `employment_status`.
  public static let employmentStatus = options([
    ("employed", "Employed"), ("self_employed", "Self-employed"), ("unemployed", "Unemployed"),
    ("retired", "Retired"), ("student", "Student"),
  ])

  /// `immigration_status`: the five documented strings, sent verbatim.
  public static let immigrationStatus = options([
    ("U.S. Citizen", "U.S. Citizen"),
    ("Permanent U.S. Resident", "Permanent U.S. Resident"),
    ("Lawful Permanent Resident of U.S.", "Lawful Permanent Resident of U.S."),
    ("Non-Permanent U.S. Resident", "Non-Permanent U.S. Resident"),
    ("Non-Resident of U.S.", "Non-Resident of U.S."),
  ])

  /// `source_of_funds` (11 values).
  public static let sourceOfFunds = options([
    ("salary", "Salary"),
    ("self_employment_income", "Self-employment income"),
    ("investment_proceeds", "Investment proceeds"),
    ("savings_inheritance_gift", "Savings, inheritance or gift"),
    ("gifts", "Gifts"),
    ("inheritance", "Inheritance"),
    ("investments_loans", "Investments or loans"),
    ("pension_retirement", "Pension or retirement"),
    ("sale_of_assets_real_estate", "Sale of assets or real estate"),
    ("savings", "Savings"),
    ("someone_elses_funds", "Someone else's funds"),
  ])

  /// `account_purpose` for individuals (14 values).
  public static let accountPurpose = options([
    ("receive_payments", "Receive payments"),
    ("manage_professional_income", "Manage professional income"),
    ("make_payments", "Make payments"),
    ("manage_personal_funds", "Manage personal funds"),
    ("investment_trading", "Investment trading"),
    ("charitable_donations", "Charitable donations"),
    ("investment_purposes", "Investment purposes"),
    ("operating_a_company", "Operating a company"),
    ("payments_to_friends_or_family_abroad", "Payments to friends or family abroad"),
    ("personal_or_living_expenses", "Personal or living expenses"),
    ("purchase_goods_and_services", "Purchase goods and services"),
    ("protect_wealth", "Protect wealth"),
    ("receive_salary", "Receive salary"),
    ("receive_payment_for_freelancing", "Receive payment for freelancing"),
  ])

  /// `expected_monthly_volume` (USD bands).
  public static let expectedMonthlyVolume = options([
    ("less_than_10000", "Less than 10,000"),
    ("10000_to_49999", "10,000 to 49,999"),
    ("50000_to_199999", "50,000 to 199,999"),
    ("200000_to_999999", "200,000 to 999,999"),
    ("1000000_or_more", "1,000,000 or more"),
  ])

  /// `expected_transaction_count` (per month).
  public static let expectedTransactionCount = options([
    ("1_to_10", "1 to 10"), ("11_to_50", "11 to 50"), ("51_to_200", "51 to 200"),
    ("more_than_200", "More than 200"),
  ])

  /// `yes` / `no` answers (`pep_status`, `additional_info.*`).
  public static let yesNo = options([("yes", "Yes"), ("no", "No")])

  private static func options(_ pairs: [(String, String)]) -> [ChoiceOption] {
    pairs.map { ChoiceOption(value: $0.0, label: $0.1) }
  }
}
