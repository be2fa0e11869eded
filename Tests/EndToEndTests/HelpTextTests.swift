import Foundation
import Testing

/// `--help` texts read well at 80 columns: ArgumentParser wraps lines longer
/// than the terminal, so a paragraph written with longer lines breaks
/// mid-sentence into a one-word line.
@Suite("help texts at 80 columns")
struct HelpTextTests {
  @Test(
    "no help line is longer than 80 columns or a stray fragment of a sentence",
    arguments: [
      ["attempts"], ["attempts", "open"], ["fix"], ["submit"], ["sandbox"], ["validate"], ["drafts"],
      ["import"],
    ])
  func helpWraps(command: [String]) async throws {
    let output = try await ExecutableRunner.run(command + ["--help"], environment: ["COLUMNS": "80"])
    #expect(output.status == 0)
    var inUsage = false
    let lines = output.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, line) in lines.enumerated() {
      // ArgumentParser's own USAGE: block is one long line by design.
      if line.hasPrefix("USAGE:") { inUsage = true }
      if line.isEmpty { inUsage = false }
      if inUsage { continue }
      #expect(line.count <= 80, "\(command): \(line)")
      // A short line followed by more of the same paragraph is a sentence cut by the wrap.
      let next = index + 1 < lines.count ? lines[index + 1] : ""
      let isProse = !line.isEmpty && !line.hasPrefix(" ") && !next.hasPrefix(" ") && !next.isEmpty
      if isProse, !line.hasSuffix(":") {
        #expect(line.count >= 40, "\(command): a fragment \"\(line)\" before \"\(next)\"")
      }
    }
  }
}
