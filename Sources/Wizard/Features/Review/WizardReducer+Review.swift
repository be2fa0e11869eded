import Foundation
import KYCForm
import TerminalUI

/// Review's own keys.
extension WizardReducer {

  /// Enter on Review: the first field Kira rejected, else the first local error.
  static func editFirstProblem(in state: inout WizardState) -> [WizardEffect] {
    guard state.screen == .review else { return [] }
    let fields = state.form.steps.flatMap { state.form.visibleFields(in: $0.id, values: state.values) }
    let target =
      fields.first { state.kiraIssues[$0.id] != nil }
      ?? fields.first { state.issues[$0.id]?.contains { $0.severity == .error } == true }
    guard let target else { return [] }
    state.jump(to: target.id)
    return []
  }
}
