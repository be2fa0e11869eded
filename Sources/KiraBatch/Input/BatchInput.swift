import Foundation
import KYCForm
import KiraModels

/// One applicant of a batch, as read from the file (not validated yet).
public struct BatchRow: Sendable {
  /// What the row holds.
  public enum Content: Sendable {
    /// A CSV row: one value per mapped column (file paths as written).
    case values(FormValues)
    /// A JSON Lines row: a `POST /v1/users` body, as `submit FILE` takes.
    case body(JSONValue)
    /// A row that could not be read (bad JSON, wrong number of cells).
    case unreadable(code: String, message: String)
  }

  /// The applicant's number in the file (1-based; a CSV's header is not counted).
  public var number: Int
  /// The line the row starts on.
  public var line: Int
  /// What the row holds.
  public var content: Content

  /// Creates a row.
  public init(number: Int, line: Int, content: Content) {
    self.number = number
    self.line = line
    self.content = content
  }
}

/// A file that cannot be read as a batch (nothing is validated or sent).
public enum BatchInputError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The CSV is not well formed.
  case csv(CSVError)
  /// The header row has columns that are not fields.
  case headers([BatchHeaders.Problem])
  /// No header row, or no applicant.
  case empty(String)

  /// One line per problem.
  public var description: String {
    switch self {
    case .csv(let error): "not a valid CSV file: \(error) [\(error.reason.rawValue)]"
    case .headers(let problems):
      (["the header row is not usable:"] + problems.map { "  \($0)" }).joined(separator: "\n")
    case .empty(let what): what
    }
  }
}

/// The two formats `kira-onboard import` reads.
public enum BatchFormat: String, Sendable, Hashable {
  /// Comma-separated values with a header row.
  case csv
  /// One JSON body per line.
  case jsonLines = "jsonl"

  /// `.jsonl` / `.ndjson` -> JSON Lines, `.csv` -> CSV; otherwise by the first
  /// character that is not a space or a byte-order mark (`{` -> JSON Lines).
  public static func detect(fileName: String, data: Data) -> BatchFormat {
    let lowered = fileName.lowercased()
    if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonLines }
    if lowered.hasSuffix(".csv") { return .csv }
    let first = String(decoding: data.prefix(64), as: UTF8.self).unicodeScalars.first {
      !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\u{FEFF}"
    }
    return first == "{" ? .jsonLines : .csv
  }
}

/// Reads a batch file into rows.
public enum BatchInput {
  /// The rows of `data` in `format`.
  /// - Throws: `BatchInputError` when the file as a whole is unusable (bad
  ///   CSV, unknown columns, no applicant). A single bad row is a row
  ///   `.unreadable`, reported with the others.
  public static func rows(
    of data: Data, format: BatchFormat, form: OnboardingForm = .individual
  ) throws(BatchInputError) -> [BatchRow] {
    let rows: [BatchRow]
    switch format {
    case .csv: rows = try csvRows(data, form: form)
    case .jsonLines: rows = jsonLinesRows(data)
    }
    guard !rows.isEmpty else { throw .empty("the file has no applicant (no row after the header)") }
    return rows
  }

  static func csvRows(_ data: Data, form: OnboardingForm) throws(BatchInputError) -> [BatchRow] {
    let records: [CSVRecord]
    do {
      records = try CSVParser.parse(data)
    } catch let error as CSVError {
      throw .csv(error)
    } catch {
      throw .empty("the file cannot be read as CSV")
    }
    guard let header = records.first else { throw .empty("the file is empty (no header row)") }
    let headers = try BatchHeaders(header.cells, form: form)
    return records.dropFirst().enumerated().map { index, record in
      let number = index + 1
      guard record.cells.count == headers.fields.count else {
        return BatchRow(
          number: number, line: record.line,
          content: .unreadable(
            code: "wrong_cell_count",
            message:
              "the row has \(record.cells.count) cell\(record.cells.count == 1 ? "" : "s"), the header \(headers.fields.count)"
          ))
      }
      var values = FormValues()
      for (field, cell) in zip(headers.fields, record.cells) { values[field] = cell }
      return BatchRow(number: number, line: record.line, content: .values(values))
    }
  }

  static func jsonLinesRows(_ data: Data) -> [BatchRow] {
    var rows: [BatchRow] = []
    var bytes = data
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    var line = 0
    for chunk in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
      line += 1
      var lineBytes = Data(chunk)
      if lineBytes.last == 0x0D { lineBytes.removeLast() }
      let blank = lineBytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
      if blank { continue }
      let number = rows.count + 1
      do {
        let body = try JSONValue.parseStrict(lineBytes)
        rows.append(BatchRow(number: number, line: line, content: .body(body)))
      } catch {
        rows.append(
          BatchRow(
            number: number, line: line,
            content: .unreadable(code: error.code, message: "not valid JSON (\(error))")))
      }
    }
    return rows
  }
}
