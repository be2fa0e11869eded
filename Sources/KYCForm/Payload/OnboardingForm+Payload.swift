import KiraModels

extension OnboardingForm {
  /// The exact JSON body for `POST /v1/users`, in the reference example's
  /// shape. Values are normalised first; empty and hidden fields are left
  /// out (never sent as ""); document files are read and sent as `data:` URIs
  /// (data URIs are kept). Keys the form does not model, kept in
  /// `values.extras`, are sent back unchanged. Throws a `PayloadError` naming
  /// the field for a missing, unreadable, empty or non-image file.
  public func payload(from values: FormValues, policy: ValidationPolicy) throws -> JSONValue {
    try payload(from: values, policy: policy, readingFiles: true)
  }

  /// The body's shape without reading a file: each file is sent as its path.
  /// What readiness looks at (which items and documents there are).
  func bodyShape(from values: FormValues, normalized: Bool = false) -> [String: JSONValue] {
    (try? payload(from: values, policy: ValidationPolicy(), readingFiles: false, normalized: normalized))?
      .objectValue ?? [:]
  }

  /// The body for `values` (normalised first unless `normalized` says they
  /// already are: a field commit's readiness check does it once).
  private func payload(
    from values: FormValues, policy: ValidationPolicy, readingFiles: Bool, normalized: Bool = false
  ) throws -> JSONValue {
    let values = normalized ? values : normalizedAll(values)
    var body: [String: JSONValue] = [:]
    for (key, value) in values.extras where !key.contains(Character(".")) {
      body[key] = value
    }
    body["type"] = "individual"
    for field in fields where isTopLevelString(field) {
      let value = values[field.id]
      body[field.apiPath] = value.isEmpty || !field.isVisible(in: values) ? nil : .string(value)
    }
    body[PayloadKeys.pepStatus] = pepStatus(values[.pepStatus])
    body[PayloadKeys.metadata] =
      (readingFiles ? try metadata(values) : try? metadata(values)) ?? values.extras[PayloadKeys.metadata]
    body[PayloadKeys.additionalInfo] = additionalInfo(values)
    for (key, field) in PayloadKeys.documentTopLevel {
      body[key] = values[field].isEmpty ? nil : .string(values[field])
    }
    var items: [JSONValue] = []
    if let document = try documentItem(values, policy: policy, readingFiles: readingFiles) {
      items.append(document)
    }
    if let tax = taxItem(values) { items.append(tax) }
    if let proof = try proofOfAddressItem(values, policy: policy, readingFiles: readingFiles) {
      items.append(proof)
    }
    items += values.extras[PayloadKeys.identifyingInformation]?.arrayValue ?? []
    body[PayloadKeys.identifyingInformation] = items.isEmpty ? nil : .array(items)
    return .object(body)
  }

  /// Fields sent as a top-level string under their own id.
  func isTopLevelString(_ field: FieldDefinition) -> Bool {
    field.apiPath == field.id.rawValue && !field.apiPath.contains(Character(".")) && field.id != .pepStatus
      && field.id != .metadata
  }

  private func pepStatus(_ value: String) -> JSONValue? {
    switch value {
    case "": nil
    case "yes": .bool(true)
    case "no": .bool(false)
    default: .string(value)
    }
  }

  private func metadata(_ values: FormValues) throws -> JSONValue? {
    let text = values[.metadata]
    if text.isEmpty { return nil }
    switch MetadataText.parse(text) {
    case .success(let entries):
      return .object(
        Dictionary(entries.map { ($0.key, JSONValue.string($0.value)) }, uniquingKeysWith: { $1 }))
    case .failure(let problem):
      throw PayloadError(
        field: .metadata, apiPath: "metadata", code: "invalid_metadata", message: problem.message)
    }
  }

  private func additionalInfo(_ values: FormValues) -> JSONValue? {
    var info: [String: JSONValue] = [:]
    for (key, value) in values.extras where key.hasPrefix(PayloadKeys.additionalInfoPrefix) {
      info[String(key.dropFirst(PayloadKeys.additionalInfoPrefix.count))] = value
    }
    for id in [FieldID.hasUSBankAccount, .hasDeniedBankAccount] where !values[id].isEmpty {
      info[String(id.rawValue.dropFirst(PayloadKeys.additionalInfoPrefix.count))] = .string(values[id])
    }
    return info.isEmpty ? nil : .object(info)
  }

  private func documentItem(_ values: FormValues, policy: ValidationPolicy, readingFiles: Bool) throws
    -> JSONValue?
  {
    var item = extrasObject(values, prefix: PayloadKeys.documentItemPrefix)
    item["documents"] = nil
    guard FormConditions.documentInUse(values) || !item.isEmpty else { return nil }
    for (key, field) in PayloadKeys.documentItem where !values[field].isEmpty {
      item[key] = .string(values[field])
    }
    var documents: [JSONValue] = []
    let sides: [(FieldID, String)] = [(.documentFrontImage, "front"), (.documentBackImage, "back")]
    for (id, side) in sides {
      guard let field = field(id), field.isVisible(in: values), !values[id].isEmpty else { continue }
      guard readingFiles else {
        documents.append(.object(["type": .string(side), "file": .string(values[id])]))
        continue
      }
      switch DocumentFiles.dataURI(for: values[id], policy: policy) {
      case .success(let uri):
        documents.append(.object(["type": .string(side), "file": .string(uri)]))
      case .failure(let issue):
        throw PayloadError(
          field: id, apiPath: apiPath(of: id, in: values), code: issue.code,
          message: "\(field.label): \(issue.message)")
      }
    }
    documents += values.extras[PayloadKeys.otherDocumentImages]?.arrayValue ?? []
    if !documents.isEmpty { item["documents"] = .array(documents) }
    return item.isEmpty ? nil : .object(item)
  }

  /// The `file_proof_of_address` item: its file as the one `front` document.
  private func proofOfAddressItem(_ values: FormValues, policy: ValidationPolicy, readingFiles: Bool) throws
    -> JSONValue?
  {
    let value = values[.proofOfAddress]
    guard !value.isEmpty else { return nil }
    let encoded =
      readingFiles
      ? DocumentFiles.dataURI(for: value, policy: policy, accepting: DocumentImageFormat.imagesAndPDF)
      : .success(value)
    switch encoded {
    case .success(let uri):
      var item = extrasObject(values, prefix: PayloadKeys.proofItemPrefix)
      item["type"] = .string(PayloadKeys.proofOfAddressType)
      item["documents"] = .array([.object(["type": "front", "file": .string(uri)])])
      return .object(item)
    case .failure(let issue):
      throw PayloadError(
        field: .proofOfAddress, apiPath: apiPath(of: .proofOfAddress, in: values), code: issue.code,
        message: "Proof of address: \(issue.message)")
    }
  }

  private func taxItem(_ values: FormValues) -> JSONValue? {
    let number = values[.taxIDNumber]
    guard !number.isEmpty else { return nil }
    var item = extrasObject(values, prefix: PayloadKeys.taxItemPrefix)
    item["type"] = .string(FormConditions.isUSA(values) ? "ssn" : "tax_id")
    item["number"] = .string(number)
    if item["issuing_country"] == nil, !values[.addressCountry].isEmpty {
      item["issuing_country"] = .string(values[.addressCountry])
    }
    return .object(item)
  }

  private func extrasObject(_ values: FormValues, prefix: String) -> [String: JSONValue] {
    var object: [String: JSONValue] = [:]
    for (key, value) in values.extras where key.hasPrefix(prefix) {
      object[String(key.dropFirst(prefix.count))] = value
    }
    return object
  }
}
