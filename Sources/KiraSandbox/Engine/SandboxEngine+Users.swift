import Foundation
import KiraModels

extension SandboxEngine {
  /// Keys whose change re-triggers KYC on update.
  static let sensitiveKeys: Set<String> = [
    "first_name", "last_name", "middle_name", "birth_date", "address_street", "address_street_2",
    "address_city",
    "address_state", "address_zip_code", "address_country", "residential_address", "identifying_information",
    "document_type", "document_number", "document_country",
  ]

  static func validationError(_ details: [FieldErrorDetail]) -> SandboxHTTPReply {
    .json(
      400,
      [
        "error": "Invalid request data",
        "details": .array(
          details.map {
            ["path": .string($0.path), "message": .string($0.message), "code": .string($0.code)]
          }),
      ])
  }

  static let missingKeyReply = SandboxHTTPReply.json(
    400, ["code": "validation_error", "message": "Idempotency key is required"])
  static let notJSONReply = SandboxHTTPReply.json(
    400, ["code": "validation_error", "message": "Request body is not valid JSON"])
  static let keyReusedReply = SandboxHTTPReply.json(
    409,
    [
      "code": "idempotency_key_reused",
      "message": "Idempotency key already used with a different request body",
    ])

  // MARK: - POST /v1/users

  func createUser(_ request: SandboxHTTPRequest) -> Outcome {
    guard let key = request.headers["idempotency-key"], !key.isEmpty else {
      return Outcome(Self.missingKeyReply)
    }
    guard let body = try? JSONValue.parse(request.body) else { return Outcome(Self.notJSONReply) }
    let fingerprint = Self.fingerprint(body)
    let scenario = SandboxScenario.detect(in: body)
    let now = self.now()
    let timings = self.timings
    let slowDelay = configuration.slowScenarioDelay
    let host = request.headers["host"] ?? "127.0.0.1"
    return state.withLock { state -> Outcome in
      if scenario == .busy {
        let seen = state.busyAttempts[key, default: 0]
        state.busyAttempts[key] = seen + 1
        if seen < 2 {
          return Outcome(
            .json(503, ["message": "Service Unavailable"]), note: scenario.map { "scenario \($0.rawValue)" })
        }
      }
      if let stored = state.createAnswers[key] {
        guard stored.fingerprint == fingerprint else { return Outcome(Self.keyReusedReply) }
        return Outcome(
          SandboxHTTPReply(
            status: stored.status, headers: ["Content-Type": "application/json"], body: stored.body,
            dropConnection: false),
          userID: stored.userID, note: "replay")
      }
      let issues = ContractValidator.validateCreate(body)
      guard issues.isEmpty else { return Outcome(Self.validationError(issues)) }
      if scenario == .documentRejected {
        return Outcome(
          Self.validationError([
            FieldErrorDetail(
              path: "document_number",
              message: "Document number could not be verified with the issuing authority",
              code: "custom")
          ]), note: scenario.map { "scenario \($0.rawValue)" })
      }
      let fields = body.objectValue ?? [:]
      let id = UUID().uuidString.lowercased()
      let track = UserRecord.track(fields: fields, scenario: scenario)
      var record = UserRecord(
        id: id, createdAt: now, updatedAt: now, fields: fields,
        lifecycle: UserLifecycle(track: track, startedAt: now), verificationLink: nil, scenario: scenario)
      if track == .link { record.verificationLink = Self.verificationLink(host: host, userID: id) }
      state.users[id] = record
      state.userOrder.append(id)
      let rendered = record.rendered(
        state: record.lifecycle.state(at: now, timings: timings), includeMissingFields: false,
        verificationTriggered: track.runsVerification)
      let bytes = rendered.encoded()
      state.createAnswers[key] = StoredAnswer(fingerprint: fingerprint, status: 201, body: bytes, userID: id)
      var hold: TimeInterval = 0
      if scenario == .slow, !state.slowAnswered.contains(key) {
        state.slowAnswered.insert(key)
        hold = slowDelay
      }
      return Outcome(
        SandboxHTTPReply(
          status: 201, headers: ["Content-Type": "application/json"], body: bytes, dropConnection: false),
        userID: id, note: scenario.map { "scenario \($0.rawValue)" }, holdFor: hold)
    }
  }

  static func verificationLink(host: String, userID: String) -> String {
    "http://\(host)/_sandbox/verify/\(userID)"
  }

  // MARK: - GET /v1/users/{id}

  static func invalidIDReply() -> SandboxHTTPReply {
    validationError([FieldErrorDetail(path: "id", message: "Invalid uuid", code: "invalid_string")])
  }

  static func notFoundReply(_ id: String) -> SandboxHTTPReply {
    .json(404, ["code": "not_found", "message": .string("User with ID \(id) not found")])
  }

  func getUser(id: String) -> Outcome {
    guard UUID(uuidString: id) != nil else { return Outcome(Self.invalidIDReply()) }
    let now = self.now()
    let timings = self.timings
    let record = state.withLock { $0.users[id.lowercased()] }
    guard let record else { return Outcome(Self.notFoundReply(id)) }
    let rendered = record.rendered(
      state: record.lifecycle.state(at: now, timings: timings), includeMissingFields: true,
      verificationTriggered: nil)
    return Outcome(.json(200, rendered), userID: record.id)
  }

  // MARK: - GET /v1/users

  func listUsers(_ request: SandboxHTTPRequest) -> SandboxHTTPReply {
    let query = Self.parseQuery(request.query)
    var issues: [FieldErrorDetail] = []
    func number(_ key: String, default value: Int) -> Int? {
      guard let text = query[key] else { return value }
      guard let parsed = Int(text) else {
        issues.append(
          FieldErrorDetail(path: key, message: "Expected number, received nan", code: "invalid_type"))
        return nil
      }
      return parsed
    }
    let limit = number("limit", default: 10)
    let offset = number("offset", default: 0)
    if let limit, limit > 100 {
      // What Kira does (kira-api.md 7.7): a raw 500 above 100.
      return .json(500, ["status": "error", "message": "Internal server error"])
    }
    if let limit, limit < 1 {
      issues.append(
        FieldErrorDetail(
          path: "limit", message: "Number must be greater than or equal to 1", code: "too_small"))
    }
    if let offset, offset < 0 {
      issues.append(
        FieldErrorDetail(
          path: "offset", message: "Number must be greater than or equal to 0", code: "too_small"))
    }
    guard issues.isEmpty, let limit, let offset else { return Self.validationError(issues) }
    let now = self.now()
    let timings = self.timings
    let records = state.withLock { state in state.userOrder.compactMap { state.users[$0] } }
    let matching = records.compactMap { record -> JSONValue? in
      if let email = query["email"], record.email?.lowercased() != email.lowercased() { return nil }
      let lifecycle = record.lifecycle.state(at: now, timings: timings)
      if let status = query["status"], lifecycle.status != status.uppercased() { return nil }
      if let wanted = query["verification_status"], lifecycle.verificationStatus != wanted.lowercased() {
        return nil
      }
      if let after = query["created_after"] {
        guard let date = ISO8601DateFormatter().date(from: after) else { return nil }
        if record.createdAt < date { return nil }
      }
      return record.rendered(state: lifecycle, includeMissingFields: true, verificationTriggered: nil)
    }
    let page = Array(matching.dropFirst(offset).prefix(limit))
    return .json(
      200,
      [
        "data": .array(page),
        "pagination": [
          "total": .number(Double(matching.count)), "limit": .number(Double(limit)),
          "offset": .number(Double(offset)), "has_more": .bool(offset + page.count < matching.count),
        ],
      ])
  }

  static func parseQuery(_ query: String?) -> [String: String] {
    guard let query else { return [:] }
    var result: [String: String] = [:]
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
      let decode = { (text: String) in
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? text
      }
      guard let name = parts.first else { continue }
      result[decode(name)] = parts.count > 1 ? decode(parts[1]) : ""
    }
    return result
  }

  // MARK: - PUT /v1/users/{id}

  func updateUser(id: String, request: SandboxHTTPRequest) -> Outcome {
    guard UUID(uuidString: id) != nil else { return Outcome(Self.invalidIDReply()) }
    guard let body = try? JSONValue.parse(request.body) else { return Outcome(Self.notJSONReply) }
    let issues = ContractValidator.validateUpdate(body)
    guard issues.isEmpty, let changes = body.objectValue else { return Outcome(Self.validationError(issues)) }
    let now = self.now()
    let timings = self.timings
    return state.withLock { state -> Outcome in
      guard var record = state.users[id.lowercased()] else { return Outcome(Self.notFoundReply(id)) }
      let before = record.lifecycle.state(at: now, timings: timings)
      if before.status == "VERIFIED" {
        return Outcome(.json(403, ["code": "forbidden", "message": "Verified users cannot be edited"]))
      }
      if let email = changes["email"]?.stringValue?.lowercased(),
        state.users.values.contains(where: { $0.id != record.id && $0.email?.lowercased() == email })
      {
        return Outcome(
          .json(409, ["code": "resource_conflict", "message": "A user with this email already exists"]))
      }
      var updated: [String] = []
      for key in changes.keys.sorted() where key != "type" {
        if record.fields[key] != changes[key] {
          record.fields[key] = changes[key]
          updated.append(key)
        }
      }
      let requiresReverification = !Self.sensitiveKeys.isDisjoint(with: updated)
      let newTrack = UserRecord.track(
        fields: record.fields, scenario: SandboxScenario.detect(in: .object(record.fields)))
      var triggered = false
      if !updated.isEmpty,
        before.status == "REJECTED" || (requiresReverification && before.status != "CREATED")
      {
        record.lifecycle = UserLifecycle(
          track: newTrack, startedAt: now, startsVerifying: newTrack.runsVerification)
        triggered = newTrack.runsVerification
      }
      if !updated.isEmpty { record.updatedAt = now }
      state.users[record.id] = record
      guard
        case .object(var object) = record.rendered(
          state: record.lifecycle.state(at: now, timings: timings), includeMissingFields: true,
          verificationTriggered: triggered)
      else { return Outcome(.json(500, ["status": "error", "message": "Internal server error"])) }
      object["updated_fields"] = .array(updated.map(JSONValue.string))
      object["requires_reverification"] = .bool(requiresReverification)
      return Outcome(.json(200, .object(object)), userID: record.id)
    }
  }

  // MARK: - POST /v1/users/{id}/verifications

  func reissueVerification(id: String, request: SandboxHTTPRequest) -> Outcome {
    guard let key = request.headers["idempotency-key"], !key.isEmpty else {
      return Outcome(Self.missingKeyReply)
    }
    guard UUID(uuidString: id) != nil else { return Outcome(Self.invalidIDReply()) }
    guard let body = try? JSONValue.parse(request.body), let object = body.objectValue else {
      return Outcome(Self.notJSONReply)
    }
    var issues: [FieldErrorDetail] = []
    let unknown = object.keys.filter { !["type", "redirect_uri", "metadata"].contains($0) }.sorted()
    if !unknown.isEmpty {
      issues.append(
        FieldErrorDetail(
          path: "",
          message: "Unrecognized key(s) in object: " + unknown.map { "'\($0)'" }.joined(separator: ", "),
          code: "unrecognized_keys"))
    }
    let types = ["embedded-link", "api"]
    if let type = object["type"]?.stringValue, !types.contains(type) {
      issues.append(
        FieldErrorDetail(
          path: "type", message: "Invalid enum value. Expected 'embedded-link' | 'api', received '\(type)'",
          code: "invalid_enum_value"))
    } else if object["type"]?.stringValue == nil {
      issues.append(FieldErrorDetail(path: "type", message: "Required", code: "invalid_type"))
    }
    guard issues.isEmpty, let type = object["type"]?.stringValue else {
      return Outcome(Self.validationError(issues))
    }
    let fingerprint = Self.fingerprint(body)
    let now = self.now()
    let timings = self.timings
    let host = request.headers["host"] ?? "127.0.0.1"
    return state.withLock { state -> Outcome in
      if let stored = state.verificationAnswers[key] {
        guard stored.fingerprint == fingerprint else { return Outcome(Self.keyReusedReply) }
        return Outcome(
          SandboxHTTPReply(
            status: stored.status, headers: ["Content-Type": "application/json"], body: stored.body,
            dropConnection: false), userID: stored.userID, note: "replay")
      }
      guard var record = state.users[id.lowercased()] else { return Outcome(Self.notFoundReply(id)) }
      // As Kira's: re-issuing an embedded link leaves the user as it is (the
      // customer's hosted flow moves it on); corrected data (`api`) re-runs KYC.
      if type == "api", record.lifecycle.state(at: now, timings: timings).status == "REJECTED" {
        let track = UserRecord.track(fields: record.fields, scenario: record.scenario)
        record.lifecycle = UserLifecycle(
          track: track == .link ? .verify : track, startedAt: now, startsVerifying: track.runsVerification)
      }
      var link: JSONValue = .null
      if type == "embedded-link" {
        let url = Self.verificationLink(host: host, userID: record.id)
        record.verificationLink = url
        link = .string(url)
      }
      record.updatedAt = now
      state.users[record.id] = record
      let answer: JSONValue = [
        "id": .string(UUID().uuidString.lowercased()), "user_id": .string(record.id), "type": .string(type),
        "status": "pending", "verification_link": link, "created_at": .string(UserRecord.timestamp(now)),
      ]
      let bytes = answer.encoded()
      state.verificationAnswers[key] = StoredAnswer(
        fingerprint: fingerprint, status: 201, body: bytes, userID: record.id)
      return Outcome(
        SandboxHTTPReply(
          status: 201, headers: ["Content-Type": "application/json"], body: bytes, dropConnection: false),
        userID: record.id)
    }
  }
}
