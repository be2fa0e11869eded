import Foundation
import KiraModels
import KiraSandbox

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The wizard in a tmux pane, in demo mode: no credentials, a private HOME
/// (so no credentials file, draft or journal of the machine is touched), and
/// the embedded sandbox pinned to a free loopback port so the test can read
/// its request log.
final class TmuxWizard {
  /// The pane running `kira-onboard`.
  let tmux: TmuxSession
  /// The embedded sandbox's port.
  let sandboxPort: Int
  /// The private HOME (removed at the end).
  let home: URL

  /// Starts the wizard at `columns` x `rows` with `environment` added, and
  /// waits for its first screen.
  init(columns: Int = 80, rows: Int = 24, environment: [String: String] = [:]) async throws {
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("kira-tmux-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    sandboxPort = try TmuxWizard.freeLoopbackPort()
    var variables = [
      "HOME": home.path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
      "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "TMPDIR": home.path,
      "KIRA_ONBOARD_SANDBOX_PORT": "\(sandboxPort)",
    ]
    for (key, value) in environment { variables[key] = value }
    tmux = try await TmuxSession(environment: variables, columns: columns, rows: rows)
    try await tmux.waitFor(text: variables["KIRA_ONBOARD_LANG"] == "es" ? "Paso 1 de 8" : "Step 1 of 8")
  }

  deinit {
    tmux.kill()
    try? FileManager.default.removeItem(at: home)
  }

  // MARK: - Typing as an operator

  /// Types `text` literally.
  func type(_ text: String) async throws { try await tmux.type(text) }

  /// Sends tmux key names ("Tab", "Enter", "NPage", "F10", "C-c").
  func press(_ keys: String...) async throws { try await tmux.send(keys: keys) }

  /// Waits for `text` on screen and returns the screen.
  @discardableResult
  func waitFor(_ text: String, timeout: TimeInterval = 60) async throws -> String {
    try await tmux.waitFor(text: text, timeout: timeout)
  }

  /// Waits until `text` has left the screen.
  @discardableResult
  func waitForAbsence(of text: String, timeout: TimeInterval = 60) async throws -> String {
    try await tmux.waitForAbsence(of: text, timeout: timeout)
  }

  /// Waits until every one of `texts` is on screen at once. A frame reaches
  /// tmux top to bottom, so waiting for its first line alone can return a
  /// screen whose lower part is still the previous frame.
  @discardableResult
  func waitFor(all texts: [String], timeout: TimeInterval = 60) async throws -> String {
    try await tmux.waitFor(texts.map { "\"\($0)\"" }.joined(separator: " and "), timeout: timeout) { screen in
      texts.allSatisfy { screen.contains($0) }
    }
  }

  /// Waits until a line of the screen, trailing blanks aside, is exactly `expected`.
  @discardableResult
  func waitForLine(_ expected: String, timeout: TimeInterval = 60) async throws -> String {
    try await tmux.waitFor("the line \"\(expected)\"", timeout: timeout) { screen in
      screen.split(separator: "\n", omittingEmptySubsequences: false).contains { line in
        line.reversed().drop(while: { $0 == " " }).reversed() == Array(expected)
      }
    }
  }

  /// Waits until a line of the screen starts with `prefix` (e.g. the focus
  /// marker and a label: " › Date of birth").
  @discardableResult
  func waitForLine(startingWith prefix: String, timeout: TimeInterval = 60) async throws -> String {
    try await tmux.waitFor("a line starting \"\(prefix)\"", timeout: timeout) { screen in
      screen.split(separator: "\n").contains { $0.hasPrefix(prefix) }
    }
  }

  /// Waits until the cursor is at `column` (the cursor moves last in a frame).
  func waitForCursor(column: Int, timeout: TimeInterval = 60) async throws {
    let deadline = ContinuousClock.now + .seconds(timeout)
    var position = try await tmux.cursorPosition()
    while position?.column != column {
      guard ContinuousClock.now < deadline else {
        throw TmuxSession.Failure(
          description: "the cursor stayed at \(String(describing: position)), not column \(column)")
      }
      try await Task.sleep(for: .milliseconds(20))
      position = try await tmux.cursorPosition()
    }
  }

  /// The screen now.
  func screen() async throws -> String { try await tmux.capture() }

  /// The line of the screen that contains `text` (empty when none does).
  func line(containing text: String) async throws -> String {
    try await screen().split(separator: "\n", omittingEmptySubsequences: false)
      .first { $0.contains(text) }.map(String.init) ?? ""
  }

  // MARK: - The sandbox's request log

  /// Every API request the embedded sandbox has seen.
  func requestLog() async throws -> [SandboxRequestRecord] {
    let url = URL(string: "http://127.0.0.1:\(sandboxPort)/_sandbox/requests")!
    let (data, response) = try await URLSession.shared.data(from: url)
    guard (response as? HTTPURLResponse)?.statusCode == 200 else {
      throw TmuxSession.Failure(description: "the sandbox request log answered \(response)")
    }
    return try JSONDecoder().decode([SandboxRequestRecord].self, from: data)
  }

  /// The `POST /v1/users` requests in the log.
  func createRequests() async throws -> [SandboxRequestRecord] {
    try await requestLog().filter { $0.method == "POST" && $0.path == "v1/users" }
  }

  // MARK: - Ports

  /// A TCP port on 127.0.0.1 that nothing listens on right now.
  static func freeLoopbackPort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw TmuxSession.Failure(description: "socket() failed") }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
        bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
      }
    }
    guard bound else { throw TmuxSession.Failure(description: "cannot bind a loopback port") }
    return Int(UInt16(bigEndian: address.sin_port))
  }
}
