import Foundation
import KiraModels
import Testing

@testable import KYCForm

/// Random strings, hostile and plausible, through every field's normalise and
/// validate: nothing crashes, no message carries an invisible or control
/// character, and no accepted value carries one into the payload.
/// 100,000 strings by default; `KIRA_PROPERTY_STRINGS=1000000` for a million
/// (country fields take one string in 50 of their share).
@Suite("Random strings property")
struct RandomStringPropertyTests {
  static let count = ProcessInfo.processInfo.environment["KIRA_PROPERTY_STRINGS"].flatMap(Int.init) ?? 100_000

  /// Pieces strings are made of: realistic fragments and every kind of trouble.
  static let fragments = [
    "María", "José", "Ñúñez", "山田", "محمد", "O'Brien", "+52", " 55 ", "1234", "5678", "@", "example.com",
    "xn--mxico-bsa", ".mx", "GODE561231GR8", "GODE561231HDFRRN00", "123.456.789-09", "20-12345678-6",
    "900373913-4", "576937-K", "123-45-6789", "912-70-1234", "1990-05-15", "19900515", "MEX", "usa",
    "México", "yes", "no", "salary", "employed", "https://", "localhost", "/tmp/", "~/",
    "data:image/png;base64,",
    "k=v", ";", "=", "-", ".", "/", "\\", "\"", "'", "%", "\u{0}", " ", "\t", "\n", "\r\n",
  ]
  static let troubleScalars: [UInt32] = [
    0x00, 0x07, 0x08, 0x1B, 0x7F, 0x85, 0x9B, 0x9D, 0xAD, 0x34F, 0x61C, 0x115F, 0x1160, 0x180E, 0x200B,
    0x200C,
    0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A, 0x202D, 0x202E, 0x2060, 0x2066, 0x2069, 0x206F, 0x3164,
    0xFE0F, 0xFEFF, 0xFFA0, 0xFFF9, 0xFFFC, 0xE000, 0xF8FF, 0xE0001, 0xE0041, 0xE007F, 0xF0000, 0x10FFFD,
    0x0301, 0x0327, 0x20E3, 0x1F600, 0x1F1F2, 0xFF10, 0x0660, 0x0966, 0x00A0, 0x3000, 0x2003,
  ]
  static let countries = ["MEX", "USA", "BRA", "ARG", "COL", "GTM", "ESP", ""]

  static func randomScalar(_ rng: inout SeededGenerator) -> Unicode.Scalar {
    switch rng.next() % 6 {
    case 0: return Unicode.Scalar(UInt8(0x20 + rng.next() % 95))
    case 1: return Unicode.Scalar(troubleScalars[Int(rng.next() % UInt64(troubleScalars.count))])!
    case 2: return Unicode.Scalar(UInt32(0xA0 + rng.next() % 0x2E0))!
    case 3: return Unicode.Scalar(UInt32(0x30 + rng.next() % 10))!
    default:
      while true {
        let value = UInt32(rng.next() % 0x110000)
        if let scalar = Unicode.Scalar(value) { return scalar }
      }
    }
  }

  static func randomString(_ rng: inout SeededGenerator) -> String {
    var text = String.UnicodeScalarView()
    for _ in 0..<Int(rng.next() % 8) {
      if rng.next() % 2 == 0 {
        text.append(contentsOf: fragments[Int(rng.next() % UInt64(fragments.count))].unicodeScalars)
      } else {
        for _ in 0..<Int(1 + rng.next() % 4) { text.append(randomScalar(&rng)) }
      }
    }
    return String(text)
  }

  static func unsafeScalar(in text: String) -> Unicode.Scalar? {
    text.unicodeScalars.first(where: CleanText.isInvisible)
  }

  /// Every string and key of a JSON value.
  static func strings(in value: JSONValue) -> [String] {
    switch value {
    case .string(let text): [text]
    case .array(let elements): elements.flatMap(strings)
    case .object(let members): members.flatMap { [$0.key] + strings(in: $0.value) }
    case .null, .bool, .number: []
    }
  }

  @Test("random strings through every field: no crash, nothing invisible in messages or accepted values")
  func randomStrings() throws {
    let form = OnboardingForm.individual
    let policy = Fixtures.policy()
    let fields = form.fields
    var rng = SeededGenerator(state: 16)
    var accepted = 0
    var payloadsChecked = 0
    for index in 0..<Self.count {
      let field = fields[index % fields.count]
      let text = Self.randomString(&rng)
      // Country fields get one string in 50: resolving a random name searches
      // every country's names (about 0.1 s a string in a debug build).
      if field.kind == .country, (index / fields.count) % 50 != 0 { continue }
      var values = FormValues(values: [.addressCountry: Self.countries[Int(rng.next() % 8)]])
      if field.id == .currentEmployer { values[.employmentStatus] = "employed" }
      if field.id == .redirectURI { values[.verificationMode] = "verification_link" }
      if field.id == .documentBackImage { values[.documentType] = "national_id" }
      values[field.id] = text
      let normalized = form.normalized(text, for: field.id, in: values)
      let issues = form.validate(field: field.id, in: values, policy: policy)
      for issue in issues {
        if let bad = Self.unsafeScalar(in: issue.message + issue.path) {
          Issue.record(
            "\(field.id) \(text.debugDescription): message carries U+\(String(bad.value, radix: 16))")
        }
      }
      guard !issues.contains(where: { $0.severity == .error && $0.field == field.id }), !normalized.isEmpty
      else { continue }
      accepted += 1
      let sent = form.normalizedAll(values)[field.id]
      if let bad = Self.unsafeScalar(in: sent) {
        Issue.record(
          "\(field.id) \(text.debugDescription): accepted value carries U+\(String(bad.value, radix: 16))")
      }
      // Every 50th accepted value goes through the whole payload.
      if accepted % 50 == 0, field.kind != .file {
        let body = try form.payload(from: values, policy: policy)
        payloadsChecked += 1
        if let bad = Self.strings(in: body).lazy.compactMap(Self.unsafeScalar).first {
          Issue.record(
            "\(field.id) \(text.debugDescription): payload carries U+\(String(bad.value, radix: 16))")
        }
      }
    }
    // The generator reaches accepted values too, not only refusals.
    #expect(accepted > Self.count / 50)
    #expect(payloadsChecked > 0)
  }
}
