import Foundation
import KiraModels
import Testing

extension SubmitCommandTests {
  private static func value(_ prefix: String, in text: String) -> String? {
    text.split(separator: "\n").first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
  }

  @Test("submit --wait follows the user to REJECTED and prints the final state and its history")
  func waitsForFinalState() async throws {
    let sandbox = try await SandboxProcess(arguments: ["--verify-after", "2s"])
    let workspace = try Workspace { body in
      body["email"] = .string("maria.\(UUID().uuidString.prefix(8).lowercased())+reject@example.com")
    }
    let result = try await ExecutableRunner.run(
      ["submit", "--wait", "--wait-timeout", "60", workspace.file.path],
      environment: sandbox.clientEnvironment)
    #expect(result.status == 0, "\(result.stderr)")
    let id = try #require(Self.value("created: ", in: result.stdout))
    #expect(Self.value("status: ", in: result.stdout) == "REJECTED")
    #expect(Self.value("verification status: ", in: result.stdout) == "rejected")
    let history = try #require(Self.value("history (UTC): ", in: result.stdout))
    #expect(history.hasPrefix("CREATED "), "\(history)")
    #expect(history.contains("→ REJECTED "), "\(history)")
    #expect(result.stderr.contains("status REJECTED at"))
    let reads = try await sandbox.requests().filter { $0.method == "GET" && $0.path == "v1/users/\(id)" }
    #expect((1...10).contains(reads.count), "bounded: \(reads.count) reads")
    _ = try await sandbox.stop()
  }

  @Test("submit --wait gives up after --wait-timeout with exit 75 and the last status")
  func waitIsBounded() async throws {
    let sandbox = try await SandboxProcess(arguments: ["--verify-after", "600s"])
    let workspace = try Workspace()
    let result = try await ExecutableRunner.run(
      ["submit", "--wait", "--wait-timeout", "3", workspace.file.path], environment: sandbox.clientEnvironment
    )
    #expect(result.status == 75, "\(result.stdout)\n\(result.stderr)")
    #expect(result.stderr.contains("reached no final state in 3 s"))
    #expect(Self.value("status: ", in: result.stdout) == "VERIFYING")
    _ = try await sandbox.stop()
  }

  @Test("--wait-timeout out of range is a usage error naming the option")
  func waitTimeoutRange() async throws {
    let result = try await ExecutableRunner.run(["submit", "--wait", "--wait-timeout", "0", "x.json"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--wait-timeout must be between 1 and 3600"))
  }
}
