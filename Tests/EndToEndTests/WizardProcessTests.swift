import Foundation
import Testing

/// What the wizard's own process loads, and what it leaves to its network helper.
@Suite("The wizard's process (tmux)")
struct WizardProcessTests {
  /// Shared libraries that belong to the network helper, never to the wizard.
  static let networkingLibraries = ["libFoundationNetworking", "libcurl", "libssl", "libgnutls"]

  static func maps(of pid: Int32) throws -> String {
    try String(contentsOfFile: "/proc/\(pid)/maps", encoding: .utf8)
  }

  static func children(of pid: Int32) -> [String] {
    let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
    let pids = tasks.flatMap { task in
      ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "")
        .split(separator: " ").compactMap { Int32($0) }
    }
    return pids.compactMap { child in
      (try? String(contentsOfFile: "/proc/\(child)/cmdline", encoding: .utf8))?
        .replacingOccurrences(of: "\0", with: " ")
    }
  }

  /// True while a process with one of these command lines runs (not a zombie).
  static func anyHelperAlive(of commandLines: [String]) -> Bool {
    let all = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return all.compactMap { Int32($0) }.contains { pid in
      let command = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8))?
        .replacingOccurrences(of: "\0", with: " ")
      let state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
      return command.map(commandLines.contains) == true && !state.contains(") Z ")
    }
  }

  @Test("a demo onboarding: the wizard never loads networking; kira-onboard-net sends the one create")
  func networkingStaysInTheHelper() async throws {
    let wizard = try await TmuxWizard()
    let pid = try #require(try await wizard.tmux.programPID(), "the wizard runs in the pane")
    let atStart = try Self.maps(of: pid)
    for library in Self.networkingLibraries {
      #expect(!atStart.contains(library), "\(library) loaded at start")
    }
    #expect(Self.children(of: pid).isEmpty, "no helper before the first request (demo mode)")

    for _ in 0..<8 { try await wizard.press("F5", "NPage") }
    try await wizard.waitFor("Review · every answer")
    try await wizard.press("F10")
    try await wizard.waitFor("Kira created the user")

    let afterSubmit = try Self.maps(of: pid)
    for library in Self.networkingLibraries {
      #expect(!afterSubmit.contains(library), "\(library) loaded by the submit")
    }
    let helpers = Self.children(of: pid).filter { $0.contains("kira-onboard-net") }
    #expect(helpers.count == 1, "one helper: \(Self.children(of: pid))")
    #expect(helpers.first?.contains("serve --connect-timeout") == true)
    #expect(helpers.first?.contains("--embedded-sandbox") == true)
    #expect(try await wizard.createRequests().count == 1)

    try await wizard.press("C-q")
    let exit = try await wizard.tmux.waitForExit()
    #expect(exit.status == 0)
    // The helper ends with the wizard (its pipe closed).
    let deadline = Date().addingTimeInterval(60)
    while Self.anyHelperAlive(of: helpers), Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
    #expect(!Self.anyHelperAlive(of: helpers))
  }
}
