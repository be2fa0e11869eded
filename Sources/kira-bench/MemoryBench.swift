import Foundation
import KYCForm
import KiraModels

/// Where the form model's memory goes: the anonymous (heap) and file-backed
/// (code and constant data) resident memory added by the first use of each
/// lazily loaded table (phones, addresses, subdivisions, countries) and by a
/// whole body's validation, in the order a wizard session meets them. Each
/// step's figure is what that step kept resident, not what it touched on the
/// way. (kira-bench is not linked with the wizard's order file, so its code
/// pages are an upper bound of the wizard's.)
enum MemoryBench {
  static func run() -> [String] {
    var lines = [
      "resident memory kept by the form model's lazy tables (anonymous / file-backed, after each first use)"
    ]
    var previous = resident()
    let start = previous
    func step(_ name: String, _ work: () -> Void) {
      work()
      let now = resident()
      lines.append(
        "  \(name): +\(kibibytes(now.anonymous - previous.anonymous)) KiB heap, "
          + "+\(kibibytes(now.file - previous.file)) KiB code and data")
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
    lines.append(
      "  total: +\(kibibytes(previous.anonymous - start.anonymous)) KiB heap, "
        + "+\(kibibytes(previous.file - start.file)) KiB code and data")
    return lines
  }

  /// `RssAnon` and `RssFile` of /proc/self/status, in bytes.
  static func resident() -> (anonymous: Int, file: Int) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return (0, 0)
    }
    func value(_ key: String) -> Int {
      for line in status.split(separator: "\n") where line.hasPrefix(key) {
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
      }
      return 0
    }
    return (value("RssAnon:"), value("RssFile:"))
  }

  static func kibibytes(_ bytes: Int) -> String { String(bytes / 1024) }
}
