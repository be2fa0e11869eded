import Foundation
import KiraBatch
import KiraModels
import Testing

@Suite("Batch results file, summary, progress and derived keys")
struct BatchOutputTests {
  static let results = [
    BatchRowResult(row: 1, status: .created, userID: "u-1", idempotencyKey: "k1"),
    BatchRowResult(row: 2, status: .rejected, error: "HTTP 400: document_number: bad, really [custom]"),
    BatchRowResult(row: 3, status: .invalid, error: "=HYPERLINK(\"x\")"),
  ]

  @Test("CSV results quote commas and quotes and defuse formulas; they read back with the parser")
  func csv() throws {
    let data = BatchResultsFile.encode(Self.results, as: .csv)
    let records = try CSVParser.parse(data)
    #expect(records[0].cells == ["row", "user_id", "status", "error", "idempotency_key"])
    #expect(records[1].cells == ["1", "u-1", "created", "", "k1"])
    #expect(records[2].cells[3] == "HTTP 400: document_number: bad, really [custom]")
    #expect(records[3].cells[3] == "'=HYPERLINK(\"x\")")
  }

  @Test("JSON results carry every row and the counts")
  func json() throws {
    let value = try JSONValue.parse(BatchResultsFile.encode(Self.results, as: .json))
    #expect(value["rows"]?.arrayValue?.count == 3)
    #expect(value["rows"]?.arrayValue?.first?["user_id"]?.stringValue == "u-1")
    #expect(value["counts"]?["created"]?.numberValue == 1)
    #expect(value["counts"]?["rejected"]?.numberValue == 1)
  }

  @Test("results format by extension", arguments: [("r.csv", "csv"), ("R.JSON", "json"), ("r.txt", nil)])
  func format(_ path: String, _ expected: String?) {
    #expect(BatchResultsFile.format(forPath: path)?.rawValue == expected)
  }

  @Test("the summary counts each status and lists the rows without a user")
  func summary() {
    let lines = BatchSummary.lines(Self.results, elapsed: 3.2)
    #expect(lines.contains { $0.hasPrefix("created") && $0.hasSuffix("1") })
    #expect(lines.contains { $0.hasPrefix("total") && $0.hasSuffix("3") })
    #expect(lines.contains { $0.hasPrefix("2     rejected") })
    #expect(!lines.contains { $0.hasPrefix("1     created") })
  }

  @Test("the progress bar fits its width and says rate, done, failed and ETA")
  func progress() {
    var progress = BatchProgress(total: 200, configuredRate: 10)
    progress.done = 50
    progress.failed = 2
    progress.elapsed = 5.2
    let bar = progress.bar(width: 80)
    #expect(bar.count < 80)
    #expect(
      bar.contains("52/200") && bar.contains(" 10.0 rows/s") && bar.contains("2 failed")
        && bar.contains("ETA 15 s"))
    #expect(progress.plainLine == "progress: 52/200 done=50 failed=2 rate=10.0/s eta=15s")
  }

  @Test("derived keys: UUID v4, stable per body, tenant and environment, different otherwise")
  func derivedKeys() {
    let keys = BatchKeyDerivation(
      clientID: "3F1C2B9E-0000-4000-8000-000000000001", environment: "http://127.0.0.1:1/sandbox")
    let key = keys.idempotencyKey(bodySHA256: "aa")
    let uuid = UUID(uuidString: key)
    #expect(uuid != nil && key == key.lowercased())
    #expect(Array(key)[14] == "4" && "89ab".contains(Array(key)[19]))
    #expect(keys.idempotencyKey(bodySHA256: "aa") == key)
    #expect(keys.idempotencyKey(bodySHA256: "ab") != key)
    let other = BatchKeyDerivation(
      clientID: "3f1c2b9e-0000-4000-8000-000000000001", environment: "production")
    #expect(other.idempotencyKey(bodySHA256: "aa") != key)
  }
}
