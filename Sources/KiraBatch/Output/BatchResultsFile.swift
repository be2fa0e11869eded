import Foundation
import KiraModels

/// The machine-readable record of a batch: one entry per row with its
/// number, user id, status and error. CSV or JSON, by the file's extension.
public enum BatchResultsFile {
  /// The file's format.
  public enum Format: String, Sendable {
    /// `row,user_id,status,error` with a header row (RFC 4180 quoting).
    case csv
    /// `{"rows": [{"row", "user_id", "status", "error", "idempotency_key"}], "counts": {...}}`.
    case json
  }

  /// `.json` -> JSON, `.csv` -> CSV; nil for anything else.
  public static func format(forPath path: String) -> Format? {
    let lowered = path.lowercased()
    if lowered.hasSuffix(".json") { return .json }
    if lowered.hasSuffix(".csv") { return .csv }
    return nil
  }

  /// The file's bytes.
  public static func encode(_ results: [BatchRowResult], as format: Format) -> Data {
    switch format {
    case .csv:
      var text = "row,user_id,status,error,idempotency_key\r\n"
      for result in results {
        let cells = [
          String(result.row), result.userID ?? "", result.status.rawValue, result.error ?? "",
          result.idempotencyKey ?? "",
        ]
        text += cells.map(quote).joined(separator: ",") + "\r\n"
      }
      return Data(text.utf8)
    case .json:
      let rows: [JSONValue] = results.map { result in
        .object([
          "row": .number(Double(result.row)), "user_id": result.userID.map(JSONValue.string) ?? .null,
          "status": .string(result.status.rawValue), "error": result.error.map(JSONValue.string) ?? .null,
          "idempotency_key": result.idempotencyKey.map(JSONValue.string) ?? .null,
        ])
      }
      var counts: [String: JSONValue] = [:]
      for status in BatchRowStatus.allCases {
        counts[status.rawValue] = .number(Double(results.filter { $0.status == status }.count))
      }
      return JSONValue.object(["rows": .array(rows), "counts": .object(counts)]).encoded(pretty: true)
    }
  }

  /// A cell quoted when it holds a comma, a quote or a line break; a leading
  /// `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet does not run
  /// it as a formula (an error text comes from the server).
  static func quote(_ cell: String) -> String {
    var cell = cell
    if let first = cell.first, "=+-@".contains(first) { cell = "'" + cell }
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
