import Foundation
import KYCForm
import KiraModels
import TerminalUI

/// The whole wizard as a value: answers, where the operator is, what is
/// shown, and the submission. Changed only by `reduce(_:_:)`.
public struct WizardState: Sendable {
  /// The form being filled in.
  public internal(set) var form: OnboardingForm
  /// Validation rules (clock, minimum age, file reader) in force.
  public var policy: ValidationPolicy
  /// Where the data goes.
  public var environment: WizardEnvironment
  /// The key table (help screen and status line read it too).
  public let keymap: Keymap

  /// The answers (stored values: normalised, `MEX` not "México").
  public var values: FormValues
  /// Which main screen shows.
  public var screen: WizardScreen = .step
  /// Index of the current step in `form.steps`.
  public var stepIndex = 0
  /// The focused field on a step screen.
  public var focusedField: FieldID?
  /// The text being edited in the focused field.
  public var editor = LineEditor()
  /// Local findings shown under fields that were left (or checked by next-step).
  public var issues: [FieldID: [ValidationIssue]] = [:]
  /// Kira's field errors from the last 400, shown as "Kira says".
  public var kiraIssues: [FieldID: [String]] = [:]
  /// Kira's errors whose path matches no field.
  public var unmappedKiraIssues: [String] = []
  /// Type and size of accepted document images.
  public var fileInfo: [FieldID: DocumentFileInfo] = [:]
  /// The open choice or country list.
  public var popup: ChoicePopup?
  /// Help, quit dialog or scenario menu over the screen.
  public var overlay: WizardOverlay?
  /// The sandbox scenario picked with F6 (embedded sandbox only): F5 then
  /// fills around its trigger instead of over it.
  public var demoScenario: DemoScenario?
  /// A one-line message above the status line.
  public var message: StatusMessage?
  /// The language the operator reads every screen, message and hint in.
  public var language: OperatorLanguage = .english
  /// True once Review has been shown: Ctrl-R then goes back to it from any step.
  public internal(set) var hasShownReview = false
  /// Scroll offset of the Review list.
  public var reviewScroll = 0
  /// Findings of the whole form, computed when Review opens or changes.
  public var reviewIssues: [ValidationIssue] = []
  /// Will Kira verify this customer? Computed with `reviewIssues`.
  public var readiness: KYCReadiness.Report?
  /// The missing readiness items the operator was warned about at F10; a
  /// second F10 with the same items creates the user anyway.
  public var readinessWarnedFor: [String]?
  /// The current or last logical create.
  public var submission: SubmissionAttempt?
  /// The user Kira created (never submit again once set).
  public var createdUser: CreatedUser?
  /// Following the created (or fixed) user to a final state (`StatusFollowUp`).
  public var followUp: StatusFollowUp?
  /// The verification link of a user created in link mode, with its QR code.
  public var handOff: LinkHandOff?
  /// False with `--no-qr`: the link is shown as text only.
  public var showsQRCode = true
  /// Kira's users with this e-mail that the operator was warned about at
  /// F10; a second F10 with the same users creates the customer anyway.
  public var existingEmailWarnedFor: [String]?
  /// The key the next new logical create will use.
  public var spareIdempotencyKey: String?
  /// Connection to Kira.
  public var connection: ConnectionStatus = .notStarted
  /// Terminal size in cells.
  public var columns: Int
  /// Terminal height in cells.
  public var rows: Int
  /// The injected clock's last reading.
  public var now: Date
  /// True when answers changed since they were last saved or submitted.
  public var hasUnsavedAnswers = false
  /// True once the operator quit.
  public var isFinished = false
  /// The draft the answers are saved in (`WizardReducer+Drafts`).
  public var drafts = DraftSession()
  /// The resume list shown at start, when drafts exist (`WizardReducer+ResumeList`).
  public var resumeList: ResumeList?
  /// The fix-up of a remote user, `kira-onboard fix USER_ID` (`WizardReducer+FixUp`).
  public var fixUp: FixSession?
  /// The duplicate e-mail check of Review (`WizardReducer+EmailCheck`).
  public var emailCheck: EmailCheck?
  /// The journal attempt opened with `--attempt ID`, for the Review notice.
  public var openedAttempt: Int64?

  /// A fresh wizard on the first field of the first step.
  public init(
    form: OnboardingForm = .individual, policy: ValidationPolicy, environment: WizardEnvironment,
    idempotencyKey: String, now: Date, columns: Int = 80, rows: Int = 24, values: FormValues? = nil,
    keymap: Keymap = .standard
  ) {
    self.form = form
    self.policy = policy
    self.environment = environment
    self.keymap = keymap
    self.values = values ?? form.initialValues
    self.spareIdempotencyKey = idempotencyKey
    self.now = now
    self.columns = columns
    self.rows = rows
    focusFirstField()
  }

  // MARK: - Derived

  /// The current step.
  public var currentStep: StepDefinition { form.steps[stepIndex] }

  /// The fields of the current step shown for the current answers.
  public var visibleFields: [FieldDefinition] {
    form.visibleFields(in: currentStep.id, values: values)
  }

  /// The focused field's definition.
  public var focusedDefinition: FieldDefinition? {
    focusedField.flatMap { form.field($0) }
  }

  /// Index of the focused field among `visibleFields`.
  public var focusIndex: Int? {
    guard let focusedField else { return nil }
    return visibleFields.firstIndex { $0.id == focusedField }
  }

  /// The smallest terminal the wizard draws in.
  public static let minimumColumns = 80
  /// The smallest terminal height the wizard draws in: 23, what tmux or
  /// screen leave of an 80x24 terminal under their status line.
  public static let minimumRows = 23

  /// True below 80x23: only the "terminal too small" screen is drawn.
  public var isTooSmall: Bool { columns < Self.minimumColumns || rows < Self.minimumRows }

  /// Blocking findings of the Review list.
  public var reviewErrors: [ValidationIssue] { reviewIssues.filter { $0.severity == .error } }

  /// The contexts the keymap is consulted in, most specific first.
  public var keyContexts: [KeyContext] {
    if let overlay {
      switch overlay {
      case .help: return [.help]
      case .quitConfirm: return [.quitConfirm]
      case .scenarios: return [.scenarios]
      }
    }
    if let contexts = draftScreenKeyContexts { return contexts }
    switch screen {
    case .review: return [.review]
    case .submitting: return [.submitting]
    case .result:
      if createdUser != nil { return [.result] }
      if case .rejected? = submission?.outcome { return [.resultRejected] }
      if case .alreadyOnboarded? = submission?.outcome { return [.resultRejected] }
      return [.resultRetry]
    case .step:
      let fieldContext = focusedDefinition.map { Self.context(for: $0.kind) } ?? .textField
      return popup == nil ? [fieldContext] : [.popup, fieldContext]
    }
  }

  /// What this session offers the keymap beyond where the operator is: the
  /// embedded sandbox's demo keys, F2 when drafts are saved, the resume list
  /// while it shows, the submitting and result screens unless this is a
  /// fix-up, the steps (and the contexts of their kinds of field) unless a
  /// fix-up has nothing to fix, and the fix-up summary's Enter when it opens
  /// fields and R when it re-issues verification.
  public var keyFeatures: Set<KeyBinding.Feature> {
    var features: Set<KeyBinding.Feature> = []
    if environment.isEmbeddedSandbox { features.insert(.embeddedSandbox) }
    if followUp != nil { features.insert(.statusFollowUp) }
    if handOff != nil { features.insert(.linkHandOff) }
    if savesDrafts { features.insert(.drafts) }
    if resumeList != nil { features.insert(.resumeList) }
    if let fix = fixUp {
      features.insert(.fixUp)
      if fix.opensFields { features.insert(.fixUpFields) }
      if fix.reissuesVerification { features.insert(.verificationReissue) }
    } else {
      features.insert(.userCreation)
    }
    let showsSteps = fixUp.map(\.asksFields) ?? true
    if showsSteps {
      features.insert(.formSteps)
      for context in Set(form.fields.map { Self.context(for: $0.kind) }) {
        features.formUnion(context.requirements)
      }
    }
    return features
  }

  /// The steps Review lists (all 8, or those of a fix-up's fields): their
  /// digits, 1 to this, edit them there.
  public var reviewStepCount: Int { form.steps.count }

  /// The key context of a field kind.
  static func context(for kind: FieldKind) -> KeyContext {
    switch kind {
    case .choice, .subdivision: .choiceField
    case .country: .countryField
    case .yesNo: .yesNoField
    case .file: .fileField
    case .text, .secret, .date, .keyValue: .textField
    }
  }

  // MARK: - Focus helpers

  /// Shows the step of `field` and focuses it (used to open the wizard on a
  /// given field, e.g. to fix what Kira rejected).
  public mutating func jump(to field: FieldID) {
    guard let definition = form.field(field),
      let index = form.steps.firstIndex(where: { $0.id == definition.step })
    else { return }
    screen = .step
    overlay = nil
    stepIndex = index
    focus(visibleFields.contains { $0.id == field } ? field : visibleFields.first?.id)
  }

  /// Focuses the first visible field of the current step.
  mutating func focusFirstField() {
    focus(visibleFields.first?.id)
  }

  /// Focuses `field` and loads its stored value into the editor. A list
  /// field's value is selected, so a whole option typed blind replaces it.
  mutating func focus(_ field: FieldID?) {
    focusedField = field
    popup = nil
    editor = LineEditor(text: field.map { values[$0] } ?? "")
    if let definition = focusedDefinition, WizardReducer.isListField(definition) { editor.selectAll() }
  }
}
