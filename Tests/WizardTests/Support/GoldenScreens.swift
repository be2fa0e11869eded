import Foundation
import TerminalUI
import Testing
import Wizard

/// Golden text screens: `Goldens/<name>.txt` holds the frame as text (each
/// row ending in `|`) and its style layer. With `RECORD_GOLDENS=1` the test
/// writes the file and fails once, so no unreviewed golden lands.
enum GoldenScreens {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Goldens")

  static func check(
    _ name: String, _ state: WizardState, columns: Int = 80, rows: Int = 24,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    // Every screen in both languages: `name.txt` in English, `es/name.txt` in Spanish.
    var english = state
    english.language = .english
    check(name, frame: render(english, size: (columns, rows)), sourceLocation: sourceLocation)
    var spanish = state
    spanish.language = .spanish
    check("es/" + name, frame: render(spanish, size: (columns, rows)), sourceLocation: sourceLocation)
  }

  /// Compares a frame of any screen with its golden.
  static func check(_ name: String, frame: Frame, sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = frame.grid.golden(includeStyles: true)
    let url = folder.appendingPathComponent(name + ".txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try? actual.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "Recorded golden \(name).txt: review it, then run again without RECORD_GOLDENS",
        sourceLocation: sourceLocation)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "Missing golden \(name).txt: run with RECORD_GOLDENS=1 and review it", sourceLocation: sourceLocation)
      return
    }
    if actual != expected {
      let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let index =
        zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
      let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
      let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
      Issue.record(
        "Golden \(name).txt differs at line \(index + 1):\n  expected: \(want)\n  actual:   \(got)",
        sourceLocation: sourceLocation)
    }
  }
}
