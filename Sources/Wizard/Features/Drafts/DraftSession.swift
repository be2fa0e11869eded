import Foundation
import KYCForm

/// The wizard's draft: whether and where its answers are saved, kept apart
/// from the form state (`WizardState.drafts`).
public struct DraftSession: Sendable, Hashable {
  /// Answers are saved as drafts (a store is available).
  public var isEnabled = false
  /// Review looks the e-mail up in Kira (`GET /v1/users?email=`).
  public var checksExistingEmail = false
  /// Keep the draft after Kira created its user (`--keep-drafts`).
  public var keepsDraftAfterCreate = false
  /// The draft being filled in; `nil` until first saved.
  public var draftID: String?
  /// New applicant or loaded body.
  public var kind: WizardDraftKind = .new
  /// When the current draft was started.
  public var createdAt: Date?
  /// What was last handed to the store (to save only what changed).
  public var lastSaved: DraftFingerprint?
  /// The last submission problem still unresolved (saved with the draft).
  public var lastProblem: DraftProblem?
  /// Another wizard has this draft: nothing is saved here.
  public var lock: DraftLock?
  /// Why the last save failed (cleared by the next one that succeeds):
  /// what is typed since the last good save is not on disk.
  public var saveFailure: String?

  /// Nothing enabled: the wizard without a store (tests, bare runtime).
  public init() {}

  /// Drafts on, as the executable runs the wizard.
  public init(enabled: Bool, checksExistingEmail: Bool, keepsDraftAfterCreate: Bool) {
    self.isEnabled = enabled
    self.checksExistingEmail = checksExistingEmail
    self.keepsDraftAfterCreate = keepsDraftAfterCreate
  }
}

/// What a save wrote: the answers and the position. A new save is due when
/// this changes.
public struct DraftFingerprint: Sendable, Hashable {
  /// The answers.
  public var values: FormValues
  /// The step.
  public var step: StepID
  /// The focused field (`nil` on Review).
  public var focusedField: FieldID?
  /// The unresolved problem.
  public var problem: DraftProblem?
}

/// Why this wizard saves nothing of the draft it shows.
public enum DraftLock: Sendable, Hashable {
  /// Opened read-only: it is open in the wizard `holder` describes.
  case readOnly(holder: String)
  /// Another wizard (`holder`) took it over: this one stopped saving.
  case takenOver(holder: String)

  /// The status line that says so: what it means first, the holder (long) last.
  var message: WizardNotice {
    switch self {
    case .readOnly(let holder): .draftReadOnly(holder: holder)
    case .takenOver(let holder): .draftTakenOver(holder: holder)
    }
  }
}

extension WizardState {
  /// True while a draft screen (resume list, fix-up summary) covers the wizard.
  public var draftScreenCovers: Bool { resumeList != nil || fixUp?.showsSummary == true }

  /// True when answers are saved as drafts here: a store is open and this is
  /// not a fix-up of a remote user (F2 exists only then).
  public var savesDrafts: Bool { drafts.isEnabled && fixUp == nil }

  /// The key contexts of the draft screens, or nil when none shows.
  var draftScreenKeyContexts: [KeyContext]? {
    if let resumeList {
      if resumeList.lockPrompt != nil { return [.resumeLockPrompt] }
      return resumeList.confirmingDelete ? [.resumeDeleteConfirm] : [.resumeList]
    }
    if let fixUp, fixUp.showsSummary { return [.fixSummary] }
    return nil
  }
}
