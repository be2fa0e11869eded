import Foundation

/// One record of a CSV file: its cells and the line it starts on (1-based),
/// which differs from its index once a quoted cell spans lines.
public struct CSVRecord: Sendable, Hashable {
  /// The cells, unquoted.
  public var cells: [String]
  /// The line the record starts on (1-based, counting the header).
  public var line: Int

  /// Creates a record.
  public init(cells: [String], line: Int) {
    self.cells = cells
    self.line = line
  }
}

/// Why a CSV file could not be read, with where.
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Reason: String, Sendable, Hashable {
    /// The bytes are not UTF-8.
    case invalidUTF8 = "invalid_utf8"
    /// A quoted cell is never closed.
    case unterminatedQuote = "unterminated_quote"
    /// A `"` inside an unquoted cell, or text after a closing quote.
    case strayQuote = "stray_quote"
  }

  /// What went wrong.
  public var reason: Reason
  /// The line (1-based).
  public var line: Int
  /// The column in characters (1-based).
  public var column: Int

  /// Creates an error.
  public init(_ reason: Reason, line: Int, column: Int) {
    self.reason = reason
    self.line = line
    self.column = column
  }

  /// "line 4, column 12: a quoted cell is never closed".
  public var description: String {
    let what: String
    switch reason {
    case .invalidUTF8: what = "the file is not UTF-8 text (save it as CSV UTF-8)"
    case .unterminatedQuote: what = "a quoted cell is never closed (a \" is missing)"
    case .strayQuote: what = "a \" inside a cell must be doubled (\"\") and the cell quoted"
    }
    return "line \(line), column \(column): \(what)"
  }
}

/// RFC 4180 CSV: cells separated by commas, records by CRLF (LF and a lone
/// CR are taken too), a cell in double quotes may hold commas, line breaks
/// and `""` for a quote. A UTF-8 byte-order mark at the start is skipped;
/// lines with only empty cells are skipped; the last record may end without a line break.
public enum CSVParser {
  /// Parses `data` into records.
  /// - Throws: `CSVError` naming the line and column.
  public static func parse(_ data: Data) throws -> [CSVRecord] {
    guard var text = String(data: data, encoding: .utf8) else {
      throw CSVError(.invalidUTF8, line: firstInvalidLine(data), column: 1)
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    return try parse(text)
  }

  /// Parses text into records.
  public static func parse(_ text: String) throws -> [CSVRecord] {
    var records: [CSVRecord] = []
    var cells: [String] = []
    var cell = ""
    var line = 1
    var column = 0
    var recordLine = 1
    var quoted = false
    var inQuotes = false
    var afterClosingQuote = false
    var recordHasContent = false

    func endCell() {
      cells.append(cell)
      cell = ""
      quoted = false
      afterClosingQuote = false
    }
    func endRecord() {
      endCell()
      // A line with nothing on it (spreadsheets export empty rows as ",,,")
      // is not an applicant.
      if cells.contains(where: { !$0.isEmpty }) { records.append(CSVRecord(cells: cells, line: recordLine)) }
      cells = []
      recordHasContent = false
    }

    // Unicode scalars, so "\r\n" (one Character) is seen as two.
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = nil
    func next() -> Unicode.Scalar? {
      if let scalar = pending {
        pending = nil
        return scalar
      }
      return scalars.next()
    }
    while let scalar = next() {
      column += 1
      if inQuotes {
        if scalar == "\"" {
          if let following = next() {
            if following == "\"" {
              column += 1
              cell.unicodeScalars.append("\"")
            } else {
              pending = following
              inQuotes = false
              afterClosingQuote = true
            }
          } else {
            inQuotes = false
            afterClosingQuote = true
          }
        } else {
          if scalar == "\n" || scalar == "\r" {
            if scalar == "\r", let following = next() {
              if following == "\n" {
                cell.unicodeScalars.append("\r")
                cell.unicodeScalars.append("\n")
              } else {
                cell.unicodeScalars.append("\r")
                pending = following
              }
            } else {
              cell.unicodeScalars.append(scalar)
            }
            line += 1
            column = 0
          } else {
            cell.unicodeScalars.append(scalar)
          }
        }
        continue
      }
      switch scalar {
      case ",":
        recordHasContent = true
        endCell()
      case "\r", "\n":
        if scalar == "\r", let following = next(), following != "\n" { pending = following }
        endRecord()
        line += 1
        column = 0
        recordLine = line
      case "\"":
        guard cell.isEmpty, !quoted, !afterClosingQuote else {
          throw CSVError(.strayQuote, line: line, column: column)
        }
        quoted = true
        inQuotes = true
        recordHasContent = true
      default:
        if afterClosingQuote { throw CSVError(.strayQuote, line: line, column: column) }
        cell.unicodeScalars.append(scalar)
        recordHasContent = true
      }
    }
    if inQuotes { throw CSVError(.unterminatedQuote, line: recordLine, column: 1) }
    if recordHasContent || !cells.isEmpty { endRecord() }
    return records
  }

  /// The line of the first byte sequence that is not UTF-8.
  private static func firstInvalidLine(_ data: Data) -> Int {
    var line = 1
    var start = data.startIndex
    for index in data.indices where data[index] == 0x0A {
      if String(data: data[start..<index], encoding: .utf8) == nil { return line }
      line += 1
      start = data.index(after: index)
    }
    return line
  }
}
