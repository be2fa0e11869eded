/// The ids of every field of the individual form.
extension FieldID {
  /// `verification_mode`.
  public static let verificationMode: FieldID = "verification_mode"
  /// `redirect_uri`.
  public static let redirectURI: FieldID = "redirect_uri"
  /// `language`.
  public static let language: FieldID = "language"
  /// `first_name`.
  public static let firstName: FieldID = "first_name"
  /// `middle_name`.
  public static let middleName: FieldID = "middle_name"
  /// `last_name`.
  public static let lastName: FieldID = "last_name"
  /// `birth_date`.
  public static let birthDate: FieldID = "birth_date"
  /// `gender`.
  public static let gender: FieldID = "gender"
  /// `nationality`.
  public static let nationality: FieldID = "nationality"
  /// `email`.
  public static let email: FieldID = "email"
  /// `phone`.
  public static let phone: FieldID = "phone"
  /// `address_street`.
  public static let addressStreet: FieldID = "address_street"
  /// `address_street_2`.
  public static let addressStreet2: FieldID = "address_street_2"
  /// `address_city`.
  public static let addressCity: FieldID = "address_city"
  /// `address_state`.
  public static let addressState: FieldID = "address_state"
  /// `address_zip_code`.
  public static let addressZipCode: FieldID = "address_zip_code"
  /// `address_country`.
  public static let addressCountry: FieldID = "address_country"
  /// The ID document's type.
  public static let documentType: FieldID = "document.type"
  /// The ID document's number.
  public static let documentNumber: FieldID = "document.number"
  /// The ID document's issuing country.
  public static let documentCountry: FieldID = "document.country"
  /// The ID document's expiration date.
  public static let documentExpiration: FieldID = "document.expiration"
  /// Image of the document's front.
  public static let documentFrontImage: FieldID = "document.front_image"
  /// Image of the document's back (two-sided documents).
  public static let documentBackImage: FieldID = "document.back_image"
  /// SSN (USA) or tax ID (elsewhere).
  public static let taxIDNumber: FieldID = "tax_id.number"
  /// The proof of address file (`identifying_information` item `file_proof_of_address`).
  public static let proofOfAddress: FieldID = "proof_of_address.file"
  /// `employment_status`.
  public static let employmentStatus: FieldID = "employment_status"
  /// `occupation`.
  public static let occupation: FieldID = "occupation"
  /// `current_employer`.
  public static let currentEmployer: FieldID = "current_employer"
  /// `immigration_status`.
  public static let immigrationStatus: FieldID = "immigration_status"
  /// `source_of_funds`.
  public static let sourceOfFunds: FieldID = "source_of_funds"
  /// `account_purpose`.
  public static let accountPurpose: FieldID = "account_purpose"
  /// `expected_monthly_volume`.
  public static let expectedMonthlyVolume: FieldID = "expected_monthly_volume"
  /// `expected_transaction_count`.
  public static let expectedTransactionCount: FieldID = "expected_transaction_count"
  /// `expected_monthly_payments`.
  public static let expectedMonthlyPayments: FieldID = "expected_monthly_payments"
  /// `pep_status`.
  public static let pepStatus: FieldID = "pep_status"
  /// `additional_info.has_us_bank_account`.
  public static let hasUSBankAccount: FieldID = "additional_info.has_us_bank_account"
  /// `additional_info.has_denied_bank_account`.
  public static let hasDeniedBankAccount: FieldID = "additional_info.has_denied_bank_account"
  /// `external_id`.
  public static let externalID: FieldID = "external_id"
  /// `metadata`.
  public static let metadata: FieldID = "metadata"
}
