extension OnboardingForm {
  /// API error path -> form field: `birth_date`, `identifying_information.0.number`,
  /// `additional_info.has_us_bank_account`, `residential_address.city`,
  /// `document_number`, `metadata.branch`... Also Kira `missing_fields` tokens
  /// such as `additional_info:has_us_bank_account`. Without the answers, item
  /// 0 of `identifying_information` is taken as the ID document and item 1 as
  /// the tax id (the order `payload(from:policy:)` uses).
  public func fieldID(forAPIPath path: String) -> FieldID? {
    fieldID(forAPIPath: path, layout: nil)
  }

  /// Like `fieldID(forAPIPath:)`, but reads `identifying_information` indexes
  /// against the payload these answers produce (the tax id is item 0 when no
  /// ID document is given).
  public func fieldID(forAPIPath path: String, in values: FormValues) -> FieldID? {
    fieldID(forAPIPath: path, layout: IdentifyingItem.mappingLayout(of: normalizedAll(values)))
  }

  private func fieldID(forAPIPath path: String, layout: [IdentifyingItem]?) -> FieldID? {
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
    case "file_proof_of_address", "proof_of_address": return .proofOfAddress
    case "identifying_information":
      return identifyingInformationField(rest, layout: layout ?? IdentifyingItem.allCases)
    default: return nil
    }
  }

  private func identifyingInformationField(_ rest: [String], layout: [IdentifyingItem]) -> FieldID? {
    guard let first = rest.first else { return .documentType }
    guard let index = Int(first) else {
      // `identifying_information:ssn`-style tokens name an item type.
      switch first {
      case "ssn", "tax_id": return .taxIDNumber
      case "file_proof_of_address", "proof_of_address": return .proofOfAddress
      case "government_id": return .documentFrontImage
      default:
        return KYCOptions.documentType.contains { $0.value == first } ? .documentFrontImage : nil
      }
    }
    guard layout.indices.contains(index) else { return nil }
    let key = rest.count > 1 ? rest[1] : nil
    switch layout[index] {
    case .document:
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
    case .tax:
      return key == "issuing_country" ? .addressCountry : .taxIDNumber
    case .proofOfAddress:
      return .proofOfAddress
    }
  }
}

/// The `identifying_information` items the form writes, in the order
/// `payload(from:policy:)` writes them.
enum IdentifyingItem: CaseIterable, Sendable {
  case document, tax, proofOfAddress

  /// The items these (normalised) answers produce.
  static func layout(of values: FormValues) -> [IdentifyingItem] {
    var items: [IdentifyingItem] = []
    if FormConditions.documentInUse(values) { items.append(.document) }
    if !values[.taxIDNumber].isEmpty { items.append(.tax) }
    if !values[.proofOfAddress].isEmpty { items.append(.proofOfAddress) }
    return items
  }

  /// The items an error path's index is read against: those these answers
  /// produce, then the others they could add, in order (a document only
  /// when one is in use: without it, item 0 is the tax id).
  static func mappingLayout(of values: FormValues) -> [IdentifyingItem] {
    let present = layout(of: values)
    let document = FormConditions.documentInUse(values)
    return present + allCases.filter { !present.contains($0) && ($0 != .document || document) }
  }
}
