import KiraModels

extension OnboardingForm {
  /// The reverse of `payload(from:policy:)`: an API body (or a Kira user
  /// response: `residential_address` is read too) -> form values. Lossless
  /// for every field the form knows (strings kept verbatim); unknown keys are
  /// kept in `FormValues.extras` so a resubmit sends them back. Keys only
  /// responses carry (`id`, `created_at`, `verification_status`...) are dropped.
  public func values(fromPayload body: JSONValue) -> FormValues {
    guard case .object(let object) = body else { return FormValues() }
    var result = FormValues()
    let topLevel = Dictionary(
      uniqueKeysWithValues: fields.filter(isTopLevelString).map { ($0.apiPath, $0.id) })
    for (key, value) in object {
      if let id = topLevel[key] {
        store(value, as: id, key: key, in: &result)
        continue
      }
      switch key {
      case PayloadKeys.pepStatus:
        store(value, as: .pepStatus, key: key, in: &result)
      case PayloadKeys.metadata:
        loadMetadata(value, into: &result)
      case PayloadKeys.additionalInfo:
        loadAdditionalInfo(value, into: &result)
      case PayloadKeys.identifyingInformation:
        loadIdentifyingInformation(value, into: &result)
      case PayloadKeys.documentType, PayloadKeys.documentNumber, PayloadKeys.documentCountry:
        continue  // read after the items, as a fallback
      case "status":
        // The request's `status` (active|inactive|suspended) is kept; a response's CREATED... is not.
        if let text = value.stringValue, ["active", "inactive", "suspended"].contains(text) {
          result.extras[key] = value
        }
      default:
        if !PayloadKeys.responseOnlyKeys.contains(key) { result.extras[key] = value }
      }
    }
    for (key, field) in PayloadKeys.documentTopLevel where result[field].isEmpty {
      if let value = object[key] { store(value, as: field, key: key, in: &result) }
    }
    if case .object(let address)? = object[PayloadKeys.residentialAddress] {
      for (key, field) in PayloadKeys.residentialAddressMembers where result[field].isEmpty {
        if let value = address[key] { store(value, as: field, key: "", in: &result) }
      }
    }
    dropConsistentTaxExtras(&result)
    return result
  }

  /// The tax item's `type` and `issuing_country` are derived from the address
  /// country; they are kept in extras only when the body disagrees with it.
  private func dropConsistentTaxExtras(_ result: inout FormValues) {
    let country = result[.addressCountry]
    if let declared = result.extras[PayloadKeys.taxItemDeclaredType]?.stringValue,
      (declared == "ssn") == FormConditions.isUSA(result)
    {
      result.extras[PayloadKeys.taxItemDeclaredType] = nil
    }
    if let issuing = result.extras[PayloadKeys.taxItemIssuingCountry]?.stringValue, issuing == country {
      result.extras[PayloadKeys.taxItemIssuingCountry] = nil
    }
  }

  /// Puts a scalar into a field; objects and arrays (which no field holds) go to extras under `key`.
  private func store(_ value: JSONValue, as id: FieldID, key: String, in result: inout FormValues) {
    switch value {
    case .null: return
    case .string(let text): result[id] = text
    case .bool(let flag):
      result[id] = field(id)?.kind == .yesNo ? (flag ? "yes" : "no") : (flag ? "true" : "false")
    case .number(let number):
      result[id] =
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
    case .object, .array:
      if !key.isEmpty { result.extras[key] = value }
    }
  }

  private func loadMetadata(_ value: JSONValue, into result: inout FormValues) {
    guard case .object(let members) = value else {
      result.extras[PayloadKeys.metadata] = value
      return
    }
    let entries = members.keys.sorted().map { key -> MetadataEntry in
      let member = members[key] ?? .null
      let text: String
      switch member {
      case .string(let string): text = string
      case .null: text = ""
      case .bool(let flag): text = flag ? "true" : "false"
      case .number(let number):
        text = number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : String(number)
      case .array, .object: text = member.encodedString()
      }
      return MetadataEntry(key: key, value: text)
    }
    result[.metadata] = MetadataText.format(entries)
  }

  private func loadAdditionalInfo(_ value: JSONValue, into result: inout FormValues) {
    guard case .object(let members) = value else {
      result.extras[PayloadKeys.additionalInfo] = value
      return
    }
    for (key, member) in members {
      let id = FieldID(PayloadKeys.additionalInfoPrefix + key)
      if field(id) != nil, member.objectValue == nil, member.arrayValue == nil {
        store(member, as: id, key: "", in: &result)
      } else {
        result.extras[PayloadKeys.additionalInfoPrefix + key] = member
      }
    }
  }

  private func loadIdentifyingInformation(_ value: JSONValue, into result: inout FormValues) {
    guard case .array(let items) = value else {
      result.extras[PayloadKeys.identifyingInformation] = value
      return
    }
    var others: [JSONValue] = []
    var sawDocument = false
    var taxItem: [String: JSONValue]?
    for item in items {
      guard case .object(let members) = item else {
        others.append(item)
        continue
      }
      let type = members["type"]?.stringValue
      if !sawDocument, isDocumentItemType(type) {
        sawDocument = true
        loadDocumentItem(members, into: &result)
      } else if taxItem == nil, type == "ssn" || type == "tax_id" {
        taxItem = members
      } else if type == PayloadKeys.proofOfAddressType, result[.proofOfAddress].isEmpty,
        loadProofOfAddress(members, into: &result)
      {
        continue
      } else {
        others.append(item)
      }
    }
    if let taxItem { loadTaxItem(taxItem, into: &result) }
    if !others.isEmpty { result.extras[PayloadKeys.identifyingInformation] = .array(others) }
  }

  /// The ID-document item: a document type, or a missing or mistyped type
  /// (so a half-filled or invalid document still lands in the document
  /// fields), but never a tax-number type or a `file_*` attachment.
  private func isDocumentItemType(_ type: String?) -> Bool {
    guard let type else { return true }
    if KYCOptions.documentType.contains(where: { $0.value == type }) { return true }
    let otherKinds: Set<String> = ["ssn", "tax_id", "ein", "curp", "rfc", "cpf", "tin", "itin"]
    return !otherKinds.contains(type) && !type.hasPrefix("file_")
  }

  private func loadDocumentItem(_ members: [String: JSONValue], into result: inout FormValues) {
    let known = Dictionary(uniqueKeysWithValues: PayloadKeys.documentItem.map { ($0.key, $0.field) })
    for (key, member) in members {
      if let id = known[key], member.objectValue == nil, member.arrayValue == nil {
        store(member, as: id, key: "", in: &result)
      } else if key != "documents" {
        result.extras[PayloadKeys.documentItemPrefix + key] = member
      }
    }
    guard let documents = members["documents"] else { return }
    guard case .array(let entries) = documents else {
      result.extras[PayloadKeys.otherDocumentImages] = documents
      return
    }
    var others: [JSONValue] = []
    for entry in entries {
      let side = entry["type"]?.stringValue
      let file = entry["file"]?.stringValue
      let onlyTypeAndFile = entry.objectValue?.count == 2
      if side == "front", let file, onlyTypeAndFile, result[.documentFrontImage].isEmpty {
        result[.documentFrontImage] = file
      } else if side == "back", let file, onlyTypeAndFile, result[.documentBackImage].isEmpty {
        result[.documentBackImage] = file
      } else {
        others.append(entry)
      }
    }
    if !others.isEmpty { result.extras[PayloadKeys.otherDocumentImages] = .array(others) }
  }

  /// The proof-of-address item when it holds one file as the form writes
  /// it; false (the item kept as it is) otherwise.
  private func loadProofOfAddress(_ members: [String: JSONValue], into result: inout FormValues) -> Bool {
    guard case .array(let entries) = members["documents"], entries.count == 1,
      let file = entries[0]["file"]?.stringValue, entries[0].objectValue?.count ?? 0 <= 2
    else { return false }
    result[.proofOfAddress] = file
    for (key, member) in members where key != "type" && key != "documents" {
      result.extras[PayloadKeys.proofItemPrefix + key] = member
    }
    return true
  }

  private func loadTaxItem(_ members: [String: JSONValue], into result: inout FormValues) {
    for (key, member) in members {
      switch key {
      case "number": store(member, as: .taxIDNumber, key: "", in: &result)
      case "type", "issuing_country": continue
      default: result.extras[PayloadKeys.taxItemPrefix + key] = member
      }
    }
    // Kept for now; `dropConsistentTaxExtras` removes them when they agree with the address.
    result.extras[PayloadKeys.taxItemDeclaredType] = members["type"]
    if let issuing = members["issuing_country"] {
      result.extras[PayloadKeys.taxItemIssuingCountry] = issuing
    }
  }
}
