import Foundation
import KYCForm

extension WizardState {
  /// A wizard for the fix-up of a remote user: the summary first, then just
  /// the fields to fix (missing or rejected), starting from the user's answers.
  public init(
    fixing target: FixTarget, policy: ValidationPolicy, environment: WizardEnvironment, now: Date,
    columns: Int = 80, rows: Int = 24, keymap: Keymap = .standard
  ) {
    self.init(
      form: OnboardingForm.individual.restricted(to: target.fieldsToAsk), policy: policy,
      environment: environment, idempotencyKey: "", now: now, columns: columns, rows: rows,
      values: target.values, keymap: keymap)
    spareIdempotencyKey = nil
    fixUp = FixSession(target: target)
  }
}
