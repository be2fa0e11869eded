import CNcurses
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives the terminal back on every way out of the process: a normal
/// shutdown, `exit()` (atexit), SIGINT/SIGTERM/SIGHUP/SIGQUIT (restore, then
/// die of the same signal so the shell sees 130/143/129/131), and crashes
/// (restore, then the previous handler runs, e.g. Swift's backtracer).
///
/// While curses owns the screen, file descriptor 2 (stderr) points at an
/// unlinked temporary file, so a stray log line or runtime message can
/// never scribble over the screen; whatever was written is replayed on the
/// real stderr once the terminal is restored, through `TerminalByteFilter`.
///
/// Signal handlers can only reach process-wide state, so this is the one
/// place with mutable globals; they are touched by the main thread while
/// starting and stopping, and by a signal handler at most once.
enum TerminalRestorer {
  /// The signals that end the process and must restore the terminal first.
  static let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  /// Crash signals: restore the terminal, then let the previous handler run.
  static let crashSignals: [Int32] = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]
  /// Both lists, computed once (the handler must not allocate).
  static let handledSignals: [Int32] = terminatingSignals + crashSignals

  /// Marks the screen as owned by curses: captures stderr and installs the
  /// handlers (once per process for atexit).
  static func activate() {
    captureStandardError()
    if previousActions == nil {
      previousActions = .allocate(capacity: signalTableSize)
      previousActions?.initialize(repeating: sigaction(), count: signalTableSize)
      installedSignals = .allocate(capacity: signalTableSize)
      installedSignals?.initialize(repeating: false, count: signalTableSize)
    }
    if !isAtExitRegistered {
      isAtExitRegistered = true
      atexit { TerminalRestorer.restore() }
    }
    for signalNumber in handledSignals {
      installHandler(for: signalNumber)
    }
    isScreenActive = true
  }

  /// Restores the terminal if curses owns it: ends curses, turns bracketed
  /// paste off, gives stderr back and replays what was written to it, and
  /// puts the previous signal handlers back. Safe to call more than once.
  /// `modesWereSet` false: the screen was given up before its first frame
  /// (a terminal that cannot address the cursor), so nothing is written to it.
  static func restore(modesWereSet: Bool = true) {
    guard isScreenActive else { return }
    isScreenActive = false
    endwin()
    if modesWereSet { writeToStandardOutput(disableBracketedPaste) }
    releaseStandardError()
    for signalNumber in handledSignals {
      restoreHandler(for: signalNumber)
    }
  }

  /// True while curses owns the screen.
  static var isActive: Bool { isScreenActive }

  // MARK: - Signals

  private static let signalTableSize = 65

  private static func installHandler(for signalNumber: Int32) {
    guard let previousActions, let installedSignals, signalNumber < signalTableSize else { return }
    let slot = previousActions + Int(signalNumber)
    guard kira_install_signal_handler(signalNumber, handleSignal, slot) == 0 else { return }
    installedSignals[Int(signalNumber)] = true
    if kira_signal_action_ignores(slot) {
      // Keep signals the parent chose to ignore (nohup) ignored.
      _ = kira_restore_signal_handler(signalNumber, slot)
      installedSignals[Int(signalNumber)] = false
    }
  }

  private static func restoreHandler(for signalNumber: Int32) {
    guard let previousActions, let installedSignals, signalNumber < signalTableSize,
      installedSignals[Int(signalNumber)]
    else { return }
    _ = kira_restore_signal_handler(signalNumber, previousActions + Int(signalNumber))
    installedSignals[Int(signalNumber)] = false
  }

  /// The handler: restore, put the previous action back, and deliver the
  /// same signal again (it stays blocked until this handler returns).
  private static let handleSignal: @convention(c) (Int32) -> Void = { signalNumber in
    TerminalRestorer.restore()
    if let previousActions = TerminalRestorer.previousActions,
      signalNumber < TerminalRestorer.signalTableSize
    {
      _ = kira_restore_signal_handler(signalNumber, previousActions + Int(signalNumber))
    }
    raise(signalNumber)
  }

  // MARK: - stderr capture

  private static func captureStandardError() {
    guard savedStandardError < 0 else { return }
    let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array((directory + "/kira-onboard-stderr-XXXXXX").utf8CString)
    let capture = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard capture >= 0 else { return }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    fflush(nil)
    let saved = dup(STDERR_FILENO)
    guard saved >= 0, dup2(capture, STDERR_FILENO) >= 0 else {
      close(capture)
      if saved >= 0 { close(saved) }
      return
    }
    savedStandardError = saved
    captureFile = capture
  }

  private static func releaseStandardError() {
    guard savedStandardError >= 0 else { return }
    _ = dup2(savedStandardError, STDERR_FILENO)
    close(savedStandardError)
    savedStandardError = -1
    if captureFile >= 0 {
      _ = lseek(captureFile, 0, SEEK_SET)
      // Replayed through the byte filter: what was written may quote outside text raw.
      var filter = TerminalByteFilter()
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer in
        withUnsafeTemporaryAllocation(
          of: UInt8.self, capacity: TerminalByteFilter.outputCapacity(forInput: 4096)
        ) { filtered in
          while true {
            let received = read(captureFile, buffer.baseAddress, buffer.count)
            if received <= 0 { break }
            let count = filter.filter(UnsafeBufferPointer(rebasing: buffer[..<received]), into: filtered)
            var written = 0
            while written < count {
              let result = write(STDERR_FILENO, filtered.baseAddress! + written, count - written)
              if result <= 0 { break }
              written += result
            }
            if written < count { break }
          }
        }
      }
      close(captureFile)
      captureFile = -1
    }
  }

  /// Turns bracketed paste on (pastes arrive between ESC [ 200 ~ and ESC [ 201 ~).
  static let enableBracketedPaste: StaticString = "\u{1B}[?2004h"
  /// Turns bracketed paste off again.
  static let disableBracketedPaste: StaticString = "\u{1B}[?2004l"

  /// Writes straight to file descriptor 1 (after curses flushed its
  /// buffer), without allocating, so it is usable from a signal handler.
  static func writeToStandardOutput(_ text: StaticString) {
    _ = write(STDOUT_FILENO, text.utf8Start, text.utf8CodeUnitCount)
  }

  // MARK: - State reachable from the signal handler

  nonisolated(unsafe) private static var isScreenActive = false
  nonisolated(unsafe) private static var isAtExitRegistered = false
  nonisolated(unsafe) private static var previousActions: UnsafeMutablePointer<sigaction>?
  nonisolated(unsafe) private static var installedSignals: UnsafeMutablePointer<Bool>?
  nonisolated(unsafe) private static var savedStandardError: Int32 = -1
  nonisolated(unsafe) private static var captureFile: Int32 = -1
}
