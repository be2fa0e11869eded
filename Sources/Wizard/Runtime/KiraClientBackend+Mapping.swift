import KiraClient
import KiraModels

extension KiraClientBackend {
  /// How a `KiraError` ends a submission, for backends built outside this
  /// module (the executable's journaled backend).
  public static func submissionOutcome(for error: KiraError) -> SubmissionOutcome {
    outcome(for: error)
  }

  /// A client retry event as the Submitting screen shows it.
  public static func submissionProgress(from event: RetryEvent) -> SubmissionProgress {
    progress(from: event)
  }

  /// The result screen's summary of a user Kira returned.
  public static func summary(of user: KiraUser) -> CreatedUser {
    createdUser(from: user)
  }
}
