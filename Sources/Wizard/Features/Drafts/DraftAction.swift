import Foundation
import KYCForm

/// Results of draft, fix-up and e-mail check effects, fed back by the runtime.
public enum DraftAction: Sendable {
  /// The store saved the draft under `id` (`explicit`: F2 asked for it).
  case saved(id: String, explicit: Bool)
  /// The store could not save (the message names no applicant data).
  case saveFailed(String)
  /// A draft was loaded (picked on the resume list, or `--resume ID`); `nil`: it no longer exists.
  case loaded(WizardDraft?, id: String)
  /// A JSON body opened with `--load FILE`: shown on Review with every local error.
  case openBody(FormValues)
  /// A failed journal attempt opened with `--attempt ID`.
  case openAttempt(AttemptToOpen)
  /// Loading failed (wrong key, damaged row).
  case loadFailed(id: String, String)
  /// The draft is open in another wizard (`holder` says where): nothing loaded.
  case lockedElsewhere(id: String, holder: String)
  /// Another wizard took the draft over: the save was not written, none will be.
  case takenOver(holder: String)
  /// A draft was wiped from the resume list.
  case deleted(id: String)
  /// Wiping failed.
  case deleteFailed(id: String, String)
  /// Kira answered the e-mail look-up (`nil`: could not ask).
  case emailChecked(email: String, users: [ExistingUser]?)
  /// The local store opened after the first frame: its saved drafts (empty:
  /// none) are offered when the operator has not started on a form yet.
  case storeOpened(resumeList: [DraftListing])
  /// The local store could not open: the wizard ends (the executable says why on stderr).
  case storeFailed
  /// The fix-up's `PUT` (and reload) ended.
  case remoteUserUpdated(FixUpdateResult)
  /// Re-issuing verification ended.
  case verificationReissued(ReissueResult)
}

/// Work on drafts, fix-ups and look-ups the reducer asks the runtime to do.
public enum DraftEffect: Sendable, Hashable {
  /// Save the draft now, in one transaction (answer `.saved`).
  case save(WizardDraft, explicit: Bool)
  /// Load a draft to edit (answer `.loaded`, or `.lockedElsewhere`).
  case load(id: String)
  /// Load a draft read-only or taking it over (answer `.loaded`).
  case open(id: String, mode: DraftOpenMode)
  /// Wipe a draft (answer `.deleted`).
  case delete(id: String)
  /// Look up users with this e-mail in Kira (answer `.emailChecked`); never blocks.
  case lookUpEmail(String)
  /// `PUT /v1/users/{id}` with only what changed between the two sets of
  /// answers, then reload the user (answer `.remoteUserUpdated`).
  case updateRemoteUser(userID: String, original: FormValues, edited: FormValues)
  /// `POST /v1/users/{id}/verifications` with an embedded link (answer `.verificationReissued`).
  case reissueVerification(userID: String)
}

/// A journal attempt opened in the wizard (`--attempt ID`): Kira's field
/// errors (paths and codes from the journal, messages from the draft when
/// it still has them) over the answers of the attempt's draft.
public struct AttemptToOpen: Sendable, Hashable {
  /// The journal row id.
  public var attemptID: Int64
  /// HTTP status Kira answered, if any.
  public var httpStatus: Int?
  /// Kira's error code, if any.
  public var errorCode: String?
  /// Kira's field errors.
  public var fieldErrors: [KiraFieldError]
  /// The attempt's draft (answers, position, open submission), when it still exists.
  public var draft: WizardDraft?
  /// The answers when there is no draft (read from the body kept for an open key).
  public var values: FormValues

  /// Creates an attempt to open.
  public init(
    attemptID: Int64, httpStatus: Int?, errorCode: String?, fieldErrors: [KiraFieldError],
    draft: WizardDraft?, values: FormValues
  ) {
    self.attemptID = attemptID
    self.httpStatus = httpStatus
    self.errorCode = errorCode
    self.fieldErrors = fieldErrors
    self.draft = draft
    self.values = values
  }
}
