/// One country of Kira's `GET /v1/countries` (`{count, data: [...]}`; each
/// item `alpha3`, `name`, `subdivisions[]` of `{code, name}` and, reportedly,
/// `postal_code_format`). Read leniently and bounded: anything a server sends
/// is hostile, so items without a usable alpha-3 code are skipped, text is
/// stripped of control and format characters and cut to a sane length.
public struct KiraCountry: Sendable, Hashable, Codable {
  /// A subdivision as Kira lists it.
  public struct Subdivision: Sendable, Hashable, Codable {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
      self.code = code
      self.name = name
    }
  }

  /// ISO 3166-1 alpha-3 (`MEX`).
  public var alpha3: String
  /// The country's name as Kira writes it.
  public var name: String
  /// Its subdivisions; may be empty.
  public var subdivisions: [Subdivision]
  /// Kira's postcode regex, if it sends one (kept, not used to validate).
  public var postalCodeFormat: String?

  public init(alpha3: String, name: String, subdivisions: [Subdivision], postalCodeFormat: String? = nil) {
    self.alpha3 = alpha3
    self.name = name
    self.subdivisions = subdivisions
    self.postalCodeFormat = postalCodeFormat
  }

  /// Most countries and subdivisions per country read from one answer.
  public static let maxCountries = 400
  public static let maxSubdivisions = 200

  /// The countries of a `GET /v1/countries` body (`{count, data}`, or a bare
  /// array); nil when it is neither.
  public static func list(from json: JSONValue) -> [KiraCountry]? {
    guard let items = json["data"]?.arrayValue ?? json.arrayValue else { return nil }
    var result: [KiraCountry] = []
    var seen: Set<String> = []
    for item in items.prefix(maxCountries) {
      let code = clean(
        item["alpha3"]?.stringValue ?? item["alpha_3"]?.stringValue ?? item["code"]?.stringValue, 8
      )
      .uppercased()
      guard code.count == 3, code.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }),
        !seen.contains(code)
      else { continue }
      seen.insert(code)
      var subdivisions: [Subdivision] = []
      for entry in (item["subdivisions"]?.arrayValue ?? []).prefix(maxSubdivisions) {
        let subCode = clean(entry["code"]?.stringValue ?? entry.stringValue, 12)
        guard !subCode.isEmpty, !subdivisions.contains(where: { $0.code == subCode }) else { continue }
        subdivisions.append(Subdivision(code: subCode, name: clean(entry["name"]?.stringValue, 80)))
      }
      let format = item["postal_code_format"]?.stringValue.map { clean($0, 200) }
      result.append(
        KiraCountry(
          alpha3: code, name: clean(item["name"]?.stringValue, 80), subdivisions: subdivisions,
          postalCodeFormat: format?.isEmpty == false ? format : nil))
    }
    return result
  }

  /// `{count, data}` as Kira answers.
  public static func body(_ countries: [KiraCountry]) -> JSONValue {
    .object([
      "count": .number(Double(countries.count)),
      "data": .array(
        countries.map { country in
          var object: [String: JSONValue] = [
            "alpha3": .string(country.alpha3), "name": .string(country.name),
            "subdivisions": .array(
              country.subdivisions.map { .object(["code": .string($0.code), "name": .string($0.name)]) }),
          ]
          if let format = country.postalCodeFormat { object["postal_code_format"] = .string(format) }
          return .object(object)
        }),
    ])
  }

  /// Outside text through the one sanitiser (`UntrustedText`), at most `limit` characters.
  static func clean(_ text: String?, _ limit: Int) -> String {
    guard let text else { return "" }
    return UntrustedText.clean(text, limit: limit)
  }
}
