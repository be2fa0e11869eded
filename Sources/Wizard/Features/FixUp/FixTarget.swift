import KYCForm

/// A remote Kira user as the fix-up shows it: statuses, `missing_fields` per
/// product, the form fields to ask for, and the answers read from the user.
/// Built by the executable from `GET /v1/users/{id}` and its `FixUpPlan`.
public struct FixTarget: Sendable, Hashable {
  /// `missing_fields` of one product.
  public struct Missing: Sendable, Hashable {
    /// The product (`general`, `usa-virtual-accounts`).
    public var product: String
    /// Kira's tokens, as sent.
    public var tokens: [String]

    /// Creates a product's list.
    public init(product: String, tokens: [String]) {
      self.product = product
      self.tokens = tokens
    }
  }

  /// Kira's user id.
  public var userID: String
  /// "M. G…".
  public var maskedName: String
  /// Upper-case lifecycle status (`REJECTED`).
  public var status: String?
  /// Lower-case advisory status.
  public var verificationStatus: String?
  /// `missing_fields` per product, products sorted.
  public var missing: [Missing]
  /// The form fields to ask for, in form order.
  public var fieldsToAsk: [FieldID]
  /// Tokens no form field matches (shown as they are).
  public var unmappedTokens: [String]
  /// The answers read from the remote user (the start of the edit).
  public var values: FormValues

  /// Creates a target.
  public init(
    userID: String, maskedName: String, status: String?, verificationStatus: String?, missing: [Missing],
    fieldsToAsk: [FieldID], unmappedTokens: [String], values: FormValues
  ) {
    self.userID = userID
    self.maskedName = maskedName
    self.status = status
    self.verificationStatus = verificationStatus
    self.missing = missing
    self.fieldsToAsk = fieldsToAsk
    self.unmappedTokens = unmappedTokens
    self.values = values
  }

  /// True for a user whose verification Kira rejected.
  public var isRejected: Bool { status?.uppercased() == "REJECTED" }
}

/// What came of saving a fix-up.
public enum FixUpdateResult: Sendable, Hashable {
  /// Kira took the `PUT`; `target` is the user reloaded afterwards.
  case updated(
    sentFields: [String], updatedFields: [String], requiresReverification: Bool?,
    verificationTriggered: Bool?, target: FixTarget, warnings: [String] = [])
  /// No answer differs from the remote user's: nothing was sent.
  case nothingChanged
  /// Kira refused the values (a 400): its field errors.
  case rejected(message: String, fieldErrors: [KiraFieldError])
  /// Anything else (network, credentials); nothing changed, or unknown.
  case failed(String)
}

/// What came of re-issuing verification.
public enum ReissueResult: Sendable, Hashable {
  /// The new hosted verification link (and status, when Kira sent one).
  case issued(link: String, status: String?)
  /// Why not.
  case failed(String)
}

/// The fix-up in progress: the user, the answers it started from, and
/// whether the summary or the fields show.
public struct FixSession: Sendable, Hashable {
  /// What is being done right now.
  public enum Activity: Sendable, Hashable {
    /// The `PUT` and reload are in flight.
    case saving
    /// Re-issuing verification.
    case reissuing
  }

  /// The remote user as last loaded.
  public var target: FixTarget
  /// The answers the edit started from (the `original` of the `PUT` body).
  public var originalValues: FormValues
  /// True while the summary screen shows (at start and after each save).
  public var showsSummary = true
  /// Work in flight.
  public var activity: Activity?
  /// The fields Kira said it updated in the last save.
  public var lastUpdatedFields: [String]?
  /// Kira's re-verification flags of the last save.
  public var lastReverification: String?
  /// Kira's `warnings[]` on the last save (cleaned).
  public var lastWarnings: [String] = []
  /// The verification link re-issued, if any.
  public var reissuedLink: String?
  /// The re-issued verification's status, as Kira sent it.
  public var reissuedStatus: String?

  /// Starts a fix-up on the summary.
  public init(target: FixTarget) {
    self.target = target
    self.originalValues = target.values
  }

  /// True when Kira lists missing or rejected fields: the fix-up has steps
  /// to edit (with none, only the summary ever shows).
  public var asksFields: Bool { !target.fieldsToAsk.isEmpty }

  /// True when Enter on the summary opens fields to edit: Kira lists missing
  /// or rejected fields and no update or re-issue is in flight.
  public var opensFields: Bool { asksFields && activity == nil }

  /// True when R on the summary re-issues verification: the user is
  /// REJECTED and no update or re-issue is in flight.
  public var reissuesVerification: Bool { target.isRejected && activity == nil }
}
