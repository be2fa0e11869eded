import Foundation
import KYCForm
import KiraModels

/// Measures the form model: validation throughput on one thread, and the time
/// and peak memory to build a payload around a 10 MB document image.
enum ValidationBench {
  /// Runs both measurements and returns the report lines.
  static func run() async -> [String] {
    var lines = ["validation (KYCForm, one thread)"]
    lines += throughput(seconds: 3)
    lines += largeImagePayload(bytes: 10_000_000)
    return lines
  }

  /// Bodies per second for body -> form values -> `validateAll` (rules only,
  /// no payload), on the calling thread, for about `seconds`.
  static func throughput(seconds budgetSeconds: Double) -> [String] {
    let form = OnboardingForm.individual
    let image = jpeg(paddedTo: 2_000)
    let policy = ValidationPolicy(fileReader: MemoryReader(files: ["front.jpg": image]))
    let bodies = sampleBodies(imageDataURI: "data:image/jpeg;base64," + image.base64EncodedString())
    var count = 0
    var issues = 0
    let clock = ContinuousClock()
    let start = clock.now
    let budget = Duration.milliseconds(Int(budgetSeconds * 1000))
    while clock.now - start < budget {
      for body in bodies {
        issues += form.validateAll(form.values(fromPayload: body), policy: policy).count
        count += 1
      }
    }
    let elapsed = Self.seconds(clock.now - start)
    let rate = Double(count) / elapsed
    return [
      "  throughput: \(Int(rate.rounded())) bodies/s (\(count) bodies in \(format(elapsed)) s, "
        + "\(bodies.count) sample bodies, \(issues / max(count, 1)) issues per body on average)"
    ]
  }

  /// Time and peak memory (VmHWM) to validate and build the JSON body for a
  /// form whose front image is a `bytes`-byte JPEG file.
  static func largeImagePayload(bytes: Int) -> [String] {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("kira-bench-\(ProcessInfo.processInfo.processIdentifier)")
    let file = folder.appendingPathComponent("front.jpg")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try jpeg(paddedTo: bytes).write(to: file)
    } catch {
      return ["  10 MB image: could not write the test image (\(error))"]
    }
    let form = OnboardingForm.individual
    let policy = ValidationPolicy.standard()
    var values = form.values(fromPayload: sampleBodies(imageDataURI: file.path)[0])
    values[.documentFrontImage] = file.path
    let peakWasReset = MemoryStatus.resetPeak()
    let before = MemoryStatus.read()
    let clock = ContinuousClock()
    let start = clock.now
    let errors = form.validateAll(values, policy: policy).filter { $0.severity == .error }
    let validated = clock.now
    let encodedSize: Int
    do {
      let payload = try form.payload(from: values, policy: policy)
      encodedSize = payload.encoded().count
    } catch {
      return ["  10 MB image: payload failed: \(error)"]
    }
    let end = clock.now
    let after = MemoryStatus.read()
    return [
      "  10 MB image (\(bytes) bytes JPEG): validate \(milliseconds(validated - start)) ms, "
        + "payload + JSON encoding \(milliseconds(end - validated)) ms, total \(milliseconds(end - start)) ms, "
        + "\(errors.count) errors, body \(encodedSize) bytes",
      "  peak memory (VmHWM\(peakWasReset ? ", reset before the run" : "")): "
        + "\(mebibytes(before.peakKiB)) MiB before, \(mebibytes(after.peakKiB)) MiB after "
        + "(+\(mebibytes(after.peakKiB - before.peakKiB)) MiB); RSS now \(mebibytes(after.residentKiB)) MiB",
    ]
  }

  /// Two realistic bodies (Mexico and USA) with an embedded image.
  static func sampleBodies(imageDataURI: String) -> [JSONValue] {
    let mexico: JSONValue = [
      "type": "individual", "verification_mode": "automatic", "first_name": "María José",
      "last_name": "Ñúñez", "birth_date": "1990-05-15", "email": "maria.test@example.com",
      "phone": "+52 55 1234 5678", "nationality": "mexico", "address_street": "Av. Reforma 123",
      "address_city": "Ciudad de México", "address_state": "CDMX", "address_zip_code": "06600",
      "address_country": "MEX", "immigration_status": "Non-Resident of U.S.", "employment_status": "employed",
      "current_employer": "Self", "occupation": "Software Engineer", "account_purpose": "receive_payments",
      "source_of_funds": "salary", "expected_monthly_payments": "4", "pep_status": false,
      "identifying_information": [
        [
          "type": "passport", "issuing_country": "MEX", "number": "G12345678", "expiration": "2030-05-15",
          "documents": [["type": "front", "file": .string(imageDataURI)]],
        ],
        ["type": "tax_id", "issuing_country": "MEX", "number": "GODE561231GR8"],
      ],
      "additional_info": ["has_us_bank_account": "no", "has_denied_bank_account": "no"],
      "metadata": ["branch": "CDMX-01"],
    ]
    let usa: JSONValue = [
      "type": "individual", "first_name": "John", "last_name": "Smith", "birth_date": "1985-01-31",
      "email": "john.smith@example.com", "phone": "+1 (415) 555-0100", "nationality": "USA",
      "address_street": "1 Market St", "address_city": "San Francisco", "address_state": "CA",
      "address_zip_code": "94105", "address_country": "USA", "source_of_funds": "salary",
      "identifying_information": [
        [
          "type": "drivers_license", "issuing_country": "USA", "number": "D1234567",
          "documents": [
            ["type": "front", "file": .string(imageDataURI)],
            ["type": "back", "file": .string(imageDataURI)],
          ],
        ],
        ["type": "ssn", "issuing_country": "USA", "number": "123-45-6789"],
      ],
    ]
    return [mexico, usa]
  }

  /// A baseline JPEG (8x8 grey) padded with comment segments to `size` bytes or a little more.
  static func jpeg(paddedTo size: Int) -> Data {
    var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)
    bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x08, 0x00, 0x08, 0x01, 0x01, 0x11, 0x00]
    bytes += [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
    bytes += [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]
    let tail: [UInt8] = [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00, 0x3F, 0xFF, 0xD9]
    var remaining = size - bytes.count - tail.count
    bytes.reserveCapacity(size + 8)
    while remaining > 4 {
      let chunk = min(remaining - 4, 65_533)
      bytes += [0xFF, 0xFE, UInt8((chunk + 2) >> 8), UInt8((chunk + 2) & 0xFF)]
      bytes += [UInt8](repeating: 0x20, count: chunk)
      remaining -= chunk + 4
    }
    return Data(bytes + tail)
  }

  /// Files served from memory, so throughput measures the rules, not the disk.
  struct MemoryReader: FileReading {
    let files: [String: Data]

    func contents(ofFile path: String) throws -> Data {
      guard let data = files[path] else { throw FileReadingError.notFound(path: path) }
      return data
    }
  }

  /// Peak and current resident memory from `/proc/self/status` (Linux; 0 elsewhere).
  struct MemoryStatus {
    var peakKiB: Int
    var residentKiB: Int

    /// Resets VmHWM to the current RSS (Linux: `5` into `/proc/self/clear_refs`); false when not possible.
    static func resetPeak() -> Bool {
      guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return false }
      defer { try? handle.close() }
      return (try? handle.write(contentsOf: Data("5".utf8))) != nil
    }

    static func read() -> MemoryStatus {
      guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
        return MemoryStatus(peakKiB: 0, residentKiB: 0)
      }
      func value(_ key: String) -> Int {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + ":") }) else {
          return 0
        }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
      }
      return MemoryStatus(peakKiB: value("VmHWM"), residentKiB: value("VmRSS"))
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  private static func milliseconds(_ duration: Duration) -> String {
    format(seconds(duration) * 1000)
  }

  private static func mebibytes(_ kib: Int) -> String {
    format(Double(kib) / 1024)
  }

  private static func format(_ value: Double) -> String {
    String(format: "%.1f", value)
  }
}
