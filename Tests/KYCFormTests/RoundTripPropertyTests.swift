import Foundation
import KYCForm
import KiraModels
import Testing

/// SplitMix64: small, seeded, reproducible.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random form states, valid or not, built from pools of realistic and hostile values.
enum RandomForms {
  static let names = ["Maria", "María José", "Ñúñez", "山田 太郎", "O'Brien", "Zoë", "محمد", "Jean-Luc", "X"]
  static let texts = [
    "Av. Reforma 123", "Calle 5 de Mayo #12", "Ciudad de México", "São Paulo", "東京都", "a=b;c",
  ]
  static let dates = ["1990-05-15", "2000-02-29", "2031-12-31", "1990-02-30", "19900515", "not a date"]
  static let countries = ["MEX", "USA", "BRA", "mx", "Alemania", "RUS", "XYZ", "united states"]
  static let phones = ["+525512345678", "+1 (415) 555-0100", "12345", "+44 20 7946 0958"]
  static let emails = ["maria@example.com", "a@b.co", "broken@", "josé@ejemplo.mx"]
  static let files = ["/docs/front.jpg", "/docs/back.png", TinyImages.jpegDataURI]
  static let metadataValues = ["SF-01", "a;b", "x=y", "back\\slash", "ñ", "7"]

  static func pick<T>(_ pool: [T], _ rng: inout SeededGenerator) -> T {
    pool[Int(rng.next() % UInt64(pool.count))]
  }

  static func chance(_ percent: UInt64, _ rng: inout SeededGenerator) -> Bool {
    rng.next() % 100 < percent
  }

  /// A random state: each field filled with probability ~60%, from its pool.
  static func state(_ rng: inout SeededGenerator) -> FormValues {
    var values = FormValues()
    for field in OnboardingForm.individual.fields where chance(60, &rng) {
      values[field.id] = value(for: field, &rng)
    }
    if chance(30, &rng) { values.extras["kyc_id"] = .string("kyc-\(rng.next() % 1000)") }
    if chance(30, &rng) { values.extras["additional_info.other_flag"] = .bool(chance(50, &rng)) }
    if chance(20, &rng) {
      values.extras["identifying_information"] = [["type": "file_proof_of_address", "number": "POA-1"]]
    }
    return values
  }

  static func value(for field: FieldDefinition, _ rng: inout SeededGenerator) -> String {
    switch field.kind {
    case .choice(let options): return chance(90, &rng) ? pick(options, &rng).value : "bogus"
    case .yesNo: return pick(["yes", "no", "Y", "No"], &rng)
    case .date: return pick(dates, &rng)
    case .country: return pick(countries, &rng)
    case .subdivision: return pick(["CDMX", "CA", "Jalisco", "ZZ", "N/A"], &rng)
    case .file: return pick(files, &rng)
    case .secret: return pick(["123-45-6789", "GODE561231GR8", "RFC#1"], &rng)
    case .keyValue:
      let count = Int(rng.next() % 3) + 1
      let entries = (0..<count).map { MetadataEntry(key: "k\($0)", value: pick(metadataValues, &rng)) }
      return MetadataText.format(entries)
    case .text:
      switch field.id {
      case .email: return pick(emails, &rng)
      case .phone: return pick(phones, &rng)
      case .firstName, .lastName, .middleName: return pick(names, &rng)
      default: return pick(texts, &rng)
      }
    }
  }
}

/// Random form states round-trip: state -> payload -> state -> payload.
@Suite("Round-trip property")
struct RoundTripPropertyTests {
  let form = OnboardingForm.individual
  let policy = Fixtures.policy(maxDocumentBytes: 10_000_000)

  @Test("400 random states: the payload is stable and every visible value survives", arguments: [1, 2, 3, 4])
  func randomStatesRoundTrip(seed: UInt64) throws {
    var rng = SeededGenerator(state: seed)
    for iteration in 0..<100 {
      let state = RandomForms.state(&rng)
      let first = try form.payload(from: state, policy: policy)
      let loaded = form.values(fromPayload: first)
      let second = try form.payload(from: loaded, policy: policy)
      #expect(first == second, "seed \(seed) iteration \(iteration)")
      let normalized = form.normalizedAll(state)
      for field in form.fields where field.kind != .file && field.isVisible(in: normalized) {
        #expect(
          loaded[field.id] == normalized[field.id],
          "seed \(seed) iteration \(iteration): \(field.id) \(normalized[field.id]) -> \(loaded[field.id])")
      }
      for key in state.extras.keys {
        #expect(loaded.extras[key] == state.extras[key], "extra \(key) lost")
      }
      #expect(first.encodedString().contains("\"\"") == false, "an empty string was sent")
    }
  }

  @Test("validation of random states never crashes and codes are stable snake_case")
  func randomStatesValidate() {
    var rng = SeededGenerator(state: 99)
    for _ in 0..<200 {
      let state = RandomForms.state(&rng)
      for issue in form.validateAll(state, policy: policy) {
        #expect(!issue.code.isEmpty && issue.code.allSatisfy { $0.isLowercase || $0 == "_" })
        #expect(!issue.message.isEmpty && !issue.message.contains("\n"))
        #expect(form.field(issue.field) != nil)
      }
    }
  }
}
