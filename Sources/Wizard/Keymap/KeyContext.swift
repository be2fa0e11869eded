/// Where the operator is, as far as keys are concerned. A binding applies in
/// a set of contexts; the first binding that matches a key wins.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
  /// A text, date, secret, metadata field on a step.
  case textField
  /// A choice field (closed list).
  case choiceField
  /// A country field.
  case countryField
  /// A yes/no field.
  case yesNoField
  /// A file path field.
  case fileField
  /// The popup list of a choice or country field is open.
  case popup
  /// The Review screen.
  case review
  /// Waiting for Kira.
  case submitting
  /// The result of a submission that created the user.
  case result
  /// The result of a submission that may be retried (unknown outcome, failure).
  case resultRetry
  /// Kira rejected the data without naming fields: change answers, then submit again.
  case resultRejected
  /// The help screen.
  case help
  /// The quit confirmation dialog.
  case quitConfirm
  /// The demo scenario menu.
  case scenarios
  /// The list of saved drafts offered at start.
  case resumeList
  /// "Wipe this draft?" on the resume list.
  case resumeDeleteConfirm
  /// "Open in another wizard: read-only or take over?" on the resume list.
  case resumeLockPrompt
  /// The fix-up summary of a remote user.
  case fixSummary

  /// The contexts of a step's fields, whatever their kind.
  public static let anyField: Set<KeyContext> = [
    .textField, .choiceField, .countryField, .yesNoField, .fileField,
  ]
  /// Fields whose text the line editor edits.
  public static let editableField: Set<KeyContext> = [
    .textField, .choiceField, .countryField, .fileField,
  ]

  /// What a session must offer to ever be here (`WizardState.keyFeatures`
  /// offers it): the help screen lists a binding only when the session
  /// reaches one of its contexts. Only help itself is reached everywhere.
  public var requirements: Set<KeyBinding.Feature> {
    switch self {
    case .textField: [.textFields]
    case .choiceField, .countryField, .popup: [.listFields]
    case .yesNoField: [.yesNoFields]
    case .fileField: [.fileFields]
    case .review, .quitConfirm: [.formSteps]
    case .submitting, .result, .resultRetry, .resultRejected: [.userCreation]
    case .help: []
    case .scenarios: [.embeddedSandbox, .formSteps]
    case .resumeList, .resumeDeleteConfirm, .resumeLockPrompt: [.resumeList]
    case .fixSummary: [.fixUp]
    }
  }
}
