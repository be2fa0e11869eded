import KiraModels

/// The keys Kira documents for `POST /v1/users` (individuals), top level and
/// nested, so a body written by hand can be told "`middle_nme` is not a Kira
/// field; did you mean `middle_name`?" (see kira-api.md §7.1 and §7.2).
public enum KiraBodyKeys {
  /// Top-level request keys.
  public static let topLevel: [String] = [
    "type", "verification_mode", "redirect_uri", "language", "first_name", "middle_name", "last_name",
    "email",
    "phone", "birth_date", "nationality", "gender", "status", "external_id", "address_street",
    "address_street_2", "address_city", "address_state", "address_zip_code", "address_country",
    "residential_address", "document_type", "document_number", "document_country", "identifying_information",
    "pep_status", "source_of_funds", "account_purpose", "expected_monthly_payments",
    "expected_monthly_volume",
    "expected_transaction_count", "employment_status", "occupation", "current_employer", "income_source",
    "documents", "immigration_status", "government_document_type", "additional_info", "metadata", "kyc_id",
    "ssn",
  ]
  /// Keys of an `identifying_information[]` item.
  public static let identifyingItem = ["type", "issuing_country", "number", "expiration", "documents"]
  /// Keys of a `documents[]` entry of an item.
  public static let documentEntry = ["type", "file"]
  /// Keys of `additional_info`.
  public static let additionalInfo = ["has_us_bank_account", "has_denied_bank_account"]
  /// Keys of `residential_address` (the legacy request shape, and responses).
  public static let residentialAddress = [
    "street_line_1", "street_line_2", "city", "subdivision", "postal_code", "country",
  ]

  /// The closest key of `known` to `key` (case, `-` and spaces ignored; at
  /// most a third of its letters, and at least 2, off), if any.
  public static func closest(to key: String, in known: [String]) -> String? {
    let folded = fold(key)
    var best: (key: String, distance: Int)?
    for candidate in known {
      let distance = editDistance(folded, fold(candidate))
      if distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    guard let best, best.distance <= max(2, folded.count / 3) else { return nil }
    return best.key
  }

  private static func fold(_ key: String) -> [Character] {
    Array(key.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }.prefix(64))
  }

  /// Levenshtein distance, transpositions counted as one edit.
  static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}

extension OnboardingForm {
  /// A warning for every key of `body` that Kira does not document, top level
  /// and nested (`identifying_information[]` items and their documents,
  /// `additional_info`, `residential_address`), naming the closest Kira key.
  /// Keys only Kira's responses carry (`id`, `created_at`...) are not flagged.
  public func unknownKeyIssues(in body: JSONValue) -> [ValidationIssue] {
    guard case .object(let object) = body else { return [] }
    var found: [ValidationIssue] = []
    func check(_ members: [String: JSONValue], known: [String], at prefix: String, ignoring: Set<String> = [])
    {
      for key in members.keys.sorted() where !known.contains(key) && !ignoring.contains(key) {
        let path = prefix.isEmpty ? key : "\(prefix).\(key)"
        let shown = key.count > 60 ? String(key.prefix(57)) + "..." : key
        let message = RuleMessage.unknownKey(key: shown, suggestion: KiraBodyKeys.closest(to: key, in: known))
        found.append(
          ValidationIssue(
            field: "", path: path, code: "unknown_key", text: message.bilingual, severity: .warning,
            rule: "known_keys",
            expected: BilingualText(
              english: "a key of POST /v1/users", spanish: "una clave de POST /v1/users")))
      }
    }
    check(
      object, known: KiraBodyKeys.topLevel, at: "", ignoring: PayloadKeys.responseOnlyKeys.union(["user_id"]))
    if case .array(let items)? = object[PayloadKeys.identifyingInformation] {
      for (index, item) in items.enumerated() {
        guard case .object(let members) = item else { continue }
        let prefix = "\(PayloadKeys.identifyingInformation).\(index)"
        check(members, known: KiraBodyKeys.identifyingItem, at: prefix)
        if case .array(let documents)? = members["documents"] {
          for (number, document) in documents.enumerated() {
            guard case .object(let entry) = document else { continue }
            check(entry, known: KiraBodyKeys.documentEntry, at: "\(prefix).documents.\(number)")
          }
        }
      }
    }
    if case .object(let info)? = object[PayloadKeys.additionalInfo] {
      check(info, known: KiraBodyKeys.additionalInfo, at: PayloadKeys.additionalInfo)
    }
    if case .object(let address)? = object[PayloadKeys.residentialAddress] {
      check(address, known: KiraBodyKeys.residentialAddress, at: PayloadKeys.residentialAddress)
    }
    return found
  }
}
