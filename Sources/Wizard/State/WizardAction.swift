import Foundation
import KYCForm
import KiraModels
import TerminalUI

/// Everything that can happen to the wizard: keys from the terminal and
/// results of effects fed back by the runtime.
public enum WizardAction: Sendable {
  /// A key (or a resize) from the terminal.
  case key(Key)
  /// The clock moved (spinner, elapsed time, retry countdown).
  case tick(Date)
  /// The connection to Kira (or the embedded sandbox) changed.
  case connection(ConnectionStatus)
  /// A fresh idempotency key for the next logical create.
  case idempotencyKeyIssued(String)
  /// The client is retrying the create sent with `idempotencyKey`.
  case submissionProgress(idempotencyKey: String, SubmissionProgress)
  /// The create sent with `idempotencyKey` ended.
  case submissionFinished(idempotencyKey: String, SubmissionOutcome)
  /// A document image was inspected (type and size, or why it is unusable).
  case fileInspected(field: FieldID, path: String, Result<DocumentFileInfo, ValidationIssue>)
  /// Path completion for a file field: the completed text and, when several
  /// files fit, their names.
  case pathCompleted(field: FieldID, original: String, completed: String, candidates: [String])
  /// A result of a draft, look-up or fix-up effect.
  case drafts(DraftAction)
  /// `GET /v1/users/{id}` for the followed user answered (or failed).
  case userStatusChecked(userID: String, Result<UserStatusSnapshot, StatusCheckFailure>)
  /// The terminal was asked to copy the link (true), or cannot be (false).
  case clipboardAnswered(copied: Bool)
  /// The demo's sample document image could not be written (the reason, cleaned).
  case sampleDocumentFailed(reason: String)
  /// Kira's subdivision codes (`GET /v1/countries`, fetched or cached) now
  /// decide the state field.
  case subdivisionsLoaded(SubdivisionCatalog)
}

/// Work the reducer asks the runtime to do. Effects are data: tests compare them.
public enum WizardEffect: Sendable, Hashable {
  /// POST /v1/users with this exact body and idempotency key.
  case submit(payload: JSONValue, idempotencyKey: String)
  /// The same, the operator having confirmed that Kira's users with this
  /// e-mail (`existingUserIDs`) are not this customer.
  case submitAllowingExisting(payload: JSONValue, idempotencyKey: String, existingUserIDs: [String])
  /// Make a new idempotency key (answer with `.idempotencyKeyIssued`).
  case issueIdempotencyKey
  /// Read a document image's type and size (answer with `.fileInspected`).
  case inspectFile(field: FieldID, path: String)
  /// Complete a file path (answer with `.pathCompleted`).
  case completePath(field: FieldID, text: String)
  /// Write the demo's sample document image to `path` (embedded sandbox only).
  case writeSampleDocument(path: String)
  /// `GET /v1/users/{id}` for the status follow-up (answer with `.userStatusChecked`).
  case checkUserStatus(userID: String)
  /// Ask the terminal to put `text` on its clipboard (answer with `.clipboardAnswered`).
  case copyToClipboard(String)
  /// Leave the wizard.
  case quit
  /// Drafts, look-ups and fix-ups (`DraftEffect`).
  case drafts(DraftEffect)
}

/// Why a status check got no usable answer (cleaned before drawing).
public struct StatusCheckFailure: Error, Sendable, Hashable {
  /// What happened, for people.
  public var message: String

  /// Creates a failure.
  public init(_ message: String) {
    self.message = message
  }
}
