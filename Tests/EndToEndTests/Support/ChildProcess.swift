import Foundation

/// A child process for end-to-end tests, started with `posix_spawn`:
/// stdin, stdout and stderr are files (or /dev/null), signals start at their
/// defaults, and NO other descriptor of the test process is inherited.
///
/// That last point matters: the test process holds loopback sockets (its
/// in-process sandboxes' listeners and connections, its clients'
/// connections). Foundation's `Process` passes them all to the child, and a
/// child that outlives a connection (a `kira-onboard sandbox`, a tmux
/// server) keeps it open: a connection the test closes never ends, and its
/// peer waits until it times out.
///
/// Waiting never holds a thread of Swift's cooperative pool: a thread of
/// its own waits for the exit and resumes the awaiting tasks.
final class ChildProcess: @unchecked Sendable {
  /// Starting the child failed.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The child's process id.
  let pid: pid_t
  private let lock = NSLock()
  private var exited = false
  private var status: Int32?
  private var waiters: [CheckedContinuation<Int32, Never>] = []

  /// Starts `path` with `arguments` (argv[1...]) and exactly `environment`.
  /// `standardInput` is read from (default /dev/null); `standardOutput` and
  /// `standardError` are created or truncated (default /dev/null).
  init(
    path: String, arguments: [String], environment: [String: String],
    standardInput: String = "/dev/null", standardOutput: String = "/dev/null",
    standardError: String = "/dev/null"
  ) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, standardInput, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, standardOutput, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, standardError, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    Self.closeInheritedDescriptors(&actions)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    // The test runner's threads may block or ignore signals; a child that
    // inherited that would not stop on SIGINT/SIGTERM. Start clean.
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
    self.pid = pid
    Thread { [self] in waitForExit() }.start()
  }

  /// True until the child has exited.
  var isRunning: Bool { lock.withLock { !exited } }

  /// Sends `signal` unless the child has already exited (so never to a
  /// recycled pid); returns whether it was sent.
  @discardableResult
  func send(_ signal: Int32) -> Bool {
    lock.withLock {
      guard !exited else { return false }
      return kill(pid, signal) == 0
    }
  }

  /// Suspends until the child has exited and returns its exit status
  /// (128 + n when signal n killed it).
  func exitStatus() async -> Int32 {
    await withCheckedContinuation { continuation in
      let known: Int32? = lock.withLock {
        if let status { return status }
        waiters.append(continuation)
        return nil
      }
      if let known { continuation.resume(returning: known) }
    }
  }

  /// Runs on the child's own thread: waits for the exit without reaping
  /// (the pid stays ours while `send` may still use it), marks it exited,
  /// then reaps it and resumes every waiter.
  private func waitForExit() {
    var info = siginfo_t()
    while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
    lock.withLock { exited = true }
    var raw: Int32 = 0
    while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
    let signal = raw & 0x7F
    let result = signal == 0 ? (raw >> 8) & 0xFF : 128 + signal
    let resumed = lock.withLock {
      status = result
      defer { waiters = [] }
      return waiters
    }
    for waiter in resumed { waiter.resume(returning: result) }
  }

  /// Adds "close every descriptor from 3 up" to `actions`: with
  /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34+, looked up at run
  /// time because the Glibc module does not export it), else one close per
  /// descriptor open now (glibc ignores one closed meanwhile).
  static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    if let addCloseFrom, addCloseFrom(&actions, 3) == 0 { return }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
  }

  private typealias AddCloseFrom =
    @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

  private static let addCloseFrom: AddCloseFrom? = {
    guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else { return nil }
    return unsafeBitCast(symbol, to: AddCloseFrom.self)
  }()
}
