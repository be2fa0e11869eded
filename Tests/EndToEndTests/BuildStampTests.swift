import BuildStamp
import Foundation
import Testing

/// `--version` and the build stamp `make install` writes into installed
/// binaries (scripts/stamp-binary).
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
}
