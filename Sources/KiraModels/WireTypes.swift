import Foundation

/// `POST /auth` request body.
public struct AuthRequest: Codable, Sendable, Hashable {
  public var clientID: String
  public var password: String

  public init(clientID: String, password: String) {
    self.clientID = clientID
    self.password = password
  }

  enum CodingKeys: String, CodingKey {
    case clientID = "client_id"
    case password
  }
}

/// `POST /auth` success body: `{message, data: {access_token, expires_in, token_type}}`.
public struct AuthResponse: Codable, Sendable, Hashable {
  public struct TokenData: Codable, Sendable, Hashable {
    public var accessToken: String
    public var expiresIn: Int
    public var tokenType: String

    public init(accessToken: String, expiresIn: Int, tokenType: String = "Bearer") {
      self.accessToken = accessToken
      self.expiresIn = expiresIn
      self.tokenType = tokenType
    }

    enum CodingKeys: String, CodingKey {
      case accessToken = "access_token"
      case expiresIn = "expires_in"
      case tokenType = "token_type"
    }
  }

  public var message: String
  public var data: TokenData

  public init(message: String = "Auth token", data: TokenData) {
    self.message = message
    self.data = data
  }
}

/// One field error as Kira reports it in `details[]`.
public struct FieldErrorDetail: Codable, Sendable, Hashable {
  /// Dotted API path, e.g. `identifying_information.0.number`.
  public var path: String
  public var message: String
  public var code: String

  public init(path: String, message: String, code: String) {
    self.path = path
    self.message = message
    self.code = code
  }
}

/// Kira's request-schema validation error body (`400`).
public struct ValidationErrorBody: Codable, Sendable, Hashable {
  public var error: String
  public var details: [FieldErrorDetail]

  public init(error: String = "Invalid request data", details: [FieldErrorDetail]) {
    self.error = error
    self.details = details
  }
}

/// Kira's business-logic error body: `{code, message}`.
public struct CodeMessageErrorBody: Codable, Sendable, Hashable {
  public var code: String
  public var message: String

  public init(code: String, message: String) {
    self.code = code
    self.message = message
  }
}

/// Kira's nested residential address in user responses.
public struct KiraAddress: Codable, Sendable, Hashable {
  public var streetLine1: String?
  public var streetLine2: String?
  public var city: String?
  public var subdivision: String?
  public var postalCode: String?
  public var country: String?

  public init(
    streetLine1: String? = nil, streetLine2: String? = nil, city: String? = nil,
    subdivision: String? = nil, postalCode: String? = nil, country: String? = nil
  ) {
    self.streetLine1 = streetLine1
    self.streetLine2 = streetLine2
    self.city = city
    self.subdivision = subdivision
    self.postalCode = postalCode
    self.country = country
  }

  enum CodingKeys: String, CodingKey {
    case streetLine1 = "street_line_1"
    case streetLine2 = "street_line_2"
    case city, subdivision
    case postalCode = "postal_code"
    case country
  }
}

/// A Kira user as returned by create, get, list and update. Decoding is
/// lenient: `id` or `user_id`, nulls accepted, unknown keys kept in `raw`.
public struct KiraUser: Sendable, Hashable, Codable {
  public var id: String
  public var type: String?
  public var email: String?
  /// Upper-case lifecycle status (`CREATED`, `VERIFYING`, `VERIFIED`, `REJECTED`, `REVIEW`, ...). Gate on this.
  public var status: String?
  /// Lower-case advisory status (`unverified`, `started`, ...).
  public var verificationStatus: String?
  public var verificationMode: String?
  public var verificationLink: String?
  public var verificationLinkError: String?
  public var verificationTriggered: Bool?
  public var firstName: String?
  public var lastName: String?
  /// `missing_fields` per product (`{"general": [...], "usa-virtual-accounts": [...]}`).
  public var missingFields: [String: [String]]?
  public var createdAt: String?
  public var updatedAt: String?
  /// The whole body as received, so nothing is lost.
  public var raw: JSONValue

  public init(raw: JSONValue) throws {
    guard case .object(let object) = raw else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: [], debugDescription: "A user must be a JSON object"))
    }
    func string(_ key: String) -> String? { object[key]?.stringValue }
    guard let id = string("id") ?? string("user_id") else {
      throw DecodingError.keyNotFound(
        CodingKeys.id, .init(codingPath: [], debugDescription: "Neither id nor user_id present"))
    }
    self.id = id
    self.type = string("type")
    self.email = string("email")
    self.status = string("status")
    self.verificationStatus = string("verification_status")
    self.verificationMode = string("verification_mode")
    // Only a link that passes the link rule is kept as a link; a refused one says why.
    switch string("verification_link").map(VerificationLink.check) {
    case .success(let link)?:
      self.verificationLink = link
      self.verificationLinkError = string("verification_link_error")
    case .failure(let refusal)?:
      self.verificationLink = nil
      self.verificationLinkError = refusal.description
    case nil:
      self.verificationLink = nil
      self.verificationLinkError = string("verification_link_error")
    }
    self.verificationTriggered = object["verification_triggered"]?.boolValue
    self.firstName = string("first_name")
    self.lastName = string("last_name")
    self.createdAt = string("created_at")
    self.updatedAt = string("updated_at")
    if case .object(let fields)? = object["missing_fields"] {
      var map: [String: [String]] = [:]
      for (product, tokens) in fields {
        map[product] = tokens.arrayValue?.compactMap(\.stringValue) ?? []
      }
      self.missingFields = map
    } else if case .array(let tokens)? = object["missing_fields"] {
      self.missingFields = ["general": tokens.compactMap(\.stringValue)]
    } else {
      self.missingFields = nil
    }
    self.raw = raw
  }

  public init(from decoder: any Decoder) throws {
    try self.init(raw: JSONValue(from: decoder))
  }

  public func encode(to encoder: any Encoder) throws {
    try raw.encode(to: encoder)
  }

  enum CodingKeys: String, CodingKey { case id }
}

/// `GET /v1/users` body: `{data: [...], pagination: {total, limit, offset, has_more}}`.
public struct UserList: Sendable, Hashable, Codable {
  public struct Pagination: Codable, Sendable, Hashable {
    public var total: Int
    public var limit: Int
    public var offset: Int
    public var hasMore: Bool

    public init(total: Int, limit: Int, offset: Int, hasMore: Bool) {
      self.total = total
      self.limit = limit
      self.offset = offset
      self.hasMore = hasMore
    }

    enum CodingKeys: String, CodingKey {
      case total, limit, offset
      case hasMore = "has_more"
    }
  }

  public var data: [KiraUser]
  public var pagination: Pagination

  public init(data: [KiraUser], pagination: Pagination) {
    self.data = data
    self.pagination = pagination
  }
}

/// `POST /v1/users/{id}/verifications` request body.
public struct VerificationRequest: Codable, Sendable, Hashable {
  /// `embedded-link` or `api`.
  public var type: String
  public var redirectURI: String?
  public var metadata: JSONValue?

  public init(type: String = "embedded-link", redirectURI: String? = nil, metadata: JSONValue? = nil) {
    self.type = type
    self.redirectURI = redirectURI
    self.metadata = metadata
  }

  enum CodingKeys: String, CodingKey {
    case type
    case redirectURI = "redirect_uri"
    case metadata
  }
}

/// `POST /v1/users/{id}/verifications` response (`verification_link` or the
/// legacy `verification_url`).
public struct VerificationResponse: Sendable, Hashable, Codable {
  public var id: String?
  public var userID: String?
  public var type: String?
  public var status: String?
  public var verificationLink: String?
  public var createdAt: String?

  public init(
    id: String? = nil, userID: String? = nil, type: String? = nil, status: String? = nil,
    verificationLink: String? = nil, createdAt: String? = nil
  ) {
    self.id = id
    self.userID = userID
    self.type = type
    self.status = status
    self.verificationLink = verificationLink
    self.createdAt = createdAt
  }

  enum CodingKeys: String, CodingKey {
    case id
    case userID = "user_id"
    case type, status
    case verificationLink = "verification_link"
    case verificationURL = "verification_url"
    case createdAt = "created_at"
  }

  /// Why the link Kira sent was not kept (it broke `VerificationLink`'s rule).
  public var verificationLinkRefusal: String?

  /// Reads an answer leniently (text fields of another type are absent);
  /// nil when it is not an object. The link is kept only when it passes
  /// `VerificationLink.check`.
  public init?(raw: JSONValue) {
    guard case .object(let object) = raw else { return nil }
    func string(_ key: String) -> String? { object[key]?.stringValue }
    id = string("id")
    userID = string("user_id")
    type = string("type")
    status = string("status")
    createdAt = string("created_at")
    switch (string("verification_link") ?? string("verification_url")).map(VerificationLink.check) {
    case .success(let link)?: verificationLink = link
    case .failure(let refusal)?: verificationLinkRefusal = refusal.description
    case nil: break
    }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decodeIfPresent(String.self, forKey: .id)
    userID = try c.decodeIfPresent(String.self, forKey: .userID)
    type = try c.decodeIfPresent(String.self, forKey: .type)
    status = try c.decodeIfPresent(String.self, forKey: .status)
    let link =
      try c.decodeIfPresent(String.self, forKey: .verificationLink)
      ?? c.decodeIfPresent(String.self, forKey: .verificationURL)
    switch link.map(VerificationLink.check) {
    case .success(let checked)?: verificationLink = checked
    case .failure(let refusal)?: verificationLinkRefusal = refusal.description
    case nil: break
    }
    createdAt = try c.decodeIfPresent(String.self, forKey: .createdAt)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(id, forKey: .id)
    try c.encodeIfPresent(userID, forKey: .userID)
    try c.encodeIfPresent(type, forKey: .type)
    try c.encodeIfPresent(status, forKey: .status)
    try c.encodeIfPresent(verificationLink, forKey: .verificationLink)
    try c.encodeIfPresent(createdAt, forKey: .createdAt)
  }
}
