import Foundation

/// A real terminal for end-to-end tests: a private tmux server (its own
/// socket, no user config) running one command in an 80x24 pane. Keys go in
/// with `send-keys`, the screen comes out with `capture-pane`, and tests
/// wait on what the screen shows (polling, with a deadline), never on a
/// fixed sleep. Works without a controlling terminal (CI).
///
/// Everything a test awaits suspends instead of blocking: each tmux client
/// is reaped on a thread of its own and polls sleep with `Task.sleep`, so the
/// two cooperative threads of a CI machine stay free for the tests running
/// beside this one. Only `kill()` (for `deinit`) waits synchronously.
///
/// The command runs under `sh`, which prints `EXITED <status> <tty>` when it
/// ends, where `<tty>` is `tty-restored` when the terminal modes are exactly
/// what they were before (`stty -g`), so a test can see the pane is back at
/// a usable shell.
final class TmuxSession {
  /// What went wrong, with the screen when there is one.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The private server's socket name (`tmux -L`).
  let socketName: String
  /// Current pane size.
  private(set) var size: (columns: Int, rows: Int)
  private let tmuxPath: String
  private var isKilled = false

  nonisolated(unsafe) private static var counter = 0
  private static let counterLock = NSLock()

  /// Starts `executable` (the built `kira-onboard` by default) with
  /// `arguments` in a new detached session of `columns` x `rows`, with
  /// LANG=C.UTF-8, Kira credentials removed, and `environment` added.
  ///
  /// - Throws: `Failure` when tmux is not installed (the test fails with
  ///   that message rather than being skipped) or the session cannot start.
  init(
    arguments: [String] = [], environment: [String: String] = [:], columns: Int = 80, rows: Int = 24,
    executable: URL = ExecutableRunner.binaryURL
  ) async throws {
    tmuxPath = try TmuxSession.locateTmux()
    let serial = TmuxSession.counterLock.withLock {
      TmuxSession.counter += 1
      return TmuxSession.counter
    }
    socketName = "kira-test-\(getpid())-\(serial)-\(UInt32.random(in: 0...UInt32.max))"
    size = (columns, rows)

    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw Failure(description: "the binary to test is missing: \(executable.path) (build it first)")
    }
    var childEnvironment = ExecutableRunner.environment(environment)
    // `swift test` sets NO_COLOR for itself; the program gets it only when
    // a test asks for it.
    if environment["NO_COLOR"] == nil { childEnvironment["NO_COLOR"] = nil }
    childEnvironment["TERM"] = childEnvironment["TERM"] ?? "xterm-256color"
    // The program runs under sh, which reports how it ended.
    let script =
      "before=$(stty -g); \"$0\" \"$@\"; status=$?; "
      + "if [ \"$(stty -g)\" = \"$before\" ]; then tty=tty-restored; else tty=tty-changed; fi; "
      + "echo \"EXITED $status $tty\"; exec cat"
    var command = ["new-session", "-d", "-s", "kira", "-x", "\(columns)", "-y", "\(rows)"]
    for (key, value) in environment.sorted(by: { $0.key < $1.key }) { command += ["-e", "\(key)=\(value)"] }
    command += ["-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8"]
    command += ["/bin/sh", "-c", script, executable.path] + arguments
    try await run(command, environment: childEnvironment)
    // Keep the pane at exactly the requested size whatever clients attach.
    _ = try? await run(["set-option", "-t", "kira", "window-size", "manual"])
  }

  deinit {
    kill()
  }

  // MARK: - Keys

  /// Sends tmux key names, e.g. "Tab", "BTab", "Enter", "Escape", "C-c",
  /// "Up", "NPage", "F10", "BSpace".
  func send(keys: String...) async throws {
    try await send(keys: keys)
  }

  /// Sends tmux key names (see `send(keys:)`).
  func send(keys: [String]) async throws {
    try await run(["send-keys", "-t", "kira"] + keys)
  }

  /// Sends `bytes` to the program as they are, past tmux's own key
  /// translation (`send-keys -H`): what another terminal (PuTTY, the Linux
  /// console) would send.
  func send(bytes: [UInt8]) async throws {
    let hex = bytes.map { String($0, radix: 16) }
    try await run(["send-keys", "-t", "kira", "-H"] + hex)
  }

  /// Types `text` literally, one key per character (`send-keys -l`).
  func type(_ text: String) async throws {
    try await run(["send-keys", "-t", "kira", "-l", "--", text])
  }

  /// Pastes `text` the way a terminal does when the program asked for
  /// bracketed paste: wrapped in ESC [ 200 ~ ... ESC [ 201 ~ (`paste-buffer -p`).
  func paste(_ text: String) async throws {
    try await run(["set-buffer", "-b", "kira-paste", "--", text])
    try await run(["paste-buffer", "-p", "-d", "-b", "kira-paste", "-t", "kira"])
  }

  // MARK: - Screen

  /// The visible screen as text (`capture-pane -p`); with `styles`, the
  /// escape sequences for colours and attributes too (`-e`).
  func capture(styles: Bool = false) async throws -> String {
    try await run(["capture-pane", "-p", "-t", "kira"] + (styles ? ["-e"] : []))
  }

  /// Where the cursor is (0-based), or `nil` when the program hides it.
  func cursorPosition() async throws -> (column: Int, row: Int)? {
    let text = try await run([
      "display-message", "-p", "-t", "kira", "#{cursor_flag} #{cursor_x} #{cursor_y}",
    ])
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Int($0) }
    guard parts.count == 3, parts[0] == 1 else { return nil }
    return (parts[1], parts[2])
  }

  /// Polls the screen until `predicate` holds, and returns that screen. The
  /// pause between polls grows from 10 ms to 100 ms, so a long wait costs a
  /// loaded machine little; the timeout is generous because a slow machine
  /// must never fail a test, and only a broken program reaches it.
  ///
  /// - Throws: `Failure` with `description` and the last screen on timeout.
  @discardableResult
  func waitFor(
    _ description: String, timeout: TimeInterval = 60, _ predicate: (String) -> Bool
  ) async throws -> String {
    let deadline = ContinuousClock.now + .seconds(timeout)
    var pause = Duration.milliseconds(10)
    var screen = ""
    while true {
      screen = try await capture()
      if predicate(screen) { return screen }
      if ContinuousClock.now >= deadline { break }
      try await Task.sleep(for: pause)
      pause = min(pause * 2, .milliseconds(100))
    }
    throw Failure(
      description: "timed out after \(timeout) s waiting for \(description); the screen was:\n\(screen)")
  }

  /// Polls until `text` is on screen.
  @discardableResult
  func waitFor(text: String, timeout: TimeInterval = 60) async throws -> String {
    try await waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Polls until `text` is no longer on screen.
  @discardableResult
  func waitForAbsence(of text: String, timeout: TimeInterval = 60) async throws -> String {
    try await waitFor("\"\(text)\" to disappear", timeout: timeout) { !$0.contains(text) }
  }

  /// Waits for the `EXITED <status> <tty>` line and returns the status and
  /// whether the terminal modes were restored.
  func waitForExit(timeout: TimeInterval = 60) async throws -> (status: Int32, ttyRestored: Bool) {
    let screen = try await waitFor("the program to exit", timeout: timeout) { $0.contains("EXITED ") }
    // After a kill -9 the terminal stays raw (no carriage return on a new
    // line), so the line may start further right: read from "EXITED ".
    guard let found = screen.split(separator: "\n").last(where: { $0.contains("EXITED ") }),
      let start = found.range(of: "EXITED ")
    else {
      throw Failure(description: "no EXITED line in:\n\(screen)")
    }
    let parts = found[start.lowerBound...].split(separator: " ")
    return (
      Int32(parts.count > 1 ? String(parts[1]) : "") ?? -1, parts.count > 2 && parts[2] == "tty-restored"
    )
  }

  // MARK: - Size and lifetime

  /// Resizes the pane (the program gets SIGWINCH).
  func resize(columns: Int, rows: Int) async throws {
    try await run(["resize-window", "-t", "kira", "-x", "\(columns)", "-y", "\(rows)"])
    size = (columns, rows)
  }

  /// Copies every byte the program writes to the pane from now on into
  /// `file` (tmux `pipe-pane`), for tests of what reaches the terminal raw.
  func recordOutput(to file: URL) async throws {
    FileManager.default.createFile(atPath: file.path, contents: nil)
    try await run(["pipe-pane", "-o", "-t", "kira", "cat >> '\(file.path)'"])
  }

  /// The pane's title (what an OSC 0 or 2 sequence would change).
  func paneTitle() async throws -> String {
    try await run(["display-message", "-p", "-t", "kira", "#{pane_title}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The pid of the program's shell wrapper's child (the program itself).
  func programPID() async throws -> Int32? {
    let shellPID = try await run(["display-message", "-p", "-t", "kira", "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    guard let shell = Int32(shellPID) else { return nil }
    let children =
      (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
    return children.split(separator: " ").compactMap { Int32($0) }.first
  }

  /// Ends the session (and with it the server) and everything in it.
  /// Safe to call twice. Waits synchronously (two short tmux commands) so
  /// `deinit` can use it and no server outlives its test.
  func kill() {
    guard !isKilled else { return }
    isKilled = true
    for arguments in [["kill-session", "-t", "kira"], ["kill-server"]] {
      if let pid = try? spawn(arguments, environment: nil, output: nil) {
        _ = TmuxSession.reap(pid)
      }
    }
    unlink("/tmp/tmux-\(getuid())/\(socketName)")
  }

  // MARK: - Running tmux

  /// Runs one tmux client command and returns what it printed. The client
  /// is started with posix_spawn and reaped with waitpid on a thread of its
  /// own (the caller suspends meanwhile), its output going through temporary
  /// files rather than pipes: the first command starts the tmux server,
  /// which inherits the client's descriptors and would keep a pipe open for
  /// as long as it lives.
  @discardableResult
  private func run(_ arguments: [String], environment: [String: String]? = nil) async throws -> String {
    let directory = FileManager.default.temporaryDirectory.path
    let stem = "\(directory)/\(socketName)-\(UUID().uuidString)"
    let output = (stem + ".out", stem + ".err")
    defer {
      unlink(output.0)
      unlink(output.1)
    }
    let pid = try spawn(arguments, environment: environment, output: output)
    let status = await TmuxSession.exitStatus(of: pid)
    let printed = (try? String(contentsOfFile: output.0, encoding: .utf8)) ?? ""
    guard status == 0 else {
      let errors = (try? String(contentsOfFile: output.1, encoding: .utf8)) ?? ""
      throw Failure(
        description: "tmux \(arguments.prefix(2).joined(separator: " ")) failed (\(status)): \(errors)")
    }
    return printed
  }

  /// Starts one tmux client on this session's server with stdin from
  /// /dev/null and stdout/stderr into `output` (or /dev/null), and returns
  /// its pid.
  private func spawn(
    _ arguments: [String], environment: [String: String]?, output: (String, String)?
  ) throws -> pid_t {
    try TmuxSession.spawn(
      tmuxPath, ["-L", socketName, "-f", "/dev/null"] + arguments,
      environment: environment ?? ProcessInfo.processInfo.environment,
      standardOutput: output?.0 ?? "/dev/null", standardError: output?.1 ?? "/dev/null")
  }

  /// Starts `path` with stdin from /dev/null and stdout/stderr into files.
  private static func spawn(
    _ path: String, _ arguments: [String], environment: [String: String], standardOutput: String,
    standardError: String
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    // The test runner's threads may block signals; a tmux server started
    // with SIGTERM blocked would ignore `kill-server`. Start clean.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var emptyMask = sigset_t()
    sigemptyset(&emptyMask)
    posix_spawnattr_setsigmask(&attributes, &emptyMask)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
    guard result == 0 else {
      throw Failure(description: "cannot start \(path): \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// Suspends until `pid` exits and returns its status; the blocking
  /// waitpid runs on a thread of its own, never on a cooperative one.
  private static func exitStatus(of pid: pid_t) async -> Int32 {
    await withCheckedContinuation { continuation in
      Thread { continuation.resume(returning: reap(pid)) }.start()
    }
  }

  /// Waits for `pid` (blocking) and returns its exit status (128 + n if
  /// killed by signal n).
  private static func reap(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return 0 }
    }
    let signal = status & 0x7F
    return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
  }

  /// The tmux executable, or a failure telling how to install it.
  static func locateTmux() throws -> String {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") + ["/usr/bin", "/usr/local/bin"] {
      let candidate = "\(directory)/tmux"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    throw Failure(
      description: "tmux is not installed, so the real-terminal tests cannot run: "
        + "install it (apt-get install tmux, or run scripts/dev test which does)")
  }
}
