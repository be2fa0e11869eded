import Foundation
import KYCForm

/// Results of draft, fix-up and e-mail check effects, fed back by the runtime.
public enum DraftAction: Sendable {
  /// The store saved the draft under `id` (`explicit`: F2 asked for it).
  case saved(id: String, explicit: Bool)
  /// The store could not save (the message names no applicant data).
  case saveFailed(String)
  /// A draft picked on the resume list was loaded (`nil`: it no longer exists).
  case loaded(WizardDraft?, id: String)
  /// Loading failed (wrong key, damaged row).
  case loadFailed(id: String, String)
  /// A draft was wiped from the resume list.
  case deleted(id: String)
  /// Wiping failed.
  case deleteFailed(id: String, String)
  /// Kira answered the e-mail look-up (`nil`: could not ask).
  case emailChecked(email: String, users: [ExistingUser]?)
  /// The fix-up's `PUT` (and reload) ended.
  case remoteUserUpdated(FixUpdateResult)
  /// Re-issuing verification ended.
  case verificationReissued(ReissueResult)
}

/// Work on drafts, fix-ups and look-ups the reducer asks the runtime to do.
public enum DraftEffect: Sendable, Hashable {
  /// Save the draft now, in one transaction (answer `.saved`).
  case save(WizardDraft, explicit: Bool)
  /// Load a draft (answer `.loaded`).
  case load(id: String)
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
