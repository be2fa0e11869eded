import Foundation

/// Runs the built `kira-onboard` binary as a child process and captures what
/// it printed, for end-to-end tests of the commands.
///
/// Waiting never blocks a thread of Swift's cooperative pool (as many threads
/// as cores: two on CI), which in-process sandboxes and every other test
/// running in parallel need: the child is a `ChildProcess` (it inherits none
/// of the test's sockets, and its exit is awaited without holding a thread),
/// it writes to temporary files (no pipe for a reader thread to drain), and
/// the deadline is a `Task.sleep`.
enum ExecutableRunner {
  /// What one run produced.
  struct Output: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
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
    timeout: TimeInterval = 120
  ) async throws -> Output {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("kira-run-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let inURL = folder.appendingPathComponent("stdin")
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    try (input ?? Data()).write(to: inURL)

    let child = try ChildProcess(
      path: binaryURL.path, arguments: arguments, environment: environment(extra),
      standardInput: inURL.path, standardOutput: outURL.path, standardError: errURL.path)
    let deadline = Task {
      try? await Task.sleep(for: .seconds(timeout))
      return !Task.isCancelled && child.send(SIGKILL)
    }
    let status = await child.exitStatus()
    deadline.cancel()
    let timedOut = await deadline.value
    let output = Output(
      status: status,
      stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    if timedOut {
      throw Timeout(
        description: "kira-onboard \(arguments.first ?? "") was still running after \(Int(timeout)) s "
          + "and was killed; stdout:\n\(output.stdout)\nstderr:\n\(output.stderr)")
    }
    return output
  }
}
