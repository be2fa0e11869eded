#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Makes a crash end promptly and quietly at a terminal. Installed first
/// thing in `main`, under every other handler: on a crash signal it points
/// standard input at `/dev/null`, so Swift's backtracer (which runs next,
/// from the handler this one saved) prints its report and exits at once
/// instead of offering to interact and waiting up to 30 s for a key. While
/// curses owns the screen, `TerminalRestorer`'s handler runs before this
/// one: the terminal is restored and what was written to stderr is
/// replayed through `TerminalByteFilter`, so no raw escape reaches it.
public enum CrashGuard {
  /// The signals Swift's backtracer catches.
  static let crashSignals: [Int32] = [SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE]
  private static let tableSize = 65

  /// Installs the guard once per process.
  public static func install() {
    guard previous == nil else { return }
    let table = UnsafeMutablePointer<sigaction>.allocate(capacity: tableSize)
    table.initialize(repeating: sigaction(), count: tableSize)
    previous = table
    for signalNumber in crashSignals where signalNumber < tableSize {
      var action = sigaction()
      #if os(Linux)
        action.__sigaction_handler.sa_handler = handle
      #else
        action.__sigaction_u.__sa_handler = handle
      #endif
      sigemptyset(&action.sa_mask)
      // On the alternate stack the runtime set up, so a stack overflow is caught too.
      action.sa_flags = Int32(SA_ONSTACK)
      _ = sigaction(signalNumber, &action, table + Int(signalNumber))
    }
  }

  /// The handler: stdin from /dev/null, the saved handler back, and the
  /// signal again (it is delivered once this handler returns).
  private static let handle: @convention(c) (Int32) -> Void = { signalNumber in
    let null = open("/dev/null", O_RDONLY)
    if null >= 0 {
      _ = dup2(null, STDIN_FILENO)
      if null != STDIN_FILENO { close(null) }
    }
    if let table = CrashGuard.previous, signalNumber < CrashGuard.tableSize {
      _ = sigaction(signalNumber, table + Int(signalNumber), nil)
    } else {
      signal(signalNumber, SIG_DFL)
    }
    raise(signalNumber)
  }

  nonisolated(unsafe) private static var previous: UnsafeMutablePointer<sigaction>?

  /// The environment variable that makes the process crash on purpose, for
  /// the crash-path tests only: `start` crashes at once, `wizard` once
  /// curses owns the screen. In the wizard it first writes, to the
  /// captured stderr, text full of escape sequences (as a runtime message
  /// quoting a hostile answer would).
  public static let testCrashVariable = "KIRA_ONBOARD_TEST_CRASH"

  /// Crashes (a trapping conversion) when `testCrashVariable` is `when`.
  public static func crashForTestIfAsked(_ when: String) {
    guard let value = getenv(testCrashVariable), String(cString: value) == when else { return }
    let hostile =
      "crash test: \u{1B}]0;PWNED-TITLE\u{07}\u{1B}]52;c;UFdORUQ=\u{07}\u{1B}]8;;https://evil.test\u{1B}\\link"
      + "\u{1B}]8;;\u{1B}\\\u{1B}P1$qPWNED-DCS\u{1B}\\\u{9B}2J\u{202E}desrever\u{1B}[2J end\n"
    // Only while curses owns the screen (stderr captured, replayed filtered): the path under test.
    if TerminalRestorer.isActive {
      _ = hostile.utf8CString.withUnsafeBufferPointer { write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
    }
    // The trap itself, on purpose: a conversion of an infinite Double.
    let huge = Double(String(cString: value).count) * 1e300
    print(Int(huge * huge))
  }
}
