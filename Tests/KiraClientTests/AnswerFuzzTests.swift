import Foundation
import KiraClient
import KiraModels
import Testing

/// Random and mutated answers, derived from every documented shape, thrown
/// at the client (over an in-memory transport) and at the decoders: no
/// crash, every failure a `KiraError`, and nothing it says carries a
/// character a terminal would act on. `KIRA_FUZZ_CASES` (default 2,000)
/// and `KIRA_FUZZ_SEED` change how many cases and which.
@Suite("fuzzing the answer decoder and the client", .serialized)
struct AnswerFuzzTests {
  static let cases = ProcessInfo.processInfo.environment["KIRA_FUZZ_CASES"].flatMap { Int($0) } ?? 2_000
  static let seed =
    ProcessInfo.processInfo.environment["KIRA_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x6B69_7261

  /// The operations a case may exercise.
  enum Operation: CaseIterable {
    case authenticate, listUsers, createUser, getUser, updateUser, reissue, countries
  }

  @Test("random and mutated answers: no crash, every failure a clean KiraError")
  func fuzzClient() async throws {
    var generator = SplitMix64(seed: Self.seed)
    var failures = 0
    for index in 0..<Self.cases {
      var caseGenerator = SplitMix64(seed: generator.next())
      let operation = Operation.allCases[Int(caseGenerator.next() % UInt64(Operation.allCases.count))]
      let answers = AnswerScript(generator: caseGenerator, operation: operation)
      let client = KiraClient(
        configuration: KiraClientConfiguration(
          endpoint: try KiraEndpoint(url: "https://kira.test/sandbox"),
          credentials: KiraCredentials(apiKey: "k", clientID: "c", password: "p"), retryPolicy: .none),
        transport: answers)
      do {
        try await Self.run(operation, on: client)
      } catch let error as KiraError {
        failures += 1
        let texts =
          [error.message, error.code ?? ""] + error.fieldErrors.flatMap { [$0.path, $0.message, $0.code] }
        for text in texts {
          #expect(
            !text.unicodeScalars.contains(where: UntrustedText.isRemoved),
            "case \(index) (\(operation)): \(text.debugDescription)")
        }
        #expect(!error.description.isEmpty)
      } catch {
        Issue.record("case \(index) (\(operation)) threw \(type(of: error)), not a KiraError: \(error)")
      }
    }
    // The mutations are meant to break most answers; a few survive.
    #expect(failures > Self.cases / 10)
  }

  static func run(_ operation: Operation, on client: KiraClient) async throws {
    switch operation {
    case .authenticate:
      let token = try await client.authenticate()
      #expect(KiraAnswerDecoder.tokenLifetime.contains(token.expiresIn))
    case .listUsers:
      let page = try await client.listUsers(limit: 100, email: "a@example.test")
      for value in [page.pagination.total, page.pagination.limit, page.pagination.offset] {
        #expect(KiraAnswerDecoder.paginationRange.contains(value) || value == page.data.count || value == 100)
      }
      for user in page.data { checkLink(user.verificationLink) }
    case .createUser:
      checkLink(
        try await client.createUser(body: ["type": "individual"], idempotencyKey: "k-1").verificationLink)
    case .getUser:
      checkLink(try await client.getUser(id: "usr-1").verificationLink)
    case .updateUser:
      checkLink(try await client.updateUser(id: "usr-1", body: ["occupation": "x"]).user.verificationLink)
    case .reissue:
      checkLink(try await client.reissueVerification(id: "usr-1", idempotencyKey: "k-2").verificationLink)
    case .countries:
      let countries = try await client.countries()
      for country in countries {
        #expect(country.alpha3.count == 3)
        #expect(!country.name.unicodeScalars.contains(where: UntrustedText.isRemoved))
      }
    }
  }

  /// A link the client kept must pass the link rule.
  static func checkLink(_ link: String?) {
    guard let link else { return }
    #expect((try? VerificationLink.check(link).get()) != nil, "kept link \(link.debugDescription)")
  }

  @Test("random bytes and values through the decoders directly: no crash")
  func fuzzDecoders() throws {
    var generator = SplitMix64(seed: Self.seed ^ 0xD1CE)
    for _ in 0..<Self.cases {
      let shape = Shapes.all[Int(generator.next() % UInt64(Shapes.all.count))]
      let body = Mutator.bytes(Mutator.mutate(shape, &generator), &generator)
      let status = Mutator.statuses[Int(generator.next() % UInt64(Mutator.statuses.count))]
      let response = HTTPResponse(status: status, headers: Mutator.headers(&generator), body: body)
      let error = KiraErrorDecoder.decode(response, operation: "GET v1/users")
      #expect(!error.message.unicodeScalars.contains(where: UntrustedText.isRemoved))
      if let json = try? KiraAnswerDecoder.json(response, operation: "GET v1/users") {
        _ = try? KiraUser(raw: json)
        _ = try? UserUpdateResponse(raw: json)
        _ = VerificationResponse(raw: json)
        _ = KiraCountry.list(from: json)
      }
      try? KiraAnswerDecoder.checkEnvelope(response, operation: "GET v1/users")
      let text = String(decoding: body.prefix(600), as: UTF8.self)
      let cleaned = UntrustedText.clean(text, limit: 80)
      #expect(cleaned.count <= 80)
      #expect(!cleaned.unicodeScalars.contains(where: UntrustedText.isRemoved))
      #expect(
        !UntrustedText.printable(text).unicodeScalars.contains { UntrustedText.isRemoved($0) && $0 != "\n" })
    }
  }
}

/// A deterministic generator (SplitMix64), so a failing seed can be replayed.
struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// The answers of one case: `/auth` mostly well-formed (so the operation is
/// reached), the operation's answer mutated from its documented shape.
final class AnswerScript: HTTPTransport, @unchecked Sendable {
  private let lock = NSLock()
  private var generator: SplitMix64
  private let operation: AnswerFuzzTests.Operation

  init(generator: SplitMix64, operation: AnswerFuzzTests.Operation) {
    self.generator = generator
    self.operation = operation
  }

  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    lock.withLock {
      let isAuth = request.url.path.hasSuffix("/auth")
      let mutateAuth = operation == .authenticate || generator.next() % 8 == 0
      if isAuth && !mutateAuth {
        return HTTPResponse(status: 200, body: Shapes.auth.encoded())
      }
      let shapes = isAuth ? [Shapes.auth] : Shapes.forOperation(operation)
      let shape = shapes[Int(generator.next() % UInt64(shapes.count))]
      let mutated = generator.next() % 5 == 0 ? shape : Mutator.mutate(shape, &generator)
      let useError = generator.next() % 3 == 0
      let body =
        useError
        ? Mutator.mutate(Shapes.errors[Int(generator.next() % UInt64(Shapes.errors.count))], &generator)
        : mutated
      let status =
        useError || generator.next() % 4 == 0
        ? Mutator.statuses[Int(generator.next() % UInt64(Mutator.statuses.count))] : 200
      return HTTPResponse(
        status: status, headers: Mutator.headers(&generator), body: Mutator.bytes(body, &generator),
        bodyWasTruncated: generator.next() % 40 == 0)
    }
  }
}

/// Every documented answer shape (kira-api.md), with realistic values.
enum Shapes {
  static let user: JSONValue = [
    "id": "usr-1", "type": "individual", "email": "a@example.test", "status": "CREATED",
    "verification_status": "unverified", "verification_mode": "verification_link",
    "verification_link": "https://verify.kira.test/abc", "first_name": "Maria", "last_name": "Gonzalez",
    "missing_fields": ["general": ["source_of_funds"], "usa-virtual-accounts": []],
    "created_at": "2026-11-27T09:48:03Z", "updated_at": "2026-11-27T09:48:03Z",
  ]
  static let auth: JSONValue = [
    "message": "Auth token", "data": ["access_token": "token-1", "expires_in": 3600, "token_type": "Bearer"],
  ]
  static let list: JSONValue = [
    "data": [user, user], "pagination": ["total": 2, "limit": 100, "offset": 0, "has_more": false],
  ]
  static let update: JSONValue = {
    guard case .object(var object) = user else { return user }
    object["updated_fields"] = ["source_of_funds"]
    object["requires_reverification"] = false
    object["verification_triggered"] = true
    return .object(object)
  }()
  static let verification: JSONValue = [
    "id": "ver-1", "user_id": "usr-1", "type": "embedded-link", "status": "pending",
    "verification_link": "https://verify.kira.test/x", "created_at": "2026-11-27T09:48:03Z",
  ]
  static let countries: JSONValue = [
    "count": 1,
    "data": [
      ["alpha3": "MEX", "name": "Mexico", "subdivisions": [["code": "CMX", "name": "Ciudad de México"]]]
    ],
  ]
  static let errors: [JSONValue] = [
    ["code": "not_found", "message": "User not found"],
    [
      "error": "Invalid request data",
      "details": [["path": ["identifying_information", 0, "number"], "message": "bad", "code": "custom"]],
    ],
    ["error": ["code": "VALIDATION_ERROR", "message": "Invalid", "details": ["email": "bad"]]],
    ["message": "Forbidden"],
    [
      "message": "Unprocessable", "data": [["loc": ["body", "email"], "msg": "bad", "type": "value_error"]],
    ],
    ["detail": [["loc": ["query", "limit"], "msg": "too big", "type": "less_than"]]],
    [
      "message": ["a", "b"], "code": 409, "statusCode": 409, "error": "Conflict", "timestamp": "2026-11-27",
      "path": "/v1/users", "details": [],
    ],
    ["status": "error", "message": "Internal error"],
    ["message": "Auth failed", "data": ["error": "bad password"]],
    ["code": "rate_limited", "message": "slow down", "retry_after": 5],
  ]
  static let all: [JSONValue] = [user, auth, list, update, verification, countries] + errors

  static func forOperation(_ operation: AnswerFuzzTests.Operation) -> [JSONValue] {
    switch operation {
    case .authenticate: [auth]
    case .listUsers: [list]
    case .createUser, .getUser: [user]
    case .updateUser: [update]
    case .reissue: [verification]
    case .countries: [countries]
    }
  }
}

/// Mutations: values swapped for hostile ones, keys dropped, byte damage.
enum Mutator {
  static let statuses = [
    200, 201, 204, 299, 100, 101, 300, 302, 307, 400, 401, 403, 404, 409, 413, 422, 429, 500, 502, 503, 504,
    0, -1, 99,
    600, 999, Int.max, Int.min,
  ]
  static let numbers: [Double] = [
    1e300, -1e300, -1, 0, -0.0, 0.5, 2.5, 1e-300, 9.007_199_254_740_993e15, 9.3e18, -9.3e18,
    Double.greatestFiniteMagnitude, 86_401, 1_000_000_001, 3600,
  ]
  static let hostile =
    "x\u{1B}[2J\u{1B}]0;T\u{07}\u{1B}]52;c;QQ==\u{07}\u{1B}]8;;javascript:alert(1)\u{1B}\\\u{9B}31m\u{85}\u{202E}\u{2066}\u{0}\r\ny"

  static func value(_ generator: inout SplitMix64, depth: Int = 0) -> JSONValue {
    switch generator.next() % 12 {
    case 0: return .number(numbers[Int(generator.next() % UInt64(numbers.count))])
    case 1: return .string(hostile)
    case 2:
      return .string(["3600", "1e300", "-1", "", "nan", "inf", "0x10", " 42 "][Int(generator.next() % 8)])
    case 3: return .null
    case 4: return .bool(generator.next() % 2 == 0)
    case 5: return .array(depth < 3 ? [value(&generator, depth: depth + 1)] : [])
    case 6: return .object(depth < 3 ? ["k": value(&generator, depth: depth + 1)] : [:])
    case 7:
      var nested: JSONValue = .null
      for _ in 0..<(40 + Int(generator.next() % 40)) { nested = .array([nested]) }
      return nested
    case 8: return .string(String(repeating: "é", count: 5_000))
    case 9: return .string("javascript:alert(document.cookie)")
    case 10: return .string("http://evil.test/\u{1B}]0;x\u{07}")
    default: return .number(Double(generator.next() % 1000) - 500)
    }
  }

  /// One to three changes at random places of `shape`.
  static func mutate(_ shape: JSONValue, _ generator: inout SplitMix64) -> JSONValue {
    var result = shape
    for _ in 0..<(1 + Int(generator.next() % 3)) { result = change(result, &generator) }
    return result
  }

  private static func change(_ node: JSONValue, _ generator: inout SplitMix64) -> JSONValue {
    switch node {
    case .object(var object) where !object.isEmpty && generator.next() % 4 != 0:
      let keys = object.keys.sorted()
      let key = keys[Int(generator.next() % UInt64(keys.count))]
      switch generator.next() % 5 {
      case 0: object[key] = nil
      case 1: object[key] = value(&generator)
      default: object[key] = change(object[key]!, &generator)
      }
      return .object(object)
    case .array(var items) where !items.isEmpty && generator.next() % 4 != 0:
      let index = Int(generator.next() % UInt64(items.count))
      if generator.next() % 5 == 0 {
        items.append(value(&generator))
      } else {
        items[index] = change(items[index], &generator)
      }
      return .array(items)
    default:
      return value(&generator)
    }
  }

  /// The value's bytes, sometimes damaged: cut short, a byte flipped,
  /// invalid UTF-8 or a raw control inserted, or not JSON at all.
  static func bytes(_ value: JSONValue, _ generator: inout SplitMix64) -> Data {
    var data = [UInt8](value.encoded())
    switch generator.next() % 10 {
    case 0 where !data.isEmpty: data = Array(data.prefix(Int(generator.next() % UInt64(data.count))))
    case 1 where !data.isEmpty:
      data[Int(generator.next() % UInt64(data.count))] ^= UInt8(truncatingIfNeeded: generator.next())
    case 2 where !data.isEmpty:
      data.insert(
        contentsOf: [0xFF, 0xC0, 0x80, 0xED, 0xA0, 0x80], at: Int(generator.next() % UInt64(data.count)))
    case 3 where !data.isEmpty: data.insert(0x1B, at: Int(generator.next() % UInt64(data.count)))
    case 4: data = Array("<html>\u{1B}]0;x\u{07}502 Bad Gateway</html>".utf8)
    case 5: data = []
    default: break
    }
    return Data(data)
  }

  static func headers(_ generator: inout SplitMix64) -> [String: String] {
    var headers = ["Content-Type": "application/json"]
    switch generator.next() % 8 {
    case 0:
      headers["Retry-After"] =
        ["1e300", "-5", "nan", "inf", "Fri, 31 Dec 9999 23:59:59 GMT", "3"][Int(generator.next() % 6)]
    case 1: for index in 0..<200 { headers["X-\(index)"] = "v" }
    case 2: headers["X-Big"] = String(repeating: "a", count: 70_000)
    case 3: headers["Location"] = "javascript:alert(1)\u{1B}]0;x\u{07}"
    default: break
    }
    return headers
  }
}
