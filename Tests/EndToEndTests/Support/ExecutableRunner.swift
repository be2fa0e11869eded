import Foundation

/// Runs the built `kira-onboard` binary as a child process and captures what
/// it printed, for end-to-end tests of the commands.
///
/// Waiting never blocks a thread of Swift's cooperative pool (as many threads
/// as cores: two on CI), which in-process sandboxes and every other test
/// running in parallel need: the child writes to temporary files (no pipe
/// for a reader thread to drain), its exit arrives through
/// `Process.terminationHandler` and a continuation, and the deadline is a
/// `Task.sleep`.
enum ExecutableRunner {
  /// What one run produced.
  struct Output: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
    /// The exact bytes written, for tests that check what reaches a terminal.
    var stdoutBytes = Data()
    var stderrBytes = Data()
  }

  /// The child was still running at the deadline and was killed.
  struct Timeout: Error, CustomStringConvertible {
    var description: String
  }

  /// Path of the built `kira-onboard` next to the test bundle.
  static var binaryURL: URL {
    productsDirectory.appendingPathComponent("kira-onboard")
  }

  /// The build products folder (`.build/debug` or the like).
  static var productsDirectory: URL {
    let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    var directory = executable.deletingLastPathComponent()
    // Swift Testing on Linux runs `…/debug/kira-onboardPackageTests.xctest`.
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("kira-onboard").path),
      directory.path != "/"
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory
  }

  /// Environment for a child: the test's own, less Kira credentials (so the
  /// sandbox default is used unless a test sets them), with a fresh local
  /// store folder, plus `extra`.
  static func environment(_ extra: [String: String] = [:]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    for key in ["KIRA_API_KEY", "KIRA_CLIENT_ID", "KIRA_PASSWORD", "KIRA_BASE_URL"] {
      environment[key] = nil
    }
    environment["LANG"] = "C.UTF-8"
    environment["LC_ALL"] = "C.UTF-8"
    // Every child gets a store of its own (drafts, journal), never the home
    // folder's, unless the test names one (to restart on the same store).
    environment["KIRA_ONBOARD_STORE"] =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("kira-onboard-test-store-\(UUID().uuidString)").path
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// Runs the binary with `arguments`, feeding `input` on stdin (empty when
  /// nil), and returns its exit status and output.
  ///
  /// - Parameter timeout: generous on purpose (a loaded CI machine is slow,
  ///   and a test must never fail for that); only a hung child reaches it.
  /// - Throws: `Timeout` (with what the child printed) when it is still
  ///   running after `timeout` seconds; it is killed first.
  static func run(
    _ arguments: [String], environment extra: [String: String] = [:], input: Data? = nil,
    workingDirectory: URL? = nil, timeout: TimeInterval = 120, executable: URL? = nil
  ) async throws -> Output {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("kira-run-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inURL = folder.appendingPathComponent("stdin")
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    try (input ?? Data()).write(to: inURL)
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)

    let process = Process()
    process.executableURL = executable ?? binaryURL
    process.arguments = arguments
    process.environment = environment(extra)
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    let stdin = try FileHandle(forReadingFrom: inURL)
    let stdout = try FileHandle(forWritingTo: outURL)
    let stderr = try FileHandle(forWritingTo: errURL)
    defer {
      try? stdin.close()
      try? stdout.close()
      try? stderr.close()
    }
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr

    let timedOut = try await runToExit(process, timeout: timeout)
    let outBytes = (try? Data(contentsOf: outURL)) ?? Data()
    let errBytes = (try? Data(contentsOf: errURL)) ?? Data()
    let output = Output(
      status: process.terminationStatus, stdout: String(decoding: outBytes, as: UTF8.self),
      stderr: String(decoding: errBytes, as: UTF8.self), stdoutBytes: outBytes, stderrBytes: errBytes)
    if timedOut {
      throw Timeout(
        description: "kira-onboard \(arguments.first ?? "") was still running after \(Int(timeout)) s "
          + "and was killed; stdout:\n\(output.stdout)\nstderr:\n\(output.stderr)")
    }
    return output
  }

  /// Starts `process` and suspends (without holding a thread) until it has
  /// exited; kills it at the deadline. Returns whether the deadline hit.
  private static func runToExit(_ process: Process, timeout: TimeInterval) async throws -> Bool {
    let state = ExitState()
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      process.terminationHandler = { _ in
        state.markExited()
        continuation.resume()
      }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
        return
      }
      let pid = process.processIdentifier
      state.setWatchdog(
        Task {
          try await Task.sleep(for: .seconds(timeout))
          state.killIfRunning(pid)
        })
    }
    state.cancelWatchdog()
    return state.wasKilled
  }
}

/// Whether the child has exited or was killed, and the deadline task; shared
/// by the termination handler (a Foundation thread) and the watchdog task.
private final class ExitState: @unchecked Sendable {
  private let lock = NSLock()
  private var exited = false
  private var killed = false
  private var watchdog: Task<Void, any Error>?

  func markExited() {
    lock.withLock { exited = true }
  }

  func setWatchdog(_ task: Task<Void, any Error>) {
    lock.withLock {
      watchdog = task
      if exited { task.cancel() }
    }
  }

  func cancelWatchdog() {
    lock.withLock { watchdog }?.cancel()
  }

  /// Kills `pid` with SIGKILL unless it has already exited.
  func killIfRunning(_ pid: Int32) {
    lock.withLock {
      guard !exited else { return }
      killed = true
      kill(pid, SIGKILL)
    }
  }

  var wasKilled: Bool { lock.withLock { killed } }
}
