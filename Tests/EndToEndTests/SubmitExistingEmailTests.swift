import Foundation
import KiraModels
import Testing

extension SubmitCommandTests {
  @Test("two desks (two stores), one e-mail: the second submit sends nothing unless --allow-existing-email")
  func secondDeskNeedsTheFlag() async throws {
    let sandbox = try await SandboxProcess()
    let workspace = try Workspace()
    func desk() -> [String: String] {
      var environment = sandbox.clientEnvironment
      environment["KIRA_ONBOARD_STORE"] =
        FileManager.default.temporaryDirectory.appendingPathComponent("kira-desk-\(UUID().uuidString)").path
      return environment
    }
    let first = try await ExecutableRunner.run(["submit", workspace.file.path], environment: desk())
    #expect(first.status == 0, "\(first.stderr)")
    let id = try #require(
      first.stdout.split(separator: "\n").first { $0.hasPrefix("created: ") }.map { String($0.dropFirst(9)) })

    let second = try await ExecutableRunner.run(["submit", workspace.file.path], environment: desk())
    #expect(second.status == 65, "\(second.stdout)\n\(second.stderr)")
    #expect(second.stderr.contains("Kira already has a user with this e-mail; nothing was sent"))
    #expect(second.stderr.contains(id))
    #expect(second.stderr.contains("kira-onboard fix \(id)"))
    #expect(try await sandbox.users().count == 1)
    #expect(try await sandbox.requests().filter { $0.method == "POST" && $0.path == "v1/users" }.count == 1)

    let confirmed = try await ExecutableRunner.run(
      ["submit", "--allow-existing-email", workspace.file.path], environment: desk())
    #expect(confirmed.status == 0, "\(confirmed.stderr)")
    #expect(try await sandbox.users().count == 2)
    _ = try await sandbox.stop()
  }
}
