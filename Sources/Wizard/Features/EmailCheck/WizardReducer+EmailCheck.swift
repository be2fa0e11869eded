import Foundation
import KYCForm
import TerminalUI

/// The duplicate e-mail check: Kira is asked once per e-mail whether it already has a user with it.
extension WizardReducer {

  /// When Review shows an e-mail not checked yet, asks Kira for users with it
  /// (in the background: Review never waits for it).
  static func checkEmail(in state: inout WizardState) -> [WizardEffect] {
    guard state.drafts.checksExistingEmail, state.fixUp == nil, state.screen == .review,
      state.overlay == nil
    else { return [] }
    let email = state.values[.email].trimmedWhitespace
    guard !email.isEmpty, state.issues[.email]?.contains(where: { $0.severity == .error }) != true,
      state.emailCheck?.email != email
    else { return [] }
    state.emailCheck = .checking(email: email)
    return [.drafts(.lookUpEmail(email))]
  }
}
