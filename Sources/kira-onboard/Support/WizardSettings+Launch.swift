import ArgumentParser
import CursesTerminal
import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraOnboarding
import TerminalUI
import Wizard

/// Running the wizard: the launch plan, the store (after the first frame when
/// nothing needs it before), the key loop on the main thread, and what is
/// printed once the screen is given back.
extension WizardSettings {
  /// The wizard on the main thread, which `KiraOnboard.main` calls before
  /// anything suspends: nothing hops threads before the first frame.
  @MainActor
  func runOnMainThread() throws {
    do {
      try runPresentingErrors()
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  @MainActor
  private func runPresentingErrors() throws {
    let environment = ProcessInfo.processInfo.environment
    let plan = try WizardLaunchPlan.make(
      demo: demo, settings: connection, environment: environment)
    // A fresh form or the resume list: the store opens behind the first
    // frame. A draft, body or attempt to open: before it, so a wrong id or
    // file is reported on stderr.
    let deferred: DeferredWizardStore?
    let start: WizardStart?
    let storeSettings = store
    let opening = self.opening
    if opening.opensStoreAfterFirstFrame {
      deferred = DeferredWizardStore {
        try WizardStart.prepare(store: storeSettings, opening: opening, plan: plan)
      }
      start = nil
    } else {
      deferred = nil
      start = try WizardStart.prepare(
        store: storeSettings, opening: opening, plan: plan, warn: { ErrorPresenter.writeToStandardError($0) })
    }
    let connect = makeJournaledConnector(
      plan: plan, settings: connection,
      transports: NetworkHelper.sessionTransports(
        options: connection, environment: plan.sessionEnvironment, sandboxPort: plan.sandboxPort),
      store: { start?.store ?? deferred?.store }, operatorName: store.operatorName, keepDrafts: keepDrafts)
    let lineMode =
      accessible || environment["KIRA_ONBOARD_ACCESSIBLE"] == "1" || environment["TERM"] == "dumb"
    let operatorLanguage = OperatorLanguage.resolve(flag: language, environment: environment)
    let final = try Self.runWizard(
      plan: plan, minimumAge: minimumAge, dateOrder: dateOrder, connect: connect,
      drafts: WizardDraftSource(start: start, deferred: deferred), keepDrafts: keepDrafts,
      language: operatorLanguage, lineMode: lineMode, showsQRCode: !noQR && !lineMode)
    if let failure = deferred?.failure { throw failure }
    if let user = final.createdUser {
      print(
        CLIText.createdUser(
          id: UntrustedText.clean(user.id), status: UserReport.clean(user.status),
          verification: UserReport.clean(user.verificationStatus)
        ).text(in: operatorLanguage))
      if let followUp = final.followUp, followUp.userID == user.id { print(followUp.exitLine) }
      if let link = user.verificationLink {
        print(
          CLIText.verificationLink(UntrustedText.clean(link, limit: VerificationLink.maxLength)).text(
            in: operatorLanguage))
      } else if let refused = user.verificationLinkError {
        print(CLIText.verificationLinkNone(UntrustedText.clean(refused)).text(in: operatorLanguage))
      }
    } else if let attempt = final.submission, case .alreadyOnboarded(let user) = attempt.outcome {
      let id = UntrustedText.clean(user.id)
      print(CLIText.alreadyOnboarded(id: id).text(in: operatorLanguage))
    } else if let attempt = final.submission, case .outcomeUnknown = attempt.outcome {
      print(CLIText.outcomeUnknown(key: attempt.idempotencyKey).text(in: operatorLanguage))
    }
    if final.createdUser == nil {
      if let line = Self.draftExitLine(final.drafts, language: operatorLanguage) { print(line) }
    }
  }

  /// What the exit says about the draft: exactly what was saved, and what
  /// was not (a failed save on a full disk, a draft another wizard holds).
  static func draftExitLine(
    _ drafts: DraftSession, language: OperatorLanguage = CLILanguage.current
  ) -> String? {
    switch drafts.lock {
    case .readOnly(let holder):
      return CLIText.draftReadOnly(holder: holder).text(in: language)
    case .takenOver(let holder):
      return CLIText.draftTakenOver(holder: holder).text(in: language)
    case nil:
      break
    }
    if let failure = drafts.saveFailure {
      guard let draftID = drafts.draftID else {
        return CLIText.answersNotSaved(failure: "\(failure)").text(in: language)
      }
      return CLIText.lastAnswersNotSaved(failure: "\(failure)", draftID: "\(draftID)").text(in: language)
    }
    guard let draftID = drafts.draftID else { return nil }
    return CLIText.draftSaved(draftID: "\(draftID)").text(in: language)
  }

  /// Takes the screen, runs the key loop on the main thread, gives the screen back.
  @MainActor
  static func runWizard(
    plan: WizardLaunchPlan, minimumAge: Int, dateOrder: DateOrder = .dayFirst,
    connect: @escaping @Sendable () async throws -> any WizardBackend,
    drafts: WizardDraftSource? = nil, keepDrafts: Bool = false, language: OperatorLanguage = .english,
    lineMode: Bool = false, showsQRCode: Bool = true
  ) throws -> WizardState {
    var policy = ValidationPolicy.standard(today: Date())
    policy.minimumAge = minimumAge
    let lineTerminal = lineMode ? LineModeTerminal(console: StandardLineConsole(), language: language) : nil
    let terminal: any Terminal = try lineTerminal ?? CursesTerminal()
    CrashGuard.crashForTestIfAsked("wizard")
    var form = OnboardingForm.individual
    form.dateOrder = dateOrder
    var state = WizardState(
      form: form, policy: policy, environment: plan.environment,
      idempotencyKey: UUID().uuidString.lowercased(),
      now: Date(),
      columns: terminal.size.columns, rows: terminal.size.rows)
    state.showsQRCode = showsQRCode
    state.language = language
    if drafts != nil {
      state.drafts = DraftSession(enabled: true, checksExistingEmail: true, keepsDraftAfterCreate: keepDrafts)
    }
    if let start = drafts?.start, !start.resumeList.isEmpty {
      state.resumeList = ResumeList(entries: start.resumeList)
    }
    let runtime = WizardRuntime(
      terminal: terminal, state: state,
      services: WizardRuntime.Services(
        connect: connect, connectAtStart: !plan.isEmbeddedSandbox, drafts: drafts?.persistence,
        afterFirstFrame: drafts?.deferred.map { $0.openAfterFirstFrame }))
    lineTerminal?.attach(environment: plan.environment.name) { [unowned runtime] in runtime.state }
    if let action = drafts?.start?.action { runtime.dispatch(action) }
    return runtime.run()
  }
}
