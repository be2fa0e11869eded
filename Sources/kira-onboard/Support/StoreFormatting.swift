import Foundation
import KiraStore

/// Plain-text helpers for the store commands' output (ages, times, tables).
enum StoreFormatting {
  /// "45s", "12m", "3h 5m", "2d 4h".
  static func age(from date: Date, now: Date) -> String {
    let seconds = max(0, Int(now.timeIntervalSince(date)))
    switch seconds {
    case ..<60: return "\(seconds)s"
    case ..<3_600: return "\(seconds / 60)m"
    case ..<86_400:
      let minutes = (seconds % 3_600) / 60
      return "\(seconds / 3_600)h" + (minutes > 0 ? " \(minutes)m" : "")
    default:
      let hours = (seconds % 86_400) / 3_600
      return "\(seconds / 86_400)d" + (hours > 0 ? " \(hours)h" : "")
    }
  }

  /// "2026-04-20 10:00:03Z".
  static func timestamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm:ss'Z'"
    return formatter.string(from: date)
  }

  /// Columns padded to their widest cell (by characters), two spaces apart;
  /// leading indentation kept, trailing spaces dropped.
  static func table(_ rows: [[String]]) -> [String] {
    guard let columns = rows.map(\.count).max() else { return [] }
    var widths = Array(repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
      }.joined(separator: "  ")
    }.map { line in
      var line = line
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// A JSON encoder for command output: snake_case keys, ISO 8601 dates, sorted.
  static var jsonEncoder: JSONEncoder {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return encoder
  }
}
