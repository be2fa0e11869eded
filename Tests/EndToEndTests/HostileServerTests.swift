import Foundation
import KiraModels
import Testing

/// A hostile Kira: every command that prints what a server said, run as the
/// built binary against `HostileServer`, must hand the terminal none of the
/// escapes, controls, bidi overrides or invalid UTF-8 the server put in
/// every field; absurd numbers and statuses give a clear error, never a
/// crash.
@Suite("a hostile server cannot reach the terminal or crash the commands (end to end)", .serialized)
struct HostileServerTests {
  typealias Node = HostilePayload.Node

  // MARK: - The answers

  /// A user object with a hostile value in every text field.
  static func user(id: Node, status: Node = .hostile(""), link: Node) -> Node {
    .object([
      ("id", id), ("type", .hostile("")), ("email", .hostile("")), ("status", status),
      ("verification_status", .hostile("")), ("verification_mode", .hostile("")),
      ("verification_link", link), ("first_name", .hostile("")), ("last_name", .hostile("")),
      (
        "missing_fields",
        .object([
          ("general", .array([.hostile(""), .raw("\"source_of_funds\"")])), ("x", .array([.hostile("")])),
        ])
      ),
      ("created_at", .hostile("")), ("updated_at", .hostile("")),
    ])
  }

  static func json(_ status: Int, _ node: Node, headers: [(String, String)] = []) -> HostileServer.Response {
    HostileServer.Response(
      status: status, body: node.data, headers: [("Content-Type", "application/json")] + headers)
  }

  static let authAnswer = json(
    200,
    .object([
      ("message", .hostile("")),
      (
        "data",
        .object([
          ("access_token", .raw("\"hostile-token\"")), ("expires_in", .raw("3600")),
          ("token_type", .raw("\"Bearer\"")),
        ])
      ),
    ]))

  /// Every documented shape, hostile in every text field.
  static func hostileKira(_ request: HostileServer.Request) -> HostileServer.Response {
    let body = String(decoding: request.body, as: UTF8.self)
    switch (request.method, request.path) {
    case ("POST", "auth"):
      return authAnswer
    case ("GET", "v1/countries"):
      return json(500, .object([("status", .raw("\"error\"")), ("message", .hostile(""))]))
    case ("POST", "v1/users") where body.contains("reject"):
      return json(
        400,
        .object([
          ("error", .hostile("")),
          (
            "details",
            .array([
              .object([
                ("path", .array([.hostile(""), .raw("0")])), ("message", .hostile("")),
                ("code", .hostile("")),
              ]),
              .object([
                ("path", .raw("\"email\"")), ("message", .hostile("")), ("code", .raw("\"invalid_string\"")),
              ]),
            ])
          ),
        ]))
    case ("POST", "v1/users"):
      return json(201, user(id: .hostile("usr-"), link: .raw("\"javascript:alert(document.cookie)\"")))
    case ("GET", "v1/users"):
      guard request.query.contains("exists") else {
        return json(
          200, .raw(#"{"data":[],"pagination":{"total":0,"limit":100,"offset":0,"has_more":false}}"#))
      }
      return json(
        200,
        .object([
          ("data", .array([user(id: .hostile("usr-"), link: .hostile("https://kira.test/verify/"))])),
          ("pagination", .raw(#"{"total":1,"limit":100,"offset":0,"has_more":false}"#)),
        ]))
    case ("GET", let path) where path.hasPrefix("v1/users/"):
      let rejected = path.contains("rej")
      return json(
        200,
        user(
          id: .raw("\"\(path.dropFirst("v1/users/".count))\""),
          status: rejected ? .raw("\"REJECTED\"") : .hostile(""),
          link: .hostile("https://kira.test/verify/")))
    case ("PUT", let path) where path.hasPrefix("v1/users/"):
      guard case .object(var members) = user(id: .raw("\"usr-1\""), link: .hostile("")) else { break }
      members += [
        ("updated_fields", .array([.hostile(""), .raw("\"source_of_funds\"")])),
        ("requires_reverification", .raw("true")), ("verification_triggered", .raw("true")),
      ]
      return json(200, .object(members))
    case ("POST", let path) where path.hasSuffix("/verifications"):
      return json(
        201,
        .object([
          ("id", .hostile("")), ("user_id", .hostile("")), ("type", .hostile("")), ("status", .hostile("")),
          ("verification_link", .raw("\"javascript:alert(1)\"")), ("created_at", .hostile("")),
        ]))
    default:
      break
    }
    return json(
      404,
      .object([
        ("message", .array([.hostile(""), .hostile("")])), ("code", .hostile("")),
        ("statusCode", .raw("404")),
        ("error", .hostile("")), ("path", .hostile("")),
      ]))
  }

  // MARK: - Running the binary

  static func environment(_ server: HostileServer, store: URL) -> [String: String] {
    [
      "KIRA_BASE_URL": server.baseURL.absoluteString, "KIRA_API_KEY": "test-api-key",
      "KIRA_CLIENT_ID": "test-client", "KIRA_PASSWORD": "test-password", "KIRA_ONBOARD_LOG": "off",
      "KIRA_ONBOARD_STORE": store.path,
    ]
  }

  static func freshStore() -> URL {
    FileManager.default.temporaryDirectory.appendingPathComponent("kira-hostile-store-\(UUID().uuidString)")
  }

  /// Runs one command and checks both streams, byte by byte.
  @discardableResult
  static func runClean(
    _ arguments: [String], server: HostileServer, store: URL, workingDirectory: URL? = nil
  ) async throws -> ExecutableRunner.Output {
    let talksToKira = ["submit", "users", "fix"].contains(arguments.first ?? "")
    let output = try await ExecutableRunner.run(
      arguments
        + (talksToKira
          ? ["--connect-timeout", "60", "--request-timeout", "120", "--max-attempts", "1"] : []),
      environment: environment(server, store: store), workingDirectory: workingDirectory)
    let name = arguments.prefix(2).joined(separator: " ")
    #expect(HostilePayload.firstForbidden(in: output.stdoutBytes) == nil, "stdout of \(name)")
    #expect(HostilePayload.firstForbidden(in: output.stderrBytes) == nil, "stderr of \(name)")
    // Outside JSON an escape sequence is dropped whole, payload included (JSON keeps it, as \u escapes).
    if !arguments.contains("--json") {
      #expect(!(output.stdout + output.stderr).contains("PWNED"), "an escape's payload printed by \(name)")
    }
    // A crash would be a signal (the runner reports 128 + N or the raw signal number).
    #expect(
      output.status < 128 && ![4, 5, 6, 11].contains(output.status), "\(name) crashed: \(output.stderr)")
    return output
  }

  /// A body `submit` accepts locally (a real JPEG inline), for `email`.
  static func validBody(email: String) throws -> JSONValue {
    var body = try ReferenceBody.maria(documentFile: "data:image/jpeg;base64,\(TmuxFixtures.jpegBase64)")
    body["email"] = .string(email)
    return .object(body)
  }

  static func writeBody(_ body: JSONValue, name: String = "body.json") throws -> (URL, URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kira-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = folder.appendingPathComponent(name)
    try body.encoded(pretty: true).write(to: file)
    return (folder, file)
  }

  // MARK: - Every command

  @Test("submit, attempts, users, fix and validate print none of the server's escapes")
  func everyCommandIsClean() async throws {
    let server = try HostileServer(respond: Self.hostileKira)
    let store = Self.freshStore()
    let good = try Self.validBody(email: "maria.hostile@example.test")
    let (folder, file) = try Self.writeBody(good)

    let created = try await Self.runClean(["submit", file.path], server: server, store: store)
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.contains("created: usr-A"))
    #expect(created.stdout.contains("verification link: (none)"))
    #expect(created.stdout.contains("refused: its scheme is javascript, not https"))
    #expect(!created.stdout.contains("javascript:alert"))

    let json = try await Self.runClean(["submit", file.path, "--json"], server: server, store: store)
    #expect(json.status == 0)

    guard case .object(var rejectedBody) = try Self.validBody(email: "reject.hostile@example.test") else {
      return
    }
    rejectedBody["first_name"] = "Rosa"
    let (_, rejectedFile) = try Self.writeBody(.object(rejectedBody), name: "rejected.json")
    let rejected = try await Self.runClean(["submit", rejectedFile.path], server: server, store: store)
    #expect(rejected.status == 65, "\(rejected.stderr)")
    #expect(rejected.stderr.contains("Kira rejected the data (HTTP 400)"))
    #expect(rejected.stderr.contains("email:"))

    let attempts = try await Self.runClean(["attempts", "--all"], server: server, store: store)
    #expect(attempts.status == 0, "\(attempts.stderr)")
    #expect(attempts.stdout.contains("rejected (HTTP 400"))
    try await Self.runClean(["attempts", "--all", "--json"], server: server, store: store)

    let users = try await Self.runClean(
      ["users", "--email", "exists@example.test"], server: server, store: store)
    #expect(users.status == 0, "\(users.stderr)")
    #expect(users.stdout.contains("usr-A"))
    let usersJSON = try await Self.runClean(
      ["users", "--email", "exists@example.test", "--json"], server: server, store: store)
    // The JSON keeps its meaning: the escapes are \u escapes, and it parses.
    #expect((try? JSONValue.parse(usersJSON.stdoutBytes)) != nil)
    #expect(usersJSON.stdout.contains("\\u001B") || usersJSON.stdout.contains("\\u001b"))

    let fix = try await Self.runClean(["fix", "usr-1"], server: server, store: store)
    #expect(fix.status == 0, "\(fix.stderr)")
    #expect(fix.stdout.contains("User usr-1"))
    let update = try await Self.runClean(
      ["fix", "usr-1", "--set", "source_of_funds=salary"], server: server, store: store)
    #expect(update.stdout.contains("Kira updated: "), "\(update.stderr)")
    let reissue = try await Self.runClean(["fix", "rej-1", "--reissue"], server: server, store: store)
    #expect(reissue.stdout.contains("verification link: (none: the verification link Kira sent was refused"))
    let missing = try await Self.runClean(["fix", "nobody/.."], server: server, store: store)
    #expect(missing.status != 0)

    // validate: a body and a file name full of escapes (outside input too).
    var hostileBody = rejectedBody
    hostileBody["first_name"] = .string(HostilePayload.text)
    hostileBody["occupation"] = .string(HostilePayload.text)
    let hostileName = "body\u{1B}]0;PWNED\u{07}\u{202E}.json"
    try JSONValue.object(hostileBody).encoded().write(to: folder.appendingPathComponent(hostileName))
    let validate = try await Self.runClean(
      ["validate", hostileName], server: server, store: store, workingDirectory: folder)
    #expect(validate.status == 65, "\(validate.stderr)")
    let unreadable = try await Self.runClean(
      ["validate", "missing\u{1B}[2J\u{9B}31m.json"], server: server, store: store, workingDirectory: folder)
    #expect(unreadable.status != 0)
  }

  // MARK: - Absurd numbers and statuses

  /// A server answering `/auth` with `auth`, the user list with `list`, and a create with `create`.
  static func server(
    auth: HostileServer.Response = authAnswer, list: HostileServer.Response? = nil,
    create: HostileServer.Response? = nil
  ) throws -> HostileServer {
    try HostileServer { request in
      switch (request.method, request.path) {
      case ("POST", "auth"): return auth
      case ("GET", "v1/users"):
        return list
          ?? json(200, .raw(#"{"data":[],"pagination":{"total":0,"limit":100,"offset":0,"has_more":false}}"#))
      case ("POST", "v1/users"):
        return create ?? json(201, .raw(#"{"id":"usr-1","status":"CREATED"}"#))
      case ("GET", "v1/countries"): return json(500, .raw(#"{"message":"down"}"#))
      default: return json(404, .raw(#"{"message":"no"}"#))
      }
    }
  }

  static func auth(expiresIn: String) -> HostileServer.Response {
    json(
      200,
      .raw(#"{"message":"ok","data":{"access_token":"t","expires_in":\#(expiresIn),"token_type":"Bearer"}}"#))
  }

  @Test(
    "a token lifetime out of range is clamped: users still works",
    arguments: ["1e300", "-1", "0", "\"3600\"", "null", "1.5e-300", "86401", "-1e300"])
  func tokenLifetimeClamped(expiresIn: String) async throws {
    let server = try Self.server(auth: Self.auth(expiresIn: expiresIn))
    let output = try await Self.runClean(
      ["users", "--email", "a@example.test"], server: server, store: Self.freshStore())
    #expect(output.status == 0, "expires_in \(expiresIn): \(output.stderr)")
    #expect(output.stdout.contains("No Kira user has this e-mail"))
  }

  @Test(
    "a token lifetime that is not a number is a clear error naming expires_in",
    arguments: ["\"soon\"", "true", "{}"])
  func tokenLifetimeNotANumber(expiresIn: String) async throws {
    let server = try Self.server(auth: Self.auth(expiresIn: expiresIn))
    let output = try await Self.runClean(
      ["users", "--email", "a@example.test"], server: server, store: Self.freshStore())
    #expect(output.status == 77 || output.status == 69, "\(output.stderr)")
    #expect(output.stderr.contains("expires_in"))
    #expect(output.stderr.contains("must be a number of seconds"))
  }

  @Test(
    "pagination out of range is a clear error naming the field and the rule",
    arguments: [
      ("total", "1e300"), ("limit", "-1"), ("offset", "2.5"), ("total", "\"lots\""), ("offset", "1000000001"),
    ])
  func paginationOutOfRange(field: String, value: String) async throws {
    var page = ["total": "1", "limit": "100", "offset": "0"]
    page[field] = value
    let list = Self.json(
      200,
      .raw(
        #"{"data":[{"id":"usr-1","status":"CREATED"}],"pagination":{"total":\#(page["total"]!),"limit":\#(page["limit"]!),"offset":\#(page["offset"]!),"has_more":false}}"#
      ))
    let server = try Self.server(list: list)
    let output = try await Self.runClean(
      ["users", "--email", "a@example.test"], server: server, store: Self.freshStore())
    #expect(output.status == 69, "\(output.stderr)")
    #expect(output.stderr.contains("pagination.\(field)"))
    #expect(output.stderr.contains("must be a whole number from 0 to 1000000000"))
  }

  @Test("a status that is not a status (999, 600) is a clear error", arguments: [999, 600])
  func absurdStatus(status: Int) async throws {
    let server = try Self.server(list: Self.json(status, .raw(#"{"data":[]}"#)))
    let output = try await Self.runClean(
      ["users", "--email", "a@example.test"], server: server, store: Self.freshStore())
    #expect(output.status == 69, "\(output.stderr)")
    #expect(output.stderr.contains("HTTP status \(status), which is not a status"))
  }

  @Test("a 400 with a huge numeric code is a clear rejection; the code is ignored and said so")
  func hugeErrorCode() async throws {
    let server = try Self.server(
      create: Self.json(
        400,
        .raw(
          #"{"code":1e300,"message":"bad data","details":[{"path":["identifying_information",1e300,"number"],"message":"wrong","code":"custom"}]}"#
        )))
    let (_, file) = try Self.writeBody(
      try Self.validBody(email: "code@example.test"))
    let output = try await Self.runClean(["submit", file.path], server: server, store: Self.freshStore())
    #expect(output.status == 65, "\(output.stderr)")
    #expect(output.stderr.contains("bad data"))
    #expect(output.stderr.contains("error code 1e+300 was ignored"))
    #expect(output.stderr.contains("identifying_information.?.number"))
  }

  @Test("a redirect to a create is no definite answer: the same key goes out again, the body is not refused")
  func redirectToCreate() async throws {
    let redirect = HostileServer.Response(
      status: 307, body: Data(),
      headers: [("Location", "https://evil.test/\u{1B}]0;PWNED\u{07}steal")])
    let server = try Self.server(create: redirect)
    let store = Self.freshStore()
    let (_, file) = try Self.writeBody(
      try Self.validBody(email: "redirect@example.test"))
    let first = try await Self.runClean(["submit", file.path], server: server, store: store)
    #expect(first.status == 75, "\(first.stderr)")
    #expect(first.stderr.contains("HTTP 307"))
    #expect(first.stderr.contains("never followed"))
    let again = try await Self.runClean(["submit", file.path], server: server, store: store)
    #expect(again.status == 75, "\(again.stderr)")
    let keys = server.received.filter { $0.method == "POST" && $0.path == "v1/users" }.map {
      $0.headers["idempotency-key"] ?? ""
    }
    #expect(keys.count == 2)
    #expect(Set(keys).count == 1, "a redirect must not make the body refused: the same key is retried")
    #expect(!server.received.contains { $0.path.contains("steal") })
  }
}

extension HostileServerTests {
  /// The wizard against the same hostile Kira: Review's duplicate warning
  /// and the result screen show what the server sent, and the raw bytes
  /// written to the terminal carry none of its escapes (curses' own CSI
  /// sequences aside).
  @Test("the wizard's screens: Review's duplicate warning and the result, raw bytes checked (tmux)")
  func wizardScreens() async throws {
    let server = try HostileServer(respond: Self.hostileKira)
    let home = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kira-hostile-tmux-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let (_, file) = try Self.writeBody(try Self.validBody(email: "exists.wizard@example.test"))
    var environment = Self.environment(server, store: home.appendingPathComponent("store"))
    environment["HOME"] = home.path
    environment["TMPDIR"] = home.path
    let session = try await TmuxSession(
      arguments: [
        "--load", file.path, "--connect-timeout", "60", "--request-timeout", "120", "--max-attempts", "1",
      ],
      environment: environment, columns: 100, rows: 40)
    defer { session.kill() }
    let titleBefore = try await session.paneTitle()
    let output = home.appendingPathComponent("pane-output")
    try await session.recordOutput(to: output)
    try await session.waitFor(text: "F10 submit")
    // The duplicate warning names the user Kira already has (its id, cleaned).
    try await session.waitFor(text: "usr-A")
    try await session.send(keys: "F10")
    // The reference body lacks a tax ID: F10 asks once more.
    _ = try await session.waitFor(text: "F10 again creates the user anyway")
    try await session.send(keys: "F10")
    // Kira has a user with this e-mail: F10 names it and asks once more.
    _ = try await session.waitFor(text: "F10 again creates a second customer")
    try await session.send(keys: "F10")
    let screen = try await session.waitFor(text: "Kira created the user")
    #expect(screen.contains("refused"), "the javascript: link is refused on the result screen:\n\(screen)")
    #expect(!screen.contains("javascript:alert"))
    #expect(!screen.contains("PWNED"))
    #expect(try await session.paneTitle() == titleBefore)
    try await session.send(keys: "C-q")
    _ = try await session.waitForExit(timeout: 60)
    let bytes = try Data(contentsOf: output)
    #expect(!bytes.isEmpty)
    #expect(
      String(validating: [UInt8](bytes), as: UTF8.self) != nil, "bytes that are not UTF-8 reached the pane")
    let text = String(decoding: bytes, as: UTF8.self)
    for (name, sequence) in [
      ("OSC", "\u{1B}]"), ("DCS", "\u{1B}P"), ("PM", "\u{1B}^"), ("APC", "\u{1B}_"), ("SOS", "\u{1B}X"),
    ] {
      #expect(!text.contains(sequence), "\(name) reached the pane")
    }
    #expect(!text.contains("PWNED"))
    let forbidden = text.unicodeScalars.filter {
      (0x80...0x9F).contains($0.value) || UntrustedText.isBidiControl($0) || [0x07, 0x00].contains($0.value)
    }
    #expect(
      forbidden.isEmpty, "C1, bidi or BEL reached the pane: \(forbidden.map { String($0.value, radix: 16) })")
  }
}
