import Foundation
import KYCForm
import TerminalUI

/// The line mode's two pure halves: what to say about a state (only what
/// changed since the last time), and which keys a typed line stands for. The
/// wizard's reducer stays the only place where anything is decided: the line
/// mode reads its state and presses its keys, so the flow, the rules,
/// autosave, resume and the safe resubmission are the screen wizard's own.
struct LineNarrator {
  let language: OperatorLanguage
  /// The field the last answer went to: its outcome is read out once the
  /// reducer has handled it, and on an error the field is asked again.
  var answered: FieldID?
  private var last: Snapshot?

  init(language: OperatorLanguage) {
    self.language = language
  }

  /// What the operator is asked or told about, reduced to what matters for
  /// deciding whether to speak.
  private struct Snapshot: Equatable {
    var screen: WizardScreen
    var stepIndex: Int
    var focusedField: FieldID?
    var overlay: WizardOverlay?
    var resume: String?
    var message: String?
    var outcome: String?
    /// The followed user's status history (`CREATED 10:02:11 → VERIFYING …`).
    var history: String?

    init(_ state: WizardState, language: OperatorLanguage) {
      screen = state.screen
      stepIndex = state.stepIndex
      focusedField = state.focusedField
      overlay = state.overlay
      if let list = state.resumeList {
        resume = "\(list.entries.count) \(list.confirmingDelete) \(list.lockPrompt != nil)"
      }
      message = state.message?.text(in: language)
      outcome = state.submission.map { "\($0.outcome)" }
      history = state.followUp.map(\.historyText)
    }

    /// True when the operator is somewhere else (a new question, screen or dialog).
    func movedFrom(_ other: Snapshot?) -> Bool {
      guard let other else { return true }
      return screen != other.screen || stepIndex != other.stepIndex || focusedField != other.focusedField
        || overlay != other.overlay || resume != other.resume
        || (screen == .result && outcome != other.outcome)
    }
  }

  /// What the narration of one state produced.
  struct Narration: Equatable {
    var lines: [String] = []
    /// The field to go back to (its answer was refused).
    var askAgain: FieldID?
  }

  // MARK: - Speaking

  /// The lines to print for `state`, given what was said before.
  mutating func narrate(_ state: WizardState) -> Narration {
    let now = Snapshot(state, language: language)
    defer { last = now }
    var narration = Narration()
    if let field = answered, let definition = state.form.field(field) {
      let label = label(of: definition, in: state)
      let issues = state.issues[field] ?? []
      let errors = issues.filter { $0.severity == .error }
      if !errors.isEmpty {
        narration.lines += errors.map { say(.error(label: label, message: finding($0, after: label))) }
        if state.focusedField != field, state.screen == .step { narration.askAgain = field }
      } else {
        narration.lines += issues.map { say(.warning(label: label, message: finding($0, after: label))) }
        let value = value(of: definition, in: state)
        narration.lines.append(
          value.isEmpty ? say(.cleared(label: label)) : say(.recorded(label: label, value: value)))
      }
      answered = nil
    }
    if let message = state.message?.text(in: language), message != last?.message {
      narration.lines.append(say(.message(message)))
    }
    if narration.askAgain == nil, now.movedFrom(last) {
      narration.lines += describe(
        state, stepChanged: state.stepIndex != last?.stepIndex || last?.screen != .step)
    } else if state.screen == .result, let history = now.history, !history.isEmpty, history != last?.history {
      // Kira moved the user on (the result follows it): read the new state out.
      narration.lines.append(say(.statusHistory(history)))
    }
    return narration
  }

  /// The full description of where the operator is.
  func describe(_ state: WizardState, stepChanged: Bool = true) -> [String] {
    if let list = state.resumeList {
      if let prompt = list.lockPrompt { return [say(.lockQuestion(holder: prompt.holder))] }
      if list.confirmingDelete { return [say(.deleteQuestion)] }
      var lines = [say(.resumeTitle(list.entries.count))]
      for (index, entry) in list.entries.enumerated() {
        lines.append(
          say(
            .resumeEntry(
              number: index + 1, name: entry.maskedName, place: stepTitle(entry.step),
              age: entry.updatedAt.formatted(.iso8601))))
      }
      return lines + [say(.resumeCommands)]
    }
    if state.overlay == .quitConfirm { return [say(.quitQuestion)] }
    switch state.screen {
    case .step: return describeQuestion(state, stepChanged: stepChanged)
    case .review: return describeReview(state)
    case .submitting: return [say(.sending)]
    case .result: return describeResult(state)
    }
  }

  private func describeQuestion(_ state: WizardState, stepChanged: Bool) -> [String] {
    var lines: [String] = []
    if stepChanged {
      lines.append(
        say(
          .step(
            number: state.stepIndex + 1, count: state.form.steps.count, title: stepTitle(state.currentStep.id)
          )))
    }
    guard let field = state.focusedDefinition, let index = state.focusIndex else { return lines }
    lines.append(
      say(
        .question(
          number: index + 1, count: state.visibleFields.count, label: label(of: field, in: state),
          required: field.isRequired(in: state.values))))
    let hint = field.hint(in: state.values, language: language)
    if !hint.isEmpty { lines.append(hint) }
    let value = value(of: field, in: state)
    lines.append(value.isEmpty ? say(.noValue) : say(.currentValue(value)))
    switch field.kind {
    case .choice(let options):
      for (number, option) in options.enumerated() {
        lines.append(say(.option(number: number + 1, label: option.label(in: language.rawValue))))
      }
    case .yesNo: lines.append(say(.yesNoAnswer))
    case .country: lines.append(say(.countryAnswer))
    case .file: lines.append(say(.fileAnswer))
    default: break
    }
    return lines
  }

  private func describeReview(_ state: WizardState) -> [String] {
    var lines = [say(.reviewTitle)]
    let errors = state.reviewErrors.count
    if errors > 0 { lines.append(say(.reviewErrors(errors))) }
    if let readiness = state.readiness, readiness.category != nil {
      lines.append(
        readiness.missing.isEmpty
          ? say(.reviewReady) : say(.reviewMissing(readiness.missing.map(\.label).joined(separator: ", "))))
    }
    for text in state.unmappedKiraIssues { lines.append(say(.message("Kira: " + text))) }
    for (index, step) in state.form.steps.enumerated() {
      lines.append(say(.reviewStep(number: index + 1, title: stepTitle(step.id))))
      var shown = 0
      for field in state.form.visibleFields(in: step.id, values: state.values) {
        let value = value(of: field, in: state)
        let findings = state.reviewIssues.filter { $0.field == field.id }
        let kira = state.kiraIssues[field.id] ?? []
        guard !value.isEmpty || !findings.isEmpty || !kira.isEmpty else { continue }
        shown += 1
        let label = label(of: field, in: state)
        lines.append(say(.reviewValue(label: label, value: value.isEmpty ? "—" : value)))
        for issue in findings {
          lines.append(
            issue.severity == .error
              ? say(.error(label: label, message: finding(issue, after: label)))
              : say(.warning(label: label, message: finding(issue, after: label))))
        }
        for text in kira { lines.append(say(.error(label: label, message: "Kira: " + text))) }
      }
      if shown == 0 { lines.append(say(.reviewNothing)) }
    }
    return lines + [say(.reviewCommands)]
  }

  private func describeResult(_ state: WizardState) -> [String] {
    if let user = state.createdUser {
      var lines = [say(.created(id: user.id))]
      for (label, value) in [
        ("status", user.status), ("verification_status", user.verificationStatus),
        ("verification_mode", user.verificationMode),
      ] {
        if let value { lines.append(say(.resultField(label: label, value: value))) }
      }
      if let link = user.verificationLink { lines.append(say(.resultLink(link))) }
      if let history = state.followUp?.historyText, !history.isEmpty {
        lines.append(say(.statusHistory(history)))
      }
      return lines + [say(.resultCommands)]
    }
    switch state.submission?.outcome {
    case .rejected?: return [say(.rejected)]
    default: return [say(.unknownOutcome), say(.unknownCommands)]
    }
  }

  // MARK: - Listening

  /// What a typed line does: keys for the reducer, or words said at once.
  enum Reply: Equatable {
    case keys([Key])
    case say([String])
  }

  /// The reply to `line` in `state`.
  func reply(to line: String, in state: WizardState) -> Reply {
    let typed = line.trimmingCharacters(in: .whitespaces)
    let word = TextFolding.fold(typed)
    if let list = state.resumeList { return resumeReply(word, list: list) }
    if state.overlay == .quitConfirm || state.overlay != nil {
      if state.overlay != .quitConfirm { return .keys([.escape]) }
      if Self.yes.contains(word) { return .keys([.character("y")]) }
      if Self.no.contains(word) || Self.back.contains(word) { return .keys([.character("n")]) }
      return .say([say(.quitQuestion)])
    }
    if Self.quit.contains(word) { return .keys([.control("q")]) }
    if Self.help.contains(word) {
      var lines = [say(.help)]
      if state.screen == .step, let field = state.focusedDefinition {
        lines.append(say(.fieldHelp(rule: field.ruleSummary(in: language), apiPath: field.apiPath)))
      }
      return .say(lines)
    }
    switch state.screen {
    case .submitting:
      return .say([say(.sending)])
    case .review:
      if typed.isEmpty { return .say([say(.reviewCommands)]) }
      if Self.send.contains(word) { return .keys([.function(10)]) }
      if Self.back.contains(word) { return .keys([.pageUp]) }
      if let number = Int(typed), (1...state.form.steps.count).contains(number) {
        return .keys([.character(Character(String(number)))])
      }
      return .say([say(.unknownCommand(typed)), say(.reviewCommands)])
    case .result:
      if Self.new.contains(word) { return .keys([.character("n")]) }
      if Self.retry.contains(word) { return .keys([.character("r")]) }
      if Self.back.contains(word) { return .keys([.escape]) }
      return .say([say(.unknownCommand(typed))] + describeResult(state))
    case .step:
      return stepReply(typed, word: word, in: state)
    }
  }

  private func stepReply(_ typed: String, word: String, in state: WizardState) -> Reply {
    // `=back` answers "back": a leading = makes the rest an answer, never a command.
    if typed.hasPrefix("="), state.focusedField != nil {
      return .keys([.end, .control("u"), .paste(String(typed.dropFirst())), .enter])
    }
    if Self.back.contains(word) {
      return .keys([(state.focusIndex ?? 0) > 0 ? .backTab : .pageUp])
    }
    if Self.review.contains(word) { return .keys([.control("r")]) }
    guard let field = state.focusedDefinition else { return .keys([.enter]) }
    if typed.isEmpty { return .keys([.enter]) }
    if Self.clear.contains(word) { return .keys([.end, .control("u"), .enter]) }
    switch field.kind {
    case .yesNo:
      if Self.yes.contains(word) { return .keys([.character("y"), .enter]) }
      if Self.no.contains(word) { return .keys([.character("n"), .enter]) }
      return .say([say(.yesNoAnswer)])
    case .choice(let options):
      if let number = Int(typed) {
        guard (1...options.count).contains(number) else {
          return .say([say(.notAnOption(number: number, count: options.count))])
        }
        return .keys([.end, .control("u"), .paste(options[number - 1].value), .enter])
      }
    default: break
    }
    return .keys([.end, .control("u"), .paste(typed), .enter])
  }

  private func resumeReply(_ word: String, list: ResumeList) -> Reply {
    if list.lockPrompt != nil {
      if ["read", "leer", "r"].contains(word) { return .keys([.character("r")]) }
      if ["take", "tomar", "t"].contains(word) { return .keys([.character("t")]) }
      return .keys([.escape])
    }
    if list.confirmingDelete {
      return .keys([Self.yes.contains(word) ? .character("y") : .character("n")])
    }
    if Self.new.contains(word) || Self.quit.contains(word) { return .keys([.character("n")]) }
    let parts = word.split(separator: " ")
    let deleting = parts.count == 2 && ["delete", "borrar"].contains(String(parts[0]))
    guard let number = Int(parts.last ?? ""), (1...list.entries.count).contains(number),
      parts.count == 1 || deleting
    else { return .say([say(.resumeCommands)]) }
    var keys = [Key](repeating: .up, count: list.highlighted)
    keys += [Key](repeating: .down, count: number - 1)
    keys.append(deleting ? .character("d") : .enter)
    return .keys(keys)
  }

  // MARK: - Words

  static let yes: Set<String> = ["yes", "y", "si", "s"]
  static let no: Set<String> = ["no", "n"]
  static let back: Set<String> = ["back", "atras", "volver"]
  static let quit: Set<String> = ["quit", "exit", "salir"]
  static let help: Set<String> = ["help", "ayuda", "?"]
  static let review: Set<String> = ["review", "revisar", "revision"]
  static let send: Set<String> = ["send", "submit", "enviar"]
  static let retry: Set<String> = ["retry", "reintentar"]
  static let new: Set<String> = ["new", "nuevo", "nueva"]
  static let clear: Set<String> = ["clear", "vaciar"]

  private func say(_ text: LineText) -> String { text.text(in: language) }

  /// A finding read after its field's name ("Error in Date of birth: …"):
  /// without that name again at its start, so it is heard once.
  private func finding(_ issue: ValidationIssue, after label: String) -> String {
    let message = issue.message(in: language)
    guard message.hasPrefix(label) else { return message }
    var rest = message.dropFirst(label.count)
    if rest.hasPrefix(":") { rest = rest.dropFirst() }
    guard rest.hasPrefix(" ") else { return message }
    return String(rest.dropFirst())
  }

  private func label(of field: FieldDefinition, in state: WizardState) -> String {
    field.label(in: state.values, language: language)
  }

  /// A field's answer as the operator reads it: a list option by its label
  /// in the operator's language, anything else as the screen shows it
  /// (secrets masked, files with their type and size).
  private func value(of field: FieldDefinition, in state: WizardState) -> String {
    if case .choice(let options) = field.kind,
      let option = options.first(where: { $0.value == state.values[field.id] })
    {
      return option.label(in: language.rawValue)
    }
    if case .file = field.kind { return StepScreen.displayText(of: field, in: state) }
    return state.form.displayValue(of: field.id, in: state.values, language: language)
  }

  private func stepTitle(_ step: StepID) -> String {
    step.title(in: language)
  }
}
