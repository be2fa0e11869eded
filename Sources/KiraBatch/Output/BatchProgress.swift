import Foundation

/// Where a running batch stands, and how it reads on a terminal (a bar
/// redrawn in place) or in a log (plain lines).
public struct BatchProgress: Sendable, Hashable {
  /// Rows to send in this run.
  public var total: Int
  /// Rows ended with a user (created now or before).
  public var done: Int = 0
  /// Rows ended without one.
  public var failed: Int = 0
  /// Seconds since the first row started.
  public var elapsed: Double = 0
  /// The configured rate, used for the estimate until rows have ended.
  public var configuredRate: Double

  /// Creates the progress of a batch of `total` rows.
  public init(total: Int, configuredRate: Double) {
    self.total = total
    self.configuredRate = configuredRate
  }

  /// Rows ended so far.
  public var ended: Int { done + failed }

  /// Rows per second so far (nil before one second or one row).
  public var rate: Double? {
    guard elapsed >= 1, ended > 0 else { return nil }
    return Double(ended) / elapsed
  }

  /// Seconds left, from the rate so far (or the configured one).
  public var secondsLeft: Double {
    let speed = rate ?? configuredRate
    guard speed > 0 else { return 0 }
    return Double(max(0, total - ended)) / speed
  }

  /// `[##########----------]  57/200  9.8 rows/s  2 failed  ETA 15 s`, at most `width` columns.
  public func bar(width: Int) -> String {
    // Counts padded to the total's width and the bar sized for the widest
    // tail, so the bar does not jump as the numbers grow.
    let digits = String(total).count
    let count = String(repeating: " ", count: max(0, digits - String(ended).count)) + String(ended)
    let speed = rate.map { String(format: "%.1f", $0) } ?? "-"
    let tail =
      "  \(count)/\(total)  \(String(repeating: " ", count: max(0, 5 - speed.count)) + speed) rows/s  "
      + "\(failed) failed  ETA \(Self.duration(secondsLeft))"
    let widestTail = 2 * digits + 46
    let room = max(10, min(40, width - widestTail - 3))
    let filled = total == 0 ? room : Int((Double(ended) / Double(total) * Double(room)).rounded(.down))
    let line =
      "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: room - filled) + "]" + tail
    return String(line.prefix(max(1, width - 1)))
  }

  /// `progress: 57/200 done=55 failed=2 rate=9.8/s eta=15s`.
  public var plainLine: String {
    "progress: \(ended)/\(total) done=\(done) failed=\(failed) rate=\(rate.map { String(format: "%.1f", $0) } ?? "-")/s eta=\(Int(secondsLeft.rounded(.up)))s"
  }

  /// `15 s`, `2 min 05 s`, `1 h 02 min`.
  public static func duration(_ seconds: Double) -> String {
    let total = Int(max(0, seconds).rounded(.up))
    if total < 60 { return "\(total) s" }
    if total < 3600 { return "\(total / 60) min \(String(format: "%02d", total % 60)) s" }
    return "\(total / 3600) h \(String(format: "%02d", (total % 3600) / 60)) min"
  }
}

/// The closing table of a batch: how many rows ended how, and each row
/// that did not get a user with its error.
public enum BatchSummary {
  /// The lines of the table.
  public static func lines(_ results: [BatchRowResult], elapsed: Double) -> [String] {
    var lines = ["", "STATUS            ROWS"]
    for status in BatchRowStatus.allCases {
      let count = results.filter { $0.status == status }.count
      guard count > 0 else { continue }
      lines.append(
        status.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%6d", count))
    }
    lines.append(
      "total".padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%6d", results.count))
    lines.append(
      "elapsed: " + (elapsed < 60 ? String(format: "%.1f s", elapsed) : BatchProgress.duration(elapsed)))
    let failures = results.filter { !$0.status.hasUser }
    if !failures.isEmpty {
      lines.append("")
      lines.append("ROW   STATUS           ERROR")
      for result in failures.prefix(50) {
        lines.append(
          String(result.row).padding(toLength: 6, withPad: " ", startingAt: 0)
            + result.status.rawValue.padding(toLength: 17, withPad: " ", startingAt: 0) + (result.error ?? "")
        )
      }
      if failures.count > 50 { lines.append("… and \(failures.count - 50) more (see --results)") }
    }
    return lines
  }
}
