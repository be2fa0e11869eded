extension OnboardingForm {
  /// API error path -> form field: `birth_date`, `identifying_information.0.number`,
  /// `additional_info.has_us_bank_account`, `residential_address.city`,
  /// `document_number`, `metadata.branch`... Also Kira `missing_fields` tokens
  /// such as `additional_info:has_us_bank_account`. Without the answers, item
  /// 0 of `identifying_information` is taken as the ID document and item 1 as
  /// the tax id (the order `payload(from:policy:)` uses).
  public func fieldID(forAPIPath path: String) -> FieldID? {
    fieldID(forAPIPath: path, documentItemPresent: nil)
  }

  /// Like `fieldID(forAPIPath:)`, but reads `identifying_information` indexes
  /// against the payload these answers produce (the tax id is item 0 when no
  /// ID document is given).
  public func fieldID(forAPIPath path: String, in values: FormValues) -> FieldID? {
    fieldID(forAPIPath: path, documentItemPresent: FormConditions.documentInUse(normalizedAll(values)))
  }

  private func fieldID(forAPIPath path: String, documentItemPresent: Bool?) -> FieldID? {
    var segments = path.split(whereSeparator: {
      $0 == "." || $0 == ":" || $0 == "/" || $0 == "[" || $0 == "]"
    })
    .map(String.init)
    if segments.first == "body" { segments.removeFirst() }
    guard let head = segments.first else { return nil }
    let rest = Array(segments.dropFirst())
    if let direct = field(FieldID(head)), isTopLevelString(direct) || direct.id == .pepStatus {
      return direct.id
    }
    switch head {
    case "metadata": return .metadata
    case "additional_info":
      guard let key = rest.first else { return .hasUSBankAccount }
      return field(FieldID("additional_info." + key))?.id
    case "residential_address":
      guard let key = rest.first else { return .addressStreet }
      return PayloadKeys.residentialAddressMembers.first { $0.key == key }?.field
    case "document_type": return .documentType
    case "document_number": return .documentNumber
    case "document_country": return .documentCountry
    case "ssn", "tax_id", "tin": return .taxIDNumber
    case "government_id", "document", "documents": return .documentFrontImage
    case "identifying_information":
      return identifyingInformationField(rest, documentItemPresent: documentItemPresent)
    default: return nil
    }
  }

  private func identifyingInformationField(_ rest: [String], documentItemPresent: Bool?) -> FieldID? {
    guard let first = rest.first else { return .documentType }
    guard let index = Int(first) else {
      // `identifying_information:ssn`-style tokens name an item type.
      switch first {
      case "ssn", "tax_id": return .taxIDNumber
      case "passport", "national_id", "drivers_license", "government_id": return .documentFrontImage
      default: return nil
      }
    }
    let isDocument = documentItemPresent == false ? false : index == 0
    let isTax = documentItemPresent == false ? index == 0 : index == 1
    let key = rest.count > 1 ? rest[1] : nil
    if isDocument {
      switch key {
      case nil, "type": return .documentType
      case "number": return .documentNumber
      case "issuing_country": return .documentCountry
      case "expiration": return .documentExpiration
      case "documents":
        let entry = rest.count > 2 ? Int(rest[2]) : nil
        return entry == 1 ? .documentBackImage : .documentFrontImage
      default: return nil
      }
    }
    if isTax {
      switch key {
      case "issuing_country": return .addressCountry
      default: return .taxIDNumber
      }
    }
    return nil
  }
}
