import Foundation
import KYCForm
import KiraClient
import KiraStore

/// Builds the submission coordinator the wizard (and any submitting command)
/// uses: the session's client, the store's journal and drafts, the session's
/// environment name, the operator, and Kira's error paths mapped to form fields.
public func makeSubmissionCoordinator(
  session: KiraSession, store: LocalStore, operatorName: String, keepDrafts: Bool,
  form: OnboardingForm = .individual, onRetry: (@Sendable (RetryEvent) -> Void)? = nil
) -> SubmissionCoordinator {
  SubmissionCoordinator(
    client: session.client, store: store, environment: session.journalEnvironment,
    operatorName: operatorName, keepDrafts: keepDrafts,
    fieldForPath: { form.fieldID(forAPIPath: $0) }, onRetry: onRetry)
}
