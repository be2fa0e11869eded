import KiraModels

/// JSON keys of the `POST /v1/users` body and the `FormValues.extras` keys
/// used to keep what the form does not model.
enum PayloadKeys {
  static let identifyingInformation = "identifying_information"
  static let additionalInfo = "additional_info"
  static let metadata = "metadata"
  static let pepStatus = "pep_status"
  static let documentType = "document_type"
  static let documentNumber = "document_number"
  static let documentCountry = "document_country"
  static let residentialAddress = "residential_address"

  /// Extras prefix for unknown keys of the ID-document item.
  static let documentItemPrefix = "identifying_information.document."
  /// Extras prefix for unknown keys of the tax-id item.
  static let taxItemPrefix = "identifying_information.tax_id."
  /// Extras key: the tax item's `type` when it disagrees with the address country.
  static let taxItemDeclaredType = "identifying_information.tax_id.type"
  /// Extras key: the tax item's `issuing_country` when it differs from the address country.
  static let taxItemIssuingCountry = "identifying_information.tax_id.issuing_country"
  /// Extras key: `documents[]` entries of the ID item other than the first front and back.
  static let otherDocumentImages = "identifying_information.document.documents"
  /// `type` of the proof-of-address item.
  static let proofOfAddressType = "file_proof_of_address"
  /// Extras prefix for unknown keys of the proof-of-address item.
  static let proofItemPrefix = "identifying_information.proof_of_address."
  /// Extras prefix for unknown keys of `additional_info`.
  static let additionalInfoPrefix = "additional_info."

  /// Keys only Kira's responses carry; dropped when a user response is loaded.
  static let responseOnlyKeys: Set<String> = [
    "id", "user_id", "created_at", "updated_at", "verification_status", "verification_link",
    "verification_link_error", "verification_triggered", "eligible_products", "missing_fields",
    "type", "residential_address",
  ]

  /// Top-level body keys filled from form fields (so never copied from extras).
  static let documentTopLevel: [(key: String, field: FieldID)] = [
    (documentType, .documentType), (documentNumber, .documentNumber), (documentCountry, .documentCountry),
  ]

  /// `residential_address` member -> flat field.
  static let residentialAddressMembers: [(key: String, field: FieldID)] = [
    ("street_line_1", .addressStreet), ("street_line_2", .addressStreet2), ("city", .addressCity),
    ("subdivision", .addressState), ("postal_code", .addressZipCode), ("country", .addressCountry),
  ]

  /// Item key -> document field.
  static let documentItem: [(key: String, field: FieldID)] = [
    ("type", .documentType), ("issuing_country", .documentCountry), ("number", .documentNumber),
    ("expiration", .documentExpiration),
  ]
}
