import Foundation
import KYCForm
import TerminalUI
import Testing

@testable import Wizard

/// The support queue in Spanish: its screen, its messages, every text
/// with both translations. The rows say what they were made with.
@Suite("Support queue in Spanish")
struct QueueSpanishTests {
  static func loaded(
    columns: Int = 80, rows: Int = 24, contents: QueueContents = QueueTests.contents
  ) -> QueueState {
    var state = QueueState(columns: columns, rows: rows, language: .spanish)
    _ = QueueReducer.reduce(&state, .loaded(contents, at: "10:06:30"))
    return state
  }

  @Test("golden: the queue at 80x24 in Spanish, and empty")
  func goldens() {
    GoldenScreens.check("queue-80x24-es", frame: QueueScreen.render(Self.loaded()))
    let empty = Self.loaded(contents: QueueContents(kiraUsers: [], attempts: [], environment: "sandbox"))
    GoldenScreens.check("queue-empty-es", frame: QueueScreen.render(empty))
  }

  @Test("English stays the default")
  func englishByDefault() {
    #expect(QueueState(columns: 80, rows: 24).language == .english)
    #expect(QueueScreen.render(QueueTests.loaded()).grid.lines[23].hasPrefix(" Enter open · "))
  }

  @Test("the header, the summary, the keys and a reload in Spanish")
  func screenTexts() {
    var state = Self.loaded()
    let lines = QueueScreen.render(state).grid.lines
    #expect(lines[0].hasPrefix(" kira-onboard · Cola de soporte"))
    #expect(lines[1].hasPrefix(" 2 usuarios de Kira por atender · 3 intentos abiertos aquí · a las 10:06:30"))
    #expect(lines[23].hasPrefix(" Enter abrir · ↑↓ PgUp PgDn mover · r actualizar · q salir"))
    _ = QueueReducer.reduce(&state, .key(.character("r")))
    #expect(QueueScreen.render(state).grid.lines[1].contains(" · actualizando…"))
    let loading = QueueScreen.render(QueueState(columns: 80, rows: 24, language: .spanish))
    #expect(loading.grid.lines[1].hasPrefix(" Cargando los usuarios de Kira y los intentos de este puesto…"))
    let small = QueueScreen.render(QueueState(columns: 59, rows: 24, language: .spanish))
    #expect(small.grid.lines[0].hasPrefix("La cola necesita al menos 60x10; esta terminal mide 59x24."))
  }

  @Test("the summary line fits 80 columns with up to 99 users and attempts, singular for one")
  func summaryWidth() {
    for (users, attempts) in [(1, 1), (99, 99), (12, 0)] {
      let line =
        QueueText.summary(users: users, attempts: attempts).text(in: .spanish)
        + QueueText.readAt("10:06:30").text(in: .spanish)
      #expect(DisplayWidth.of(line) <= 79, "\(line)")
    }
    #expect(
      QueueText.summary(users: 1, attempts: 1).text(in: .spanish)
        == " 1 usuario de Kira por atender · 1 intento abierto aquí")
  }

  @Test("a long queue says which rows show, in Spanish")
  func rowsShown() {
    let many = (1...30).map { index in
      QueueItem(
        source: .attempt(id: Int64(index)), title: "attempt #\(index) · ana", state: "rejected · HTTP 400",
        time: "2026-12-03 09:\(10 + index)", details: ["Kira: phone [invalid_string]"],
        action: "correct in the wizard", arguments: ["--attempt", "\(index)"])
    }
    var state = Self.loaded(
      rows: 23, contents: QueueContents(kiraUsers: [], attempts: many, environment: "sandbox"))
    _ = QueueReducer.reduce(&state, .key(.pageDown))
    #expect(QueueScreen.render(state).grid.lines[2].contains("filas 2-9 de 30 ↑ ↓"))
  }

  @Test("the reducer's messages in Spanish")
  func messages() {
    var state = Self.loaded()
    _ = QueueReducer.reduce(&state, .key(.end))
    #expect(QueueReducer.reduce(&state, .key(.enter)) == [])
    #expect(state.message?.text == "No hay nada que abrir para attempt #9 · luis: look up the e-mail")
    var empty = Self.loaded(contents: QueueContents(kiraUsers: [], attempts: [], environment: "sandbox"))
    _ = QueueReducer.reduce(&empty, .key(.enter))
    #expect(empty.message?.text == "No hay nada que abrir: la cola está vacía")
    #expect(QueueReducer.reduce(&state, .flowEnded(QueueTests.rejectedUser, status: 0)) == [.load])
    #expect(state.message?.text == "De regreso de fix (M. G…  0b5e6f7a…); la cola se vuelve a leer")
    #expect(state.message?.tone == .success)
    _ = QueueReducer.reduce(&state, .flowEnded(QueueTests.rejectedAttempt, status: 65))
    #expect(
      state.message?.text
        == "correct in the wizard (attempt #12 · ana) terminó con código 65; la cola se vuelve a leer")
    #expect(state.message?.tone == .warning)
  }

  @Test("the runtime's queue speaks the language it is given")
  func runtimeLanguage() throws {
    let services = QueueRuntime.Services(
      load: { QueueContents(kiraUsers: [], attempts: [], environment: "sandbox") }, open: { _ in 0 })
    let spanish = try QueueRuntime(
      makeTerminal: { HeadlessTerminal(columns: 80, rows: 24) }, services: services, language: .spanish)
    #expect(spanish.state.language == .spanish)
    let english = try QueueRuntime(
      makeTerminal: { HeadlessTerminal(columns: 80, rows: 24) }, services: services)
    #expect(english.state.language == .english)
  }

  @Test("every queue text has both translations, different")
  func everyText() {
    for text in QueueText.examples {
      let english = text.text(in: .english)
      let spanish = text.text(in: .spanish)
      #expect(!english.isEmpty && !spanish.isEmpty)
      #expect(english != spanish, "\(text) is not translated")
    }
    #expect(
      QueueText.usersUnreadable("could not connect to 127.0.0.1:4010").text(in: .english)
        == "Kira's users could not be read: could not connect to 127.0.0.1:4010")
  }
}
