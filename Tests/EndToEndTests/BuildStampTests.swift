import BuildStamp
import Foundation
import Testing

/// `--version` and the build stamp `make install` writes into installed
/// binaries (scripts/stamp-binary), on copies of the built executables.
@Suite struct BuildStampTests {
  @Test func readsKeyValueLinesAndIgnoresUnknownKeys() {
    let stamp = BuildStamp(text: "commit=3f9c2d1a7b40\ndate=2026-12-03\nbuild=release, static\nlater=ignored")
    #expect(stamp == BuildStamp(commit: "3f9c2d1a7b40", date: "2026-12-03", build: "release, static"))
    #expect(BuildStamp(text: "no equals sign\n=\n") == BuildStamp(commit: nil, date: nil, build: nil))
  }

  @Test func describesStampedAndUnstampedBuilds() {
    let stamped = BuildStamp.describe(
      version: "kira-onboard 0.2.0", stamp: BuildStamp(commit: "abc", date: "2026-12-03", build: "release"))
    #expect(stamped == "kira-onboard 0.2.0\ncommit: abc (built 2026-12-03)\nbuild: release")
    let unstamped = BuildStamp.describe(version: "kira-onboard 0.2.0", stamp: nil)
    #expect(unstamped.hasPrefix("kira-onboard 0.2.0\ncommit: unknown (unstamped "))
  }

  @Test func theBuiltBinaryIsUnstamped() async throws {
    let output = try await ExecutableRunner.run(["--version"])
    #expect(output.status == 0)
    let lines = output.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "kira-onboard \(BuildStamp.productVersion)")
    #expect(lines.dropFirst().first?.hasPrefix("commit: unknown (unstamped ") == true)
  }

  /// Stamps copies of both executables as `make install` does, and reads the
  /// stamp back through `--version`; a second stamp of the same copy is refused.
  @Test(arguments: ["kira-onboard", "kira-onboard-net"])
  func aStampedCopySaysItsCommitAndBuild(product: String) async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stamp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = folder.appendingPathComponent(product)
    try FileManager.default.copyItem(
      at: ExecutableRunner.productsDirectory.appendingPathComponent(product), to: copy)
    let stamp = ["commit=0123456789ab-dirty", "date=2026-12-03", "build=release, static Swift runtime"]
    #expect(try await runStamper([copy.path] + stamp) == 0)
    let output = try await ExecutableRunner.run(["--version"], executable: copy)
    #expect(output.status == 0)
    let name = product == "kira-onboard" ? "kira-onboard" : "kira-onboard-net"
    #expect(
      output.stdout
        == "\(name) \(BuildStamp.productVersion)\ncommit: 0123456789ab-dirty (built 2026-12-03)\n"
        + "build: release, static Swift runtime\n")
    #expect(try await runStamper([copy.path, "commit=again"]) == 65)
  }

  /// Runs `scripts/stamp-binary` with python3 and returns its exit status.
  private func runStamper(_ arguments: [String]) async throws -> Int32 {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let script = repository.appendingPathComponent("scripts/stamp-binary").path
    let output = try await ExecutableRunner.run(
      ["python3", script] + arguments, executable: URL(fileURLWithPath: "/usr/bin/env"))
    return output.status
  }
}
