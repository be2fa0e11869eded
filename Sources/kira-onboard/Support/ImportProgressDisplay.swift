import Foundation
import KiraBatch

#if canImport(Glibc)
  import Glibc
#endif

/// Shows a running import on stderr: at a terminal a bar redrawn in place
/// (rate, done, failed, ETA) every event and every half second; otherwise a
/// plain line at each tenth of the batch and every ten seconds.
final class ImportProgressDisplay: @unchecked Sendable {
  private let lock = NSLock()
  private var progress: BatchProgress
  private let atTerminal: Bool
  private var startedAt: Date?
  private var endedAt: Date?
  private var ticker: Task<Void, Never>?
  private var lastPlainStep = 0
  private var lastPlainEnded = -1
  private var lastPlainTime = Date()
  private var retries = 0

  init(total: Int, configuredRate: Double, atTerminal: Bool) {
    self.progress = BatchProgress(total: total, configuredRate: configuredRate)
    self.atTerminal = atTerminal
  }

  /// Seconds from `start()` to `finish()` (or now).
  var elapsed: Double {
    lock.withLock {
      guard let startedAt else { return 0 }
      return (endedAt ?? Date()).timeIntervalSince(startedAt)
    }
  }

  func start() {
    lock.withLock { startedAt = Date() }
    let interval: UInt64 = atTerminal ? 500_000_000 : 10_000_000_000
    ticker = Task { [weak self] in
      while !Task.isCancelled {
        try? await Task.sleep(nanoseconds: interval)
        guard let self, !Task.isCancelled else { return }
        self.draw(force: true)
      }
    }
  }

  func handle(_ event: BatchRunner.Event) {
    lock.withLock {
      switch event {
      case .finished(let result):
        if result.status.hasUser { progress.done += 1 } else { progress.failed += 1 }
      case .retry:
        retries += 1
      }
    }
    draw(force: false)
  }

  func finish() {
    ticker?.cancel()
    lock.withLock { endedAt = Date() }
    if atTerminal {
      draw(force: true)
      FileHandle.standardError.write(Data("\n".utf8))
    } else {
      // The closing line, unless the last tenth's line already said it all.
      let line: String? = lock.withLock {
        let shown = current()
        return shown.ended == lastPlainEnded ? nil : shown.plainLine + retryNote
      }
      if let line { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
  }

  private var retryNote: String { retries == 0 ? "" : " retries=\(retries)" }

  private func current() -> BatchProgress {
    var shown = progress
    if let startedAt { shown.elapsed = (endedAt ?? Date()).timeIntervalSince(startedAt) }
    return shown
  }

  private func draw(force: Bool) {
    let text: String? = lock.withLock {
      let shown = current()
      if atTerminal {
        let note = retries == 0 ? "" : "  \(retries) retr\(retries == 1 ? "y" : "ies")"
        return "\r" + shown.bar(width: Self.terminalWidth() - note.count) + note + "\u{1B}[K"
      }
      let step = shown.total == 0 ? 0 : shown.ended * 10 / max(1, shown.total)
      let due = Date().timeIntervalSince(lastPlainTime) >= 10
      guard step > lastPlainStep || (force && due) else { return nil }
      lastPlainStep = max(lastPlainStep, step)
      lastPlainTime = Date()
      lastPlainEnded = shown.ended
      return shown.plainLine + retryNote + "\n"
    }
    if let text { FileHandle.standardError.write(Data(text.utf8)) }
  }

  private static func terminalWidth() -> Int {
    var size = winsize()
    if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }
}
