import Foundation
import Logging

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A swift-log handler that appends one line per message to a file (mode
/// 0600, folder 0700), never to stdout/stderr, so logs cannot disturb a UI.
public struct FileLogHandler: LogHandler {
  /// The shared, locked file writer behind every handler copy.
  public final class Sink: @unchecked Sendable {
    private let lock = NSLock()
    private let handle: FileHandle
    /// Where the lines go.
    public let url: URL

    /// Opens (creating if needed) the log file for appending.
    public init(url: URL) throws {
      let folder = url.deletingLastPathComponent()
      try FileManager.default.createDirectory(
        at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      // Never through a link, never another user's file; an existing wider
      // log (0644) becomes 0600.
      guard let descriptor = try OwnedFile.open(url.path, flags: O_WRONLY | O_APPEND | O_CREAT) else {
        throw OwnedFileError.system(path: url.path, reason: "cannot create the log")
      }
      self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
      self.url = url
    }

    deinit {
      try? handle.close()
    }

    /// Appends one line.
    public func write(_ line: String) {
      lock.lock()
      defer { lock.unlock() }
      try? handle.write(contentsOf: Data((line + "\n").utf8))
    }
  }

  private let sink: Sink
  private let label: String
  /// Messages below this level are dropped.
  public var logLevel: Logger.Level = .info
  /// Metadata added to every message.
  public var metadata: Logger.Metadata = [:]

  /// A handler writing to `sink`.
  public init(label: String, sink: Sink) {
    self.label = label
    self.sink = sink
  }

  /// Metadata lookup.
  public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
    get { metadata[key] }
    set { metadata[key] = newValue }
  }

  /// Writes `timestamp level label: message key=value ...`.
  public func log(event: LogEvent) {
    var merged = metadata
    if let extra = event.metadata { merged.merge(extra) { _, new in new } }
    let fields = merged.keys.sorted().map { "\($0)=\(merged[$0]!)" }.joined(separator: " ")
    let timestamp = Self.timestamp(Date())
    sink.write(
      "\(timestamp) \(event.level) \(label): \(event.message)\(fields.isEmpty ? "" : " " + fields)")
  }

  /// `date` in UTC as ISO 8601 with milliseconds (`2026-11-27T14:31:58.139Z`),
  /// from the C library's calendar: `ISO8601DateFormatter` loads ICU's
  /// calendar and time-zone data (megabytes resident) for every log line.
  public static func timestamp(_ date: Date) -> String {
    let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
    var seconds = time_t(milliseconds >= 0 ? milliseconds / 1000 : (milliseconds - 999) / 1000)
    let fraction = Int(milliseconds - Int64(seconds) * 1000)
    var parts = tm()
    guard gmtime_r(&seconds, &parts) != nil else { return "\(date.timeIntervalSince1970)" }
    func padded(_ value: Int32, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return padded(parts.tm_year + 1900, 4) + "-" + padded(parts.tm_mon + 1, 2) + "-"
      + padded(parts.tm_mday, 2)
      + "T" + padded(parts.tm_hour, 2) + ":" + padded(parts.tm_min, 2) + ":" + padded(parts.tm_sec, 2) + "."
      + padded(Int32(fraction), 3) + "Z"
  }

  /// The default log file: `$XDG_STATE_HOME/kira-onboard/kira-onboard.log`
  /// (or `~/.local/state/kira-onboard/kira-onboard.log`).
  public static func defaultURL(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    let base: URL
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      base = URL(fileURLWithPath: state)
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      base = URL(fileURLWithPath: home).appendingPathComponent(".local/state")
    }
    return base.appendingPathComponent("kira-onboard/kira-onboard.log")
  }
}
