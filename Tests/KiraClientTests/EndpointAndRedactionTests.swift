import Foundation
import KiraClient
import KiraModels
import Logging
import Testing

@Suite("Base URL rules, redaction and logging")
struct EndpointAndRedactionTests {
  @Test(
    "accepted base URLs",
    arguments: [
      ("https://api.balampay.com/sandbox", KiraEndpoint.Kind.sandbox),
      ("https://api.balampay.com/sandbox/", .sandbox),
      ("https://api.balampay.com", .production),
      ("https://proxy.example.com/kira", .custom),
      ("http://127.0.0.1:8080/sandbox", .custom),
      ("http://127.4.5.6:1", .custom),
      ("http://localhost:9000", .custom),
      ("http://[::1]:9000/x", .custom),
      ("http://LOCALHOST:9000", .custom),
      ("https://xn--kra-0na.example/api", .custom),
    ])
  func accepted(url: String, kind: KiraEndpoint.Kind) throws {
    #expect(try KiraEndpoint(url: url).kind == kind)
  }

  @Test(
    "every spelling of one Kira has one canonical environment",
    arguments: [
      ("http://127.0.0.1:8080", "http://localhost:8080"), ("http://localhost:8080/", "http://localhost:8080"),
      ("http://[::1]:8080", "http://localhost:8080"), ("HTTP://LocalHost:8080//", "http://localhost:8080"),
      ("http://localhost:80/kira/", "http://localhost/kira"),
      ("https://Proxy.Example.COM:443/Kira", "https://proxy.example.com/Kira"),
      ("https://proxy.example.com:8443", "https://proxy.example.com:8443"),
      ("https://API.balampay.com:443/sandbox/", "sandbox"), ("https://api.balampay.com/", "production"),
      ("http://127.0.0.2:8080", "http://127.0.0.2:8080"),
    ])
  func canonicalEnvironment(url: String, canonical: String) throws {
    #expect(try KiraEndpoint(url: url).canonicalEnvironment == canonical)
    #expect(KiraEndpoint.canonicalEnvironment(url) == canonical)
  }

  @Test(
    "recorded environments that are not URLs keep their name",
    arguments: ["sandbox", "production", "SANDBOX (embedded 1a2b3c4d)"])
  func canonicalNames(name: String) {
    #expect(KiraEndpoint.canonicalEnvironment(name) == name)
  }

  @Test(
    "refused base URLs",
    arguments: [
      "http://api.balampay.com/sandbox", "http://10.0.0.1", "http://128.0.0.1", "ftp://example.com",
      "api.balampay.com", "https://user:pw@example.com", "https://example.com/?q=1",
      "http://localhost.evil.com", "http://127.0.0.1.nip.io", "https:///no-host",
    ])
  func refused(url: String) {
    #expect(throws: KiraError.self) { _ = try KiraEndpoint(url: url) }
  }

  @Test("the path prefix is kept for every operation path")
  func prefixKept() throws {
    let sandbox = KiraEndpoint.sandbox
    #expect(sandbox.url(for: KiraAPI.Path.auth).absoluteString == "https://api.balampay.com/sandbox/auth")
    #expect(
      sandbox.url(for: KiraAPI.Path.users).absoluteString == "https://api.balampay.com/sandbox/v1/users")
    let custom = try KiraEndpoint(url: "https://proxy.example.com/a/b/")
    let listed = custom.url(for: "v1/users", query: [URLQueryItem(name: "email", value: "a+b@example.com")])
    #expect(listed.absoluteString.hasPrefix("https://proxy.example.com/a/b/v1/users?email="))
    #expect(KiraEndpoint.production.url(for: "auth").absoluteString == "https://api.balampay.com/auth")
  }

  @Test("credentials never print")
  func credentialsRedacted() {
    let credentials = KiraCredentials(apiKey: "AK-secret", clientID: "CID-secret", password: "PW-secret")
    for text in ["\(credentials)", String(reflecting: credentials)] {
      #expect(!text.contains("secret"))
    }
  }

  @Test("secrets are removed and personal data masked at any depth")
  func redaction() {
    let body: JSONValue = [
      "first_name": "Maria", "last_name": "Gonzalez", "email": "maria.gonzalez@example.com",
      "document_number": "G12345678", "password": "pw", "source_of_funds": "salary",
      "identifying_information": [
        [
          "type": "tax_id", "number": "GOMA900515",
          "documents": [["type": "front", "file": "data:image/jpeg;base64,AAA"]],
        ]
      ],
    ]
    let text = Redactor.redacted(body).encodedString()
    for secret in ["Maria", "Gonzalez", "maria.gonzalez", "G12345678", "GOMA900515", "base64", "\"pw\""] {
      #expect(!text.contains(secret))
    }
    #expect(text.contains("salary"))
    #expect(Redactor.maskEmail("maria.gonzalez@example.com") == "m•••@e•••.com")
    #expect(Redactor.maskName("María José") == "M••• J•••")
  }

  @Test(
    "log lines are stamped in UTC, ISO 8601 with milliseconds, agreeing with ISO8601DateFormatter",
    arguments: [
      (0.0, "1970-01-01T00:00:00.000Z"), (1_767_225_599.999, "2025-12-31T23:59:59.999Z"),
      (951_782_400.5, "2000-02-29T00:00:00.500Z"), (-0.25, "1969-12-31T23:59:59.750Z"),
      (1_795_000_000.042, "2026-11-18T11:06:40.042Z"),
    ])
  func logTimestamp(seconds: Double, expected: String) {
    let date = Date(timeIntervalSince1970: seconds)
    #expect(FileLogHandler.timestamp(date) == expected)
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
    #expect(FileLogHandler.timestamp(date) == formatter.string(from: date))
  }

  @Test("the file log handler writes lines to a 0600 file and nothing else")
  func fileLog() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kira-log-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("state/kira-onboard.log")
    let sink = try FileLogHandler.Sink(url: url)
    var logger = Logger(label: "test") { FileLogHandler(label: $0, sink: sink) }
    logger.logLevel = .debug
    logger.info("kira response", metadata: ["status": "201"])
    let text = try String(contentsOf: url, encoding: .utf8)
    #expect(text.contains("info test: kira response status=201"))
    let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int
    #expect(mode == 0o600)
    #expect(
      FileLogHandler.defaultURL(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/op"]).path
        == "/x/state/kira-onboard/kira-onboard.log")
    #expect(
      FileLogHandler.defaultURL(environment: ["HOME": "/home/op"]).path
        == "/home/op/.local/state/kira-onboard/kira-onboard.log")
  }
}
