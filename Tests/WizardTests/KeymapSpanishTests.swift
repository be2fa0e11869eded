import Foundation
import KYCForm
import TerminalUI
import Testing

@testable import Wizard

/// The keymap, the demo scenarios and the status follow-up in Spanish:
/// every text has its translation, about as wide as the English.
@Suite("Keymap in Spanish")
struct KeymapSpanishTests {
  static let keymap = Keymap.standard

  /// Every feature a session can offer: help lists every binding that can act.
  static let allFeatures: Set<KeyBinding.Feature> = [
    .embeddedSandbox, .drafts, .resumeList, .userCreation, .formSteps, .textFields, .listFields, .yesNoFields,
    .fileFields, .fixUp, .fixUpFields, .verificationReissue, .statusFollowUp, .linkHandOff,
  ]

  /// The places the status line is drawn, with what a session there offers.
  static let standardContexts: [(name: String, contexts: [KeyContext], features: Set<KeyBinding.Feature>)] = [
    ("text field", [.textField], [.textFields, .formSteps]),
    ("text field, drafts", [.textField], [.textFields, .formSteps, .drafts]),
    ("text field, demo", [.textField], [.textFields, .formSteps, .drafts, .embeddedSandbox]),
    ("choice field", [.choiceField], [.listFields, .formSteps, .drafts]),
    ("country field", [.countryField], [.listFields, .formSteps, .drafts]),
    ("yes/no field", [.yesNoField], [.yesNoFields, .formSteps, .drafts]),
    ("file field", [.fileField], [.fileFields, .formSteps, .drafts]),
    ("popup", [.popup], [.listFields]),
    ("review", [.review], [.formSteps, .drafts]),
    ("review, demo", [.review], [.formSteps, .drafts, .embeddedSandbox]),
    ("submitting", [.submitting], [.userCreation]),
    ("result", [.result], [.userCreation, .statusFollowUp, .linkHandOff]),
    ("result, retry", [.resultRetry], [.userCreation, .drafts]),
    ("result, rejected", [.resultRejected], [.userCreation, .drafts]),
    ("help", [.help], []),
    ("quit dialog", [.quitConfirm], [.formSteps]),
    ("scenarios", [.scenarios], [.embeddedSandbox, .formSteps]),
    ("resume list", [.resumeList], [.resumeList]),
    ("wipe dialog", [.resumeDeleteConfirm], [.resumeList]),
    ("lock prompt", [.resumeLockPrompt], [.resumeList]),
    ("fix-up summary", [.fixSummary], [.fixUp, .fixUpFields, .verificationReissue, .statusFollowUp]),
  ]

  @Test("every binding has a Spanish summary, different from the English one")
  func summaries() {
    for binding in Self.keymap.bindings {
      if binding.summary.isEmpty {
        #expect(binding.spanishSummary.isEmpty, "\(binding.command) is hidden in English, not in Spanish")
      } else {
        #expect(!binding.spanishSummary.isEmpty, "no Spanish for \(binding.summary)")
        #expect(binding.spanishSummary != binding.summary, "\(binding.summary) is not translated")
      }
      #expect(binding.summary(in: .english) == binding.summary)
      #expect(binding.summary(in: .spanish) == binding.spanishSummary)
      // A key label written out (Paste, or hidden) has its Spanish too.
      #expect((binding.keyLabelOverride == nil) == (binding.spanishKeyLabelOverride == nil))
    }
  }

  @Test("every status label has a Spanish one, different and at most 3 columns wider")
  func statusLabels() {
    for binding in Self.keymap.bindings {
      let english = binding.statusLabel(in: .english)
      let spanish = binding.statusLabel(in: .spanish)
      #expect((english == nil) == (spanish == nil), "\(binding.summary): a status label in one language only")
      guard let english, let spanish else { continue }
      #expect(spanish != english, "\(english) is not translated")
      #expect(
        DisplayWidth.of(spanish) <= DisplayWidth.of(english) + 3, "\(spanish) is too wide beside \(english)")
      // Review's digits go in front in both languages.
      for steps in [1, 2, 8] {
        let composed = binding.statusLabel(reviewSteps: steps, language: .spanish)
        let englishComposed = binding.statusLabel(reviewSteps: steps)
        #expect((composed == nil) == (englishComposed == nil))
        if let composed, let englishComposed {
          #expect(DisplayWidth.of(composed) <= DisplayWidth.of(englishComposed) + 3)
        }
      }
    }
    #expect(
      Self.keymap.statusLabels(in: [.review], features: [], reviewSteps: 8, language: .spanish)
        .contains("1-8 editar"))
  }

  @Test("the status line in Spanish lists the same keys as in English, in the same order")
  func sameEntries() {
    for (name, contexts, features) in Self.standardContexts {
      let english = Self.keymap.statusLabels(in: contexts, features: features, reviewSteps: 8)
      let spanish = Self.keymap.statusLabels(
        in: contexts, features: features, reviewSteps: 8, language: .spanish)
      #expect(spanish.count == english.count, "\(name): \(spanish) beside \(english)")
      // Each Spanish label keeps its key ("PgDn step", "PgDn paso").
      for (englishLabel, spanishLabel) in zip(english, spanish) {
        let key = englishLabel.split(separator: " ").first.map(String.init) ?? ""
        #expect(spanishLabel.hasPrefix(key + " "), "\(name): \(spanishLabel) lost the key of \(englishLabel)")
      }
    }
  }

  /// The labels the status line keeps within `columns`: as many as fit,
  /// joined with " · ", most important first (as `ScreenChrome.drawStatus`).
  static func fitting(_ labels: [String], columns: Int) -> [String] {
    var kept: [String] = []
    for label in labels {
      guard DisplayWidth.of((kept + [label]).joined(separator: " · ")) <= columns else { break }
      kept.append(label)
    }
    return kept
  }

  @Test(
    "on a field the Spanish keys fit in 60 columns as the English do; elsewhere the line fits as in English")
  func fitsSixtyColumns() {
    for (name, contexts, features) in Self.standardContexts {
      let english = Self.keymap.statusLabels(in: contexts, features: features, reviewSteps: 8)
      let spanish = Self.keymap.statusLabels(
        in: contexts, features: features, reviewSteps: 8, language: .spanish)
      if contexts.allSatisfy(KeyContext.anyField.contains) {
        // Beside the field's rule: the keys English shows in 60 columns, Spanish shows too.
        let shown = Array(spanish.prefix(Self.fitting(english, columns: 60).count)).joined(separator: " · ")
        #expect(DisplayWidth.of(shown) <= 60, "\(name): \(shown)")
        #expect(Self.fitting(spanish, columns: 60).count >= Self.fitting(english, columns: 60).count)
      } else if DisplayWidth.of(english.joined(separator: " · ")) <= 78 {
        // No rule beside them: the keys have 78 columns at 80. The whole line fits as in English,
        // but on Review (seven keys, 75 columns in English) the last one, scrolling, is left out.
        let dropped = name == "review" ? 1 : 0
        let kept = Self.fitting(spanish, columns: 78)
        #expect(kept.count == english.count - dropped, "\(name): \(kept)")
      }
    }
    let review = Self.keymap.statusLabels(
      in: [.review], features: [.formSteps, .drafts], reviewSteps: 8, language: .spanish)
    #expect(Self.fitting(review, columns: 78).count == review.count - 1)
    #expect(review.last == "↑↓ desplazar")
    // A field of a plain session: the five most important keys, as in English.
    let field = Self.keymap.statusLabels(
      in: [.textField], features: [.textFields, .formSteps], reviewSteps: 8, language: .spanish)
    #expect(
      Self.fitting(field, columns: 60) == ["F1 ayuda", "^Q salir", "PgDn paso", "PgUp atrás", "Tab sig."])
    #expect(
      Self.fitting(
        Self.keymap.statusLabels(in: [.textField], features: [.textFields, .formSteps], reviewSteps: 8),
        columns: 60) == ["F1 help", "^Q quit", "PgDn step", "PgUp back", "Tab next"])
  }

  @Test("the short Spanish forms the status line shows")
  func shortForms() {
    let popup = Self.keymap.statusLabels(in: [.popup], features: [], reviewSteps: 8, language: .spanish)
    #expect(popup == ["⏎ elegir", "Esc cerrar"])
    let review = Self.keymap.statusLabels(
      in: [.review], features: [.formSteps, .drafts], reviewSteps: 8, language: .spanish)
    #expect(review.prefix(4) == ["F10 enviar", "1-8 editar", "F1 ayuda", "^Q salir"])
    let resume = Self.keymap.statusLabels(
      in: [.resumeList], features: [.resumeList], reviewSteps: 8, language: .spanish)
    #expect(resume == ["⏎ retomar", "n nuevo", "d borrar", "↑↓ elegir", "^Q salir", "F1 ayuda"])
  }

  @Test("help in Spanish: Spanish titles, the same entries as in English, keys named in Spanish")
  func helpSections() {
    let english = Self.keymap.helpSections(features: Self.allFeatures, reviewSteps: 8)
    let spanish = Self.keymap.helpSections(features: Self.allFeatures, reviewSteps: 8, language: .spanish)
    #expect(
      spanish.map(\.title) == [
        "Moverse", "Editar texto", "Listas, países, sí/no, archivos", "Revisión y resultado", "General",
        "Borradores y correcciones", "Demo (solo con el sandbox integrado)",
      ])
    #expect(english.map(\.title) == KeyBinding.Section.allCases.map(\.rawValue))
    for section in KeyBinding.Section.allCases where section != .general {
      // "General" is the same word in both languages.
      #expect(section.title(in: .spanish) != section.title(in: .english))
    }
    #expect(spanish.count == english.count)
    for (englishSection, spanishSection) in zip(english, spanish) {
      #expect(spanishSection.entries.count == englishSection.entries.count, "\(englishSection.title)")
      for (englishEntry, spanishEntry) in zip(englishSection.entries, spanishSection.entries) {
        #expect(spanishEntry.summary != englishEntry.summary, "\(englishEntry.summary) is not translated")
        #expect(DisplayWidth.of(spanishEntry.keys) < HelpScreen.keyColumnWidth, "\(spanishEntry.keys)")
      }
    }
    let entries = spanish.flatMap(\.entries)
    func keys(of summary: String) -> String? { entries.first { $0.summary == summary }?.keys }
    #expect(keys(of: "campo siguiente") == "Tab, Abajo")
    #expect(keys(of: "campo anterior") == "Shift-Tab, Arriba")
    #expect(keys(of: "paso siguiente (solo si este es válido)") == "PgDn, Ctrl-N")
    #expect(keys(of: "mostrar todas las opciones") == "Espacio")
    #expect(keys(of: "mover el cursor") == "Izquierda, Derecha")
    #expect(keys(of: "inicio del texto") == "Inicio, Ctrl-A")
    #expect(keys(of: "borrar antes del cursor / sobre el cursor") == "Retroceso, Supr")
    #expect(keys(of: "pegar un valor completo (bracketed paste)") == "Pegar")
    #expect(keys(of: "enviar a Kira (en la revisión, sin errores)") == "F10, Ctrl-S")
    #expect(keys(of: "editar ese paso") == "1-8")
    #expect(keys(of: "cerrar la ayuda") == "Esc, F1, q")
    // English help is unchanged.
    #expect(english.flatMap(\.entries).contains { $0.keys == "Tab, Down" && $0.summary == "next field" })
  }

  @Test("demo scenarios: a Spanish title and summary each, different, that fit the menu")
  func demoScenarios() {
    for scenario in DemoScenario.all {
      #expect(scenario.title(in: .english) == scenario.title)
      #expect(scenario.summary(in: .english) == scenario.summary)
      let title = scenario.title(in: .spanish)
      let summary = scenario.summary(in: .spanish)
      #expect(!title.isEmpty && title != scenario.title, "\(scenario.title)")
      #expect(!summary.isEmpty && summary != scenario.summary, "\(scenario.summary)")
      // The menu is 72 wide: the title on one line, the summary on two.
      #expect(DisplayWidth.of(title) <= 67)
      #expect(TextWrapping.lines(summary, columns: 68).count <= 2, "\(summary)")
    }
    #expect(Set(DemoScenario.all.map { $0.title(in: .spanish) }).count == DemoScenario.all.count)
    #expect(DemoScenario.all[1].title(in: .spanish) == "Rechazo")
  }
}

/// The status follow-up in Spanish.
@Suite("Status follow-up in Spanish")
struct StatusFollowUpSpanishTests {
  static let start = Date(timeIntervalSince1970: 1_796_000_000)

  static func followUp(
    _ status: String, triggered: Bool? = true, missing: [String: [String]]? = nil,
    schedule: FollowUpSchedule = .standard
  ) -> StatusFollowUp {
    StatusFollowUp(
      userID: "0b5e6f7a-1111",
      snapshot: UserStatusSnapshot(
        status: status, verificationStatus: nil, verificationTriggered: triggered, missingFields: missing),
      now: start, schedule: schedule)
  }

  @Test("progress: following, asking, final state, stopped, after a failure")
  func progress() {
    var following = Self.followUp("VERIFYING")
    #expect(
      following.progressText(now: Self.start, refreshKey: "R", language: .spanish)
        == "Siguiendo al usuario: próxima consulta en 1 s · R consulta ahora")
    #expect(
      following.progressText(now: Self.start, refreshKey: "R")
        == "Following the user: next check in 1 s · R checks now")
    let asked = following.takeManualCheck()
    #expect(asked)
    #expect(
      following.progressText(now: Self.start, refreshKey: "R", language: .spanish)
        == "… Consultando a Kira el estado del usuario")
    following.recordFailure("timed out", now: Self.start)
    #expect(
      following.progressText(now: Self.start, refreshKey: "F5", language: .spanish)
        == "Falló la última consulta (timed out); siguiendo al usuario: próxima consulta en 1 s · F5 consulta ahora"
    )
    #expect(
      following.progressText(now: Self.start, refreshKey: "F5")
        == "Last check failed (timed out); Following the user: next check in 1 s · F5 checks now")

    let rejected = Self.followUp("REJECTED")
    #expect(
      rejected.progressText(now: Self.start, refreshKey: "R", language: .spanish)
        == "Estado final: no hay más consultas (R vuelve a consultar)")

    var limited = Self.followUp("CREATED", schedule: FollowUpSchedule(delays: [1], maxChecks: 1))
    let later = Self.start.addingTimeInterval(1)
    let due = limited.takeDueCheck(now: later)
    #expect(due)
    limited.record(
      UserStatusSnapshot(
        status: "CREATED", verificationStatus: nil, verificationTriggered: nil, missingFields: nil),
      now: later)
    #expect(
      limited.progressText(now: later, refreshKey: "R", language: .spanish)
        == "Se detuvo tras 1 consulta; R vuelve a consultar")
    #expect(limited.progressText(now: later, refreshKey: "R") == "Stopped after 1 checks; R checks again")
  }

  @Test("next step: what to do, the command unchanged")
  func nextStep() {
    let id = "0b5e6f7a-1111"
    func spanish(_ followUp: StatusFollowUp, linkMode: Bool = false) -> (String, String?) {
      let next = followUp.nextStep(userID: id, linkMode: linkMode, language: .spanish)
      return (next.advice, next.command)
    }
    #expect(spanish(Self.followUp("VERIFIED")) == ("Verificado: no queda nada por hacer.", nil))
    #expect(
      spanish(Self.followUp("REJECTED"))
        == ("Rechazado: vea el motivo y vuelva a emitir la verificación con", "kira-onboard fix \(id)"))
    #expect(
      spanish(Self.followUp("REVIEW"))
        == ("El equipo de Kira revisa al usuario manualmente; por ahora no hay nada que hacer.", nil))
    #expect(spanish(Self.followUp("VERIFYING")) == ("Kira está verificando al usuario.", nil))
    #expect(
      spanish(Self.followUp("CREATED"), linkMode: true)
        == ("Esperando a que el solicitante complete la verificación desde el enlace.", nil))
    #expect(
      spanish(Self.followUp("CREATED", missing: ["kyc": ["source_of_funds"]]))
        == ("Kira espera los campos que faltan; agréguelos con", "kira-onboard fix \(id)"))
    #expect(
      spanish(Self.followUp("CREATED", triggered: false))
        == ("La verificación no comenzó; vea qué necesita Kira con", "kira-onboard fix \(id)"))
    #expect(spanish(Self.followUp("CREATED")) == ("Kira todavía no comenzó la verificación.", nil))
    let english = Self.followUp("REJECTED").nextStep(userID: id)
    #expect(english.advice == "Rejected: see why and re-issue verification with")
    #expect(english.command == "kira-onboard fix \(id)")
  }

  @Test("every follow-up text has both translations, different")
  func everyText() {
    for text in FollowUpText.examples {
      let english = text.text(in: .english)
      let spanish = text.text(in: .spanish)
      #expect(!english.isEmpty && !spanish.isEmpty)
      #expect(english != spanish, "\(text) is not translated")
    }
  }
}
