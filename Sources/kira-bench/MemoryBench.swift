import Foundation
import KYCForm
import KiraModels

/// Where the form model's heap goes: the bytes malloc holds after the first
/// use of each lazily loaded table (phones, addresses, subdivisions,
/// countries) and after a whole body's validation, in the order a wizard
/// session meets them. Each step's figure is what that step kept, not what it
/// touched on the way.
enum MemoryBench {
  static func run() -> [String] {
    var lines = ["heap kept by the form model's lazy tables (anonymous RSS, after each first use)"]
    var previous = heapInUse()
    let start = previous
    func step(_ name: String, _ work: () -> Void) {
      work()
      let now = heapInUse()
      lines.append("  \(name): +\(kibibytes(now - previous)) KiB")
      previous = now
    }
    step("countries (resolve \"México\")") { _ = Countries.resolve("México") }
    step("phone metadata (parse +52 55 1234 5678)") {
      _ = PhoneNumberParser.parse("+52 55 1234 5678", defaultRegion: "MX")
    }
    step("address data (rules for MEX)") { _ = AddressData.rules(for: "MEX") }
    step("subdivisions (resolve \"CDMX\" in MEX)") {
      _ = SubdivisionCatalog.embedded.resolve("CDMX", country: "MEX")
    }
    step("a whole Mexican body validated") {
      let form = OnboardingForm.individual
      let body = ValidationBench.sampleBodies(imageDataURI: "")[0]
      _ = form.validateAll(form.values(fromPayload: body), policy: ValidationPolicy.standard())
    }
    lines.append("  total: +\(kibibytes(previous - start)) KiB")
    return lines
  }

  /// Anonymous resident memory (`RssAnon` of /proc/self/status) in bytes: the
  /// heap pages touched, which is what the wizard's peak RSS pays for.
  static func heapInUse() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("RssAnon:") {
      return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
    }
    return 0
  }

  static func kibibytes(_ bytes: Int) -> String { String(bytes / 1024) }
}
