import Foundation
import KYCForm
import TerminalUI
import Wizard

/// Where a field move's time goes inside the wizard, without a terminal:
/// the reducer, drawing the frame, and diffing it against the last one,
/// for the same keys the ttyperf scenario sends (names typed on Identity,
/// then Tab and Shift-Tab), beside a typed character.
enum WizardBench {
  static func run() -> [String] {
    var lines: [String] = []
    for (label, keys) in [
      ("field move (Tab / Shift-Tab on Identity)", [Key.tab, .tab, .backTab, .backTab]),
      ("typed character (last name)", "NunezYamadaNunezYamada".map { Key.character($0) }),
    ] {
      var reduceTimes: [Double] = []
      var renderTimes: [Double] = []
      var diffTimes: [Double] = []
      for _ in 0..<200 {
        var state = identityState()
        if label.hasPrefix("typed") { _ = reduce(&state, .key(.tab)) }
        var previous = render(state)
        for key in keys {
          let start = DispatchTime.now().uptimeNanoseconds
          _ = reduce(&state, .key(key))
          let reduced = DispatchTime.now().uptimeNanoseconds
          let frame = render(state)
          let rendered = DispatchTime.now().uptimeNanoseconds
          let diff = ScreenDiff(from: previous.grid, to: frame.grid)
          let diffed = DispatchTime.now().uptimeNanoseconds
          withExtendedLifetime(diff) {}
          previous = frame
          reduceTimes.append(Double(reduced - start) / 1e6)
          renderTimes.append(Double(rendered - reduced) / 1e6)
          diffTimes.append(Double(diffed - rendered) / 1e6)
        }
      }
      lines.append(
        "  \(label): reducer \(summary(reduceTimes)), frame \(summary(renderTimes)), diff \(summary(diffTimes))"
      )
    }
    return lines
  }

  /// The Identity step at 80x24 with both names typed, the first name focused.
  static func identityState() -> WizardState {
    var state = WizardState(
      policy: .standard(), environment: .embeddedSandbox(), idempotencyKey: "bench", now: Date())
    _ = reduce(&state, .key(.pageDown))
    for character in "MariaJoseGonzalez" { _ = reduce(&state, .key(.character(character))) }
    _ = reduce(&state, .key(.tab))
    for character in "NunezYamada" { _ = reduce(&state, .key(.character(character))) }
    _ = reduce(&state, .key(.backTab))
    return state
  }

  static func summary(_ values: [Double]) -> String {
    let sorted = values.sorted()
    let median = sorted[sorted.count / 2]
    let p95 = sorted[min(sorted.count - 1, Int(Double(sorted.count) * 0.95))]
    return String(format: "median %.3f ms, p95 %.3f ms", median, p95)
  }
}
