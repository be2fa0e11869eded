import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The transport of the kira-onboard executable: requests travel to the
/// network helper process (`kira-onboard-net serve`), which sends them with
/// URLSession and sends the answers back (see `NetworkHelperProtocol`).
///
/// - The helper starts at the first request (or `start()`), not before:
///   until then kira-onboard has no networking code loaded at all.
/// - It runs in a process group of its own with stdin and stdout as pipes,
///   stderr on /dev/null and no other descriptor, so it never draws on the
///   operator's terminal and never holds a socket or file of this process.
/// - It exits when this process closes the pipe (`close()`, or this
///   process ending in any way, `kill -9` included).
/// - A request that could not be handed to the helper fails with
///   `.helperUnavailable` (it never left); one in flight when the helper
///   dies fails with `.connectionLost` (it may have reached the server).
/// - A helper that stopped is started again at the next request, except
///   one running the embedded sandbox: its users went with it, so the
///   session reports the helper unavailable instead of a fresh, empty sandbox.
public final class NetworkHelperTransport: HTTPTransport, @unchecked Sendable {
  /// How to start the helper.
  public struct Launch: Sendable, Hashable {
    /// The helper executable's absolute path.
    public var executable: String
    /// Its arguments (after the program name), e.g. `["serve", "--embedded-sandbox"]`.
    public var arguments: [String]
    /// True when the helper runs the embedded sandbox (not restarted when it stops).
    public var runsEmbeddedSandbox: Bool
    /// The helper's whole environment (see `HelperEnvironment`): nothing of
    /// this process's environment reaches it unless it is listed here.
    public var environment: [String: String]

    /// Creates a launch description.
    public init(
      executable: String, arguments: [String], runsEmbeddedSandbox: Bool = false,
      environment: [String: String] = HelperEnvironment.make(from: [:], target: nil)
    ) {
      self.executable = executable
      self.arguments = arguments
      self.runsEmbeddedSandbox = runsEmbeddedSandbox
      self.environment = environment
    }
  }

  /// How long the helper may take to say it is ready (a loaded machine starting a sandbox is slow).
  public static let readyTimeout: TimeInterval = 60

  private let launch: Launch
  private let lock = NSLock()
  private var starting: Task<HelperConnection, any Error>?
  private var stoppedForGood: TransportError?

  /// A transport that starts the helper described by `launch` when first needed.
  public init(launch: Launch) {
    self.launch = launch
  }

  deinit {
    close()
  }

  /// Starts the helper now (once) and returns the embedded sandbox's base
  /// URL when it runs one.
  ///
  /// - Throws: `TransportError(.helperUnavailable)` when it cannot start or
  ///   reports a fatal problem (its message is in the error's detail).
  @discardableResult
  public func start() async throws -> URL? {
    try await connection().sandboxBaseURL
  }

  /// The running helper's process id, if one runs (for diagnostics and tests).
  public var helperProcessID: Int32? {
    get async {
      guard let task = lock.withLock({ starting }), let connection = try? await task.value,
        connection.isAlive
      else { return nil }
      return connection.processID
    }
  }

  /// Sends `request` through the helper.
  public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let connection = try await connection()
    return try await connection.send(request)
  }

  /// Stops the helper (it sees end of file and exits). Safe to call more than once.
  public func close() {
    lock.lock()
    let pending = starting
    starting = nil
    stoppedForGood = TransportError(.helperUnavailable, detail: "the network helper was closed")
    lock.unlock()
    pending?.cancel()
    Task { try? await pending?.value.close() }
  }

  /// The running connection, starting the helper when there is none (or the last one died).
  private func connection() async throws -> HelperConnection {
    let task: Task<HelperConnection, any Error> = try lock.withLock {
      if let stoppedForGood { throw stoppedForGood }
      if let starting { return starting }
      let launch = launch
      let task = Task.detached { try await HelperConnection.start(launch) }
      starting = task
      return task
    }
    let connection: HelperConnection
    do {
      connection = try await task.value
    } catch {
      forget(task)
      throw error
    }
    if connection.isAlive { return connection }
    // The helper stopped since: start another, unless it held the sandbox.
    forget(task)
    if launch.runsEmbeddedSandbox {
      let error = TransportError(
        .helperUnavailable, detail: "the embedded sandbox stopped; start kira-onboard again")
      lock.withLock { stoppedForGood = error }
      throw error
    }
    return try await self.connection()
  }

  private func forget(_ task: Task<HelperConnection, any Error>) {
    lock.withLock {
      if starting == task { starting = nil }
    }
  }
}

/// One running helper process: its pipes, the requests waiting for an
/// answer, and the thread that reads its answers.
final class HelperConnection: @unchecked Sendable {
  private typealias Waiter = CheckedContinuation<HTTPResponse, any Error>

  let sandboxBaseURL: URL?
  let processID: pid_t
  private let commands: Int32
  private let events: Int32
  private let lock = NSLock()
  private var waiters: [Int: Waiter] = [:]
  private var nextID = 1
  private var alive = true
  private var commandsOpen = true

  private init(processID: pid_t, commands: Int32, events: Int32, sandboxBaseURL: URL?) {
    self.processID = processID
    self.commands = commands
    self.events = events
    self.sandboxBaseURL = sandboxBaseURL
  }

  /// False once the helper's output ended.
  var isAlive: Bool { lock.withLock { alive } }

  /// Spawns the helper and waits for its `ready`.
  static func start(_ launch: NetworkHelperTransport.Launch) async throws -> HelperConnection {
    // A write to a helper that just died must fail with EPIPE, not kill this process.
    signal(SIGPIPE, SIG_IGN)
    let (processID, commands, events) = try spawn(launch)
    let ready = await withCheckedContinuation { (continuation: CheckedContinuation<ReadyResult, Never>) in
      let once = Once(continuation)
      DispatchQueue.global().asyncAfter(deadline: .now() + NetworkHelperTransport.readyTimeout) {
        once.resume(.failed("it did not answer within \(Int(NetworkHelperTransport.readyTimeout)) s"))
      }
      Thread.detachNewThread {
        once.resume(readReady(events))
      }
    }
    switch ready {
    case .ready(let url):
      let connection = HelperConnection(
        processID: processID, commands: commands, events: events, sandboxBaseURL: url)
      Thread.detachNewThread { connection.readEvents() }
      return connection
    case .failed(let reason):
      _ = Glibc.close(commands)
      kill(processID, SIGKILL)
      // Reaped off the caller's thread: the descriptor is closed once the child is gone.
      Thread.detachNewThread {
        var status: Int32 = 0
        _ = waitpid(processID, &status, 0)
        _ = Glibc.close(events)
      }
      throw TransportError(.helperUnavailable, detail: "the network helper \(reason)")
    }
  }

  /// Sends one request and waits for its answer.
  func send(_ request: HTTPRequest) async throws -> HTTPResponse {
    let id = lock.withLock {
      defer { nextID += 1 }
      return nextID
    }
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { (waiter: Waiter) in
        let registered = lock.withLock {
          guard alive else { return false }
          waiters[id] = waiter
          return true
        }
        guard registered else {
          waiter.resume(throwing: TransportError(.helperUnavailable, detail: "the network helper stopped"))
          return
        }
        do {
          try write(.send(id: id, request: request))
        } catch {
          // Not (wholly) written: the helper cannot have read it as a request.
          resolve(id, with: .failure(TransportError(.helperUnavailable, detail: "\(error)")))
        }
      }
    } onCancel: {
      try? self.write(.cancel(id: id))
    }
  }

  /// Closes the command pipe: the helper finishes and exits.
  func close() {
    let descriptor: Int32? = lock.withLock {
      guard commandsOpen else { return nil }
      commandsOpen = false
      return commands
    }
    if let descriptor { _ = Glibc.close(descriptor) }
  }

  private func write(_ command: NetworkHelperProtocol.Command) throws {
    // One writer at a time, so frames never interleave.
    try lock.withLock {
      guard commandsOpen else { throw NetworkHelperProtocol.FrameError(description: "the helper was closed") }
      try NetworkHelperProtocol.write(command, to: commands)
    }
  }

  private func resolve(_ id: Int, with result: Result<HTTPResponse, any Error>) {
    let waiter = lock.withLock { waiters.removeValue(forKey: id) }
    waiter?.resume(with: result)
  }

  /// The reader thread: answers until the helper's output ends, then fails
  /// what is still waiting and reaps the process.
  private func readEvents() {
    var ending = "the network helper stopped"
    while true {
      let event: NetworkHelperProtocol.Event?
      do {
        event = try NetworkHelperProtocol.read(NetworkHelperProtocol.Event.self, from: events)
      } catch {
        ending = "the network helper's answer was unreadable (\(error))"
        break
      }
      guard let event else { break }
      switch event {
      case .response(let id, let response):
        resolve(id, with: .success(response))
      case .failure(let id, let error):
        resolve(id, with: .failure(error))
      case .fatal(let message):
        ending = "the network helper stopped: \(message)"
      case .ready:
        continue
      }
    }
    let orphans = lock.withLock {
      alive = false
      defer { waiters.removeAll() }
      return waiters.values
    }
    for waiter in orphans {
      // Handed over but unanswered: it may have reached the server.
      waiter.resume(throwing: TransportError(.connectionLost, detail: ending))
    }
    close()
    kill(processID, SIGTERM)
    var status: Int32 = 0
    _ = waitpid(processID, &status, 0)
    _ = Glibc.close(events)
  }

  // MARK: - Starting

  private enum ReadyResult: Sendable {
    case ready(URL?)
    case failed(String)
  }

  /// Resumes a continuation once; later calls do nothing.
  private final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<ReadyResult, Never>?
    init(_ continuation: CheckedContinuation<ReadyResult, Never>) { self.continuation = continuation }
    func resume(_ result: ReadyResult) {
      let pending = lock.withLock {
        defer { continuation = nil }
        return continuation
      }
      pending?.resume(returning: result)
    }
  }

  private static func readReady(_ events: Int32) -> ReadyResult {
    do {
      switch try NetworkHelperProtocol.read(NetworkHelperProtocol.Event.self, from: events) {
      case .ready(let url): return .ready(url)
      case .fatal(let message): return .failed("could not start: \(message)")
      case nil: return .failed("exited before it was ready")
      default: return .failed("answered before it was ready")
      }
    } catch {
      return .failed("sent an unreadable answer (\(error))")
    }
  }

  /// Starts the process with a command pipe on its stdin, an event pipe on
  /// its stdout, /dev/null on stderr, nothing else inherited, and a
  /// process group of its own (terminal signals are for kira-onboard).
  private static func spawn(_ launch: NetworkHelperTransport.Launch) throws -> (pid_t, Int32, Int32) {
    guard access(launch.executable, X_OK) == 0 else {
      throw TransportError(
        .helperUnavailable,
        detail: "\(launch.executable) is missing or not executable (it is installed beside kira-onboard)")
    }
    var toHelper: [Int32] = [-1, -1]
    var fromHelper: [Int32] = [-1, -1]
    guard makePipe(&toHelper) == 0 else { throw spawnFailure("pipe") }
    guard makePipe(&fromHelper) == 0 else {
      _ = Glibc.close(toHelper[0])
      _ = Glibc.close(toHelper[1])
      throw spawnFailure("pipe")
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, toHelper[0], 0)
    posix_spawn_file_actions_adddup2(&actions, fromHelper[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    closeInheritedDescriptors(&actions)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH] { sigaddset(&defaults, number) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv = ([launch.executable] + launch.arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let envp = launch.environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    var processID: pid_t = 0
    let status = posix_spawn(&processID, launch.executable, &actions, &attributes, argv, envp)
    _ = Glibc.close(toHelper[0])
    _ = Glibc.close(fromHelper[1])
    guard status == 0 else {
      _ = Glibc.close(toHelper[1])
      _ = Glibc.close(fromHelper[0])
      throw TransportError(
        .helperUnavailable,
        detail: "could not start \(launch.executable): \(String(cString: strerror(status)))")
    }
    return (processID, toHelper[1], fromHelper[0])
  }

  /// Makes sure the helper inherits nothing past stderr: glibc's
  /// `posix_spawn_file_actions_addclosefrom_np` (2.34 and later, looked up at
  /// run time as Swift does not import it), else close-on-exec on every
  /// open descriptor of this process from 3 on.
  private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
      let addCloseFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
      if addCloseFrom(&actions, 3) == 0 { return }
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap(Int32.init) where descriptor > 2 {
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
    }
  }

  /// A pipe whose two ends are close-on-exec from the start (`pipe2`, looked
  /// up at run time as Swift does not import it), so a child spawned by
  /// another thread in between never inherits them; else `pipe` and `fcntl`.
  private static func makePipe(_ ends: inout [Int32]) -> Int32 {
    typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>, Int32) -> Int32
    if let symbol = dlsym(nil, "pipe2") {
      let pipe2 = unsafeBitCast(symbol, to: Pipe2.self)
      return ends.withUnsafeMutableBufferPointer { pipe2($0.baseAddress!, O_CLOEXEC) }
    }
    guard pipe(&ends) == 0 else { return -1 }
    for descriptor in ends { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
    return 0
  }

  private static func spawnFailure(_ call: String) -> TransportError {
    TransportError(.helperUnavailable, detail: "\(call) failed: \(String(cString: strerror(errno)))")
  }
}
