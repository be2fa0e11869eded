import Foundation
import KYCForm
import KiraModels

/// Files held in memory, keyed by path.
struct InMemoryFileReader: FileReading {
  var files: [String: Data]
  var unreadable: Set<String> = []

  func contents(ofFile path: String) throws -> Data {
    if unreadable.contains(path) { throw FileReadingError.unreadable(path: path, reason: "test") }
    guard let data = files[path] else { throw FileReadingError.notFound(path: path) }
    return data
  }
}

/// Shared fixtures: a fixed clock, in-memory files, the reference body.
enum Fixtures {
  /// 2026-06-15 12:00 UTC.
  static let today = Date(timeIntervalSince1970: 1_781_524_800)

  /// Images the in-memory reader serves.
  static let files: [String: Data] = [
    "/docs/front.jpg": TinyImages.jpeg(),
    "/docs/back.png": TinyImages.png,
    "/docs/empty.jpg": Data(),
    "/docs/picture.gif": TinyImages.gif,
    "/docs/notes.txt": Data("hello".utf8),
    "/docs/big.jpg": TinyImages.jpeg(padding: 2_000),
    "/docs/bill.pdf": TinyImages.pdf,
  ]

  /// The policy tests use: fixed day in UTC, in-memory files, 1,000-byte image limit
  /// so `big.jpg` is over it.
  static func policy(minimumAge: Int = 18, maxDocumentBytes: Int = 1_000) -> ValidationPolicy {
    ValidationPolicy(
      minimumAge: minimumAge, maxDocumentBytes: maxDocumentBytes, today: today,
      timeZone: TimeZone(identifier: "UTC")!,
      fileReader: InMemoryFileReader(files: files, unreadable: ["/docs/locked.jpg"]))
  }

  /// The reference page's Maria Gonzalez body (`Tests/Fixtures/maria-gonzalez.json`, shared
  /// with the end-to-end tests), with a real JPEG in place of its PLACEHOLDER image.
  static var mariaBody: JSONValue {
    get throws {
      let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
      let template = try String(
        contentsOf: tests.appendingPathComponent("Fixtures/maria-gonzalez.json"), encoding: .utf8)
      let image = TinyImages.jpeg().base64EncodedString()
      return try JSONValue.parse(Data(template.replacingOccurrences(of: "PLACEHOLDER", with: image).utf8))
    }
  }

  /// A complete, valid set of answers for a USA customer.
  static var validUSA: FormValues {
    FormValues(values: [
      .verificationMode: "automatic", .firstName: "John", .lastName: "Smith", .birthDate: "1985-01-31",
      .gender: "male", .nationality: "USA", .email: "john.smith@example.com", .phone: "+14155550100",
      .addressStreet: "1 Market St", .addressCity: "San Francisco", .addressState: "CA",
      .addressZipCode: "94105", .addressCountry: "USA", .documentType: "drivers_license",
      .documentNumber: "D1234567", .documentCountry: "USA", .documentExpiration: "2029-01-31",
      .documentFrontImage: "/docs/front.jpg", .documentBackImage: "/docs/back.png",
      .taxIDNumber: "123-45-6789", .employmentStatus: "employed", .occupation: "Engineer",
      .currentEmployer: "Acme", .sourceOfFunds: "salary", .accountPurpose: "receive_salary",
      .pepStatus: "no", .proofOfAddress: "/docs/bill.pdf",
    ])
  }

  /// A valid set of answers for a customer in Mexico: no errors, but not
  /// all Kira needs to verify her (readiness reminders remain).
  static var validMexico: FormValues {
    FormValues(values: [
      .verificationMode: "automatic", .firstName: "María José", .lastName: "Ñúñez", .birthDate: "1990-05-15",
      .email: "maria@example.com", .addressCountry: "MEX", .addressStreet: "Av. Reforma 123",
      .addressCity: "Ciudad de México", .addressState: "CDMX", .addressZipCode: "06600",
      .sourceOfFunds: "salary", .expectedMonthlyPayments: "5", .taxIDNumber: "GODE561231GR8",
    ])
  }
}
