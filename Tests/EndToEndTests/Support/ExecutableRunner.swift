import Foundation

/// Runs the built `kira-onboard` binary as a child process and captures what
/// it printed, for end-to-end tests of the commands.
struct ExecutableRunner {
  /// What one run produced.
  struct Output: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
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

  /// Runs the binary with `arguments`, feeding `input` on stdin, and waits at
  /// most `timeout` seconds (then kills it and reports status 137).
  static func run(
    _ arguments: [String], environment extra: [String: String] = [:], input: Data? = nil,
    workingDirectory: URL? = nil, timeout: TimeInterval = 60
  ) throws -> Output {
    let process = Process()
    process.executableURL = binaryURL
    process.arguments = arguments
    process.environment = environment(extra)
    if let workingDirectory { process.currentDirectoryURL = workingDirectory }
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = stdin
    let outBox = DataBox()
    let errBox = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      outBox.data = stdout.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errBox.data = stderr.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try? stdin.fileHandleForWriting.close()
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline {
      usleep(10_000)
    }
    if process.isRunning {
      process.terminate()
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    group.wait()
    return Output(
      status: process.terminationStatus,
      stdout: String(decoding: outBox.data, as: UTF8.self),
      stderr: String(decoding: errBox.data, as: UTF8.self))
  }
}

/// A mutable box the reader threads fill in; read only after they finish.
private final class DataBox: @unchecked Sendable {
  var data = Data()
}
