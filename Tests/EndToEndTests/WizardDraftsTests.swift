import Foundation
import KYCForm
import KiraModels
import KiraSandbox
import KiraStore
import Testing

/// A deterministic random source (SplitMix64), so every run kills at the same points.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}

extension WizardTmuxTests {
  /// A fresh folder to serve as one wizard run's `HOME`.
  static func makeHome(_ purpose: String) throws -> URL {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("kira-\(purpose)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    return home
  }

  /// `base` with `HOME` and `XDG_CONFIG_HOME` inside `home`.
  static func homeEnvironment(_ base: [String: String], home: URL) -> [String: String] {
    var environment = base
    environment["HOME"] = home.path
    environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
    return environment
  }

  @Suite("drafts survive kill -9")
  struct Drafts {
    /// One field as an operator fills it: what is typed, the keys that
    /// leave it, the value stored, and the field focused afterwards.
    struct Entry {
      var field: FieldID
      var typed: String
      var leave: [String]
      var stored: String
      /// How the value reads on its step screen.
      var shown: String
      var next: FieldID

      /// A field whose value is stored and shown exactly as typed.
      static func verbatim(_ field: FieldID, _ typed: String, leave: [String], next: FieldID) -> Entry {
        Entry(field: field, typed: typed, leave: leave, stored: typed, shown: typed, next: next)
      }
    }

    /// Half an applicant, field by field (skipped optional fields are left
    /// with a second Tab).
    static let entries: [Entry] = [
      .verbatim(.firstName, "María José", leave: ["Tab", "Tab"], next: .lastName),
      .verbatim(.lastName, "Ñúñez", leave: ["Tab"], next: .birthDate),
      Entry(
        field: .birthDate, typed: "19900515", leave: ["Tab", "Tab"], stored: "1990-05-15",
        shown: "1990-05-15",
        next: .nationality),
      Entry(
        field: .nationality, typed: "mex", leave: ["Enter"], stored: "MEX", shown: "Mexico (MEX)",
        next: .email),
      .verbatim(.email, "maria.kill@example.com", leave: ["Tab"], next: .phone),
      Entry(
        field: .phone, typed: "+525512345678", leave: ["Enter"], stored: "+525512345678",
        shown: "+52 55 1234 5678 · Mexico", next: .addressCountry),
      Entry(
        field: .addressCountry, typed: "MEX", leave: ["Enter"], stored: "MEX", shown: "Mexico (MEX)",
        next: .addressStreet),
      .verbatim(.addressStreet, "Av. Reforma 123", leave: ["Tab", "Tab"], next: .addressCity),
      .verbatim(.addressCity, "Ciudad de Mexico", leave: ["Tab"], next: .addressState),
      Entry(
        field: .addressState, typed: "CDMX", leave: ["Tab"], stored: "CDMX", shown: "Ciudad de México (CDMX)",
        next: .addressZipCode),
      .verbatim(.addressZipCode, "06600", leave: ["Enter"], next: .documentType),
      Entry(
        field: .documentType, typed: "passport", leave: ["Enter"], stored: "passport", shown: "Passport",
        next: .documentNumber),
      Entry(
        field: .documentNumber, typed: "G12345678", leave: ["Tab"], stored: "G12345678", shown: "G1•••••78",
        next: .documentCountry),
    ]

    /// The store the wizard writes, read by the test after each kill.
    static func savedValues(in folder: URL) throws -> [FormValues] {
      let store = try LocalStore.open(at: StoreLocation(directory: folder))
      return try store.drafts.list().compactMap { try store.drafts.load($0.id)?.values }
    }

    /// The step number when the header and the body show the same step,
    /// else nil (a capture taken while a step change is being drawn).
    static func settledStep(on screen: String) -> Int? {
      // The header reads "… Step 3 of 8 · Contact  ███…", the body "3 · Contact".
      guard let header = screen.split(separator: "\n").first(where: { $0.contains("Step ") }),
        let start = header.range(of: "Step ")
      else { return nil }
      let rest = header[start.upperBound...]
      guard let number = Int(rest.prefix { $0.isNumber }), let dot = rest.range(of: " · ") else { return nil }
      let title = rest[dot.upperBound...].components(separatedBy: "  ").first ?? ""
      return screen.contains("\(number) · \(title)") ? number : nil
    }

    /// The running `kira-onboard` under the pane's restart loop.
    static func wizardPID(_ tmux: TmuxSession) async throws -> Int32? {
      guard let loop = try await tmux.programPID() else { return nil }
      let children =
        (try? String(contentsOfFile: "/proc/\(loop)/task/\(loop)/children", encoding: .utf8)) ?? ""
      return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    @Test("20 seeded kill -9 points: after each restart and resume, every field left is back")
    func killAndResume() async throws {
      let home = try WizardTmuxTests.makeHome("kill")
      let storeFolder = home.appendingPathComponent("store")
      defer { try? FileManager.default.removeItem(at: home) }
      // The pane runs the wizard again whenever it is killed; a clean quit ends the loop.
      let loop = "while :; do \"$1\"; [ $? -eq 0 ] && break; done"
      let tmux = try await TmuxSession(
        arguments: ["-c", loop, "kira-loop", ExecutableRunner.binaryURL.path],
        environment: WizardTmuxTests.homeEnvironment(
          [
            "XDG_DATA_HOME": home.appendingPathComponent("data").path, "TMPDIR": home.path,
            "KIRA_ONBOARD_STORE": storeFolder.path, "KIRA_ONBOARD_LOG": "off",
          ], home: home),
        executable: URL(fileURLWithPath: "/bin/sh"))
      defer { tmux.kill() }
      try await tmux.waitFor(text: "Step 1 of 8")
      try await tmux.send(keys: "NPage")
      try await tmux.waitFor(text: "first_name ·")

      var random = SeededGenerator(seed: 20_261_127)
      var done = 0  // entries left (saved) so far
      var kills: [String] = []
      for round in 0..<20 {
        // Fill 0 or 1 more field (at least one before the first kill),
        // then maybe start typing the next one, then kill -9.
        let more = round == 0 ? 1 : Int(random.next() % 2)
        for _ in 0..<more where done < Self.entries.count {
          let entry = Self.entries[done]
          try await tmux.type(entry.typed)
          try await tmux.send(keys: entry.leave)
          try await tmux.waitFor("focus on \(entry.next)") { screen in
            screen.split(separator: "\n").last?.hasPrefix(" \(entry.next.rawValue) ·") == true
          }
          done += 1
        }
        var point = "after \(done) fields"
        if done < Self.entries.count, random.next() % 2 == 0 {
          let entry = Self.entries[done]
          let prefix = String(entry.typed.prefix(1 + Int(random.next() % UInt64(entry.typed.count))))
          try await tmux.type(prefix)
          try await tmux.waitFor(text: prefix)
          point += " + \"\(prefix)\" typed"
        }
        kills.append(point)
        let pid = try #require(try await Self.wizardPID(tmux), "no wizard running in round \(round)")
        #expect(kill(pid, SIGKILL) == 0)
        // The loop starts it again: the saved draft is offered, Enter resumes it.
        try await tmux.waitFor("the restart after round \(round)") { $0.contains("Resume a saved draft?") }
        try await tmux.send(keys: "Enter")
        let screen = try await tmux.waitFor(text: "every answer is back")

        let saved = try Self.savedValues(in: storeFolder)
        #expect(saved.count == 1, "one draft, resumed each time (round \(round))")
        for entry in Self.entries.prefix(done) {
          #expect(
            saved.first?[entry.field] == entry.stored,
            "round \(round) (\(point)): \(entry.field) lost; saved \(saved.first?[entry.field] ?? "nothing")")
        }
        if done < Self.entries.count {
          #expect(saved.first?[Self.entries[done].field] ?? "" == "", "the field being typed is not kept")
        }
        // On screen: the field being typed (or the next one) has the focus again,
        // and every answer of its step shows.
        let focused = done < Self.entries.count ? Self.entries[done].field : Self.entries[done - 1].next
        #expect(
          screen.split(separator: "\n").last?.hasPrefix(" \(focused.rawValue) ·") == true,
          "round \(round): focus should be on \(focused)\n\(screen)")
        let step = OnboardingForm.individual.field(focused)?.step
        for entry in Self.entries.prefix(done)
        where OnboardingForm.individual.field(entry.field)?.step == step {
          #expect(screen.contains(entry.shown), "round \(round): \(entry.field) not on screen\n\(screen)")
        }
      }
      #expect(kills.count == 20)
      #expect(kills.contains { $0.contains("typed") }, "some kills land mid-typing: \(kills)")
      #expect(kills.contains { !$0.contains("typed") }, "some right after a field is left: \(kills)")
      print("kill points: \(kills)")
      #expect(done >= 8, "the seeded run fills at least half the fields: \(kills)")

      // Every step typed so far shows its answers after the last resume.
      var stepsSeen = 0
      var step: Int?  // the step on screen, once known
      for _ in 0..<4 {
        // Wait for the step PgUp leads to, drawn whole (a capture can land
        // while a step change is half drawn: new header, old body).
        let expected = step.map { max(1, $0 - 1) }
        let screen = try await tmux.waitFor("step \(expected.map(String.init) ?? "?") drawn whole") {
          guard let shown = Self.settledStep(on: $0) else { return false }
          return expected == nil || shown == expected
        }
        step = Self.settledStep(on: screen)
        for entry in Self.entries.prefix(done) {
          let title = OnboardingForm.individual.field(entry.field)?.step.title ?? "?"
          if screen.contains("· \(title)  "), !screen.contains(entry.shown) {
            Issue.record("\(entry.field) missing on its step after the last resume:\n\(screen)")
          }
        }
        stepsSeen += 1
        try await tmux.send(keys: "PPage")
      }
      #expect(stepsSeen == 4)
      try await tmux.send(keys: "C-q")
      // The killed runs could not restore the terminal modes; the last one quits cleanly.
      let shell = try await tmux.waitFor(text: "EXITED 0")
      #expect(shell.contains("Draft saved. Resume it with: kira-onboard --resume"))
      #expect(try Self.savedValues(in: storeFolder).count == 1, "quitting keeps the draft")
    }
  }
}

extension WizardTmuxTests {
  @Suite("fix USER_ID at a terminal")
  struct InteractiveFix {
    typealias Kira = SupportCommandsTests.Kira

    /// `kira-onboard fix ID` in a pane, against `kira`.
    static func fix(_ userID: String, kira: Kira, extra: [String] = []) async throws -> TmuxSession {
      let home = try WizardTmuxTests.makeHome("fix")
      var environment = WizardTmuxTests.homeEnvironment(kira.environment, home: home)
      environment["XDG_DATA_HOME"] = home.appendingPathComponent("data").path
      // Generous timeouts: the sandbox answers from this busy test process.
      return try await TmuxSession(
        arguments: ["fix", userID, "--connect-timeout", "120", "--request-timeout", "300"] + extra,
        environment: environment)
    }

    @Test("a REJECTED user: just the missing field, a PUT with only it, the reloaded user moves on")
    func missingField() async throws {
      let kira = try await Kira.start()
      let created = try await kira.client.createUser(
        body: SupportCommandsTests.completeBody(email: "maria.tmuxfix@example.test", sourceOfFunds: nil),
        idempotencyKey: UUID().uuidString.lowercased())
      let tmux = try await Self.fix(created.id, kira: kira)
      defer { tmux.kill() }
      let summary = try await tmux.waitFor(text: "Fix a Kira user")
      #expect(summary.contains("REJECTED"))
      #expect(summary.contains("general: source_of_funds"))
      #expect(summary.contains("Source of funds      — (empty)"))
      #expect(!summary.contains("Gonzalez"), "the name is masked")
      try await tmux.send(keys: "Enter")
      let step = try await tmux.waitFor(text: "Step 1 of 1 · Profile")
      #expect(!step.contains("Occupation"), "only the missing field is asked")
      try await tmux.type("salary")
      try await tmux.send(keys: "Enter")
      try await tmux.waitFor(text: "Review · every answer")
      try await tmux.send(keys: "F10")
      let after = try await tmux.waitFor(text: "✓ Kira updated: source_of_funds")
      #expect(after.contains("Nothing to fix"))
      #expect(!after.contains("REJECTED"))

      let puts = kira.server.requestLog.filter { $0.method == "PUT" }
      #expect(puts.count == 1)
      #expect(puts.first?.path == "v1/users/\(created.id)")
      #expect(puts.first?.body == .object(["source_of_funds": "salary"]), "only the changed field is sent")
      let creates = kira.server.requestLog.filter { $0.method == "POST" && $0.path == "v1/users" }
      #expect(creates.count == 1, "fix never creates: the one create is the test's own")

      try await tmux.send(keys: "C-q")
      let exit = try await tmux.waitForExit()
      #expect(exit.status == 0)
      #expect(exit.ttyRestored)
      let shell = try await tmux.capture()
      #expect(shell.contains("Kira updated: source_of_funds"))
      #expect(shell.contains("Nothing to fix."))
      await kira.stop()
    }

    @Test("R re-issues verification of a REJECTED user and shows the whole new link; --field asks for more")
    func reissue() async throws {
      let kira = try await Kira.start()
      let created = try await kira.client.createUser(
        body: SupportCommandsTests.completeBody(email: "maria.tmuxlink@example.test", sourceOfFunds: nil),
        idempotencyKey: UUID().uuidString.lowercased())
      let tmux = try await Self.fix(created.id, kira: kira, extra: ["--field", "document.number"])
      defer { tmux.kill() }
      let summary = try await tmux.waitFor(text: "R re-issues verification")
      #expect(summary.contains("Document number"), "the field named with --field is asked too")
      #expect(summary.contains("Source of funds"))
      try await tmux.send(keys: "r")
      let screen = try await tmux.waitFor(text: "New verification link")
      let posts = kira.server.requestLog.filter { $0.method == "POST" && $0.path.hasSuffix("/verifications") }
      #expect(posts.count == 1)
      #expect(posts.first?.body?["type"] == .string("embedded-link"))
      #expect(screen.contains("/_sandbox/verify/"))
      try await tmux.send(keys: "C-q")
      _ = try await tmux.waitForExit()
      let shell = try await tmux.capture()
      // The pane wraps the long line; joined, it holds the whole link.
      let joined = shell.replacingOccurrences(of: "\n", with: "")
      #expect(joined.contains("verification link: "))
      #expect(joined.contains("/_sandbox/verify/\(created.id)"), "the whole link, once the screen is back")
      await kira.stop()
    }
  }
}

extension WizardTmuxTests {
  @Suite("safe resubmission from the wizard")
  struct Resubmission {
    @Test(
      "an unknown outcome survives a restart: resumed, it is sent again with the same key and body; one user")
    func unknownOutcomeAfterRestart() async throws {
      let kira = try await SupportCommandsTests.Kira.start()
      let home = try WizardTmuxTests.makeHome("resend")
      defer { try? FileManager.default.removeItem(at: home) }
      let body = home.appendingPathComponent("maria.json")
      try WizardTmuxTests.Onboarding.expectedBody().encoded(pretty: true).write(to: body)
      var environment = WizardTmuxTests.homeEnvironment(kira.environment, home: home)
      environment["KIRA_ONBOARD_STORE"] = home.appendingPathComponent("store").path

      // Kira creates the user, then the connection drops before the answer.
      kira.server.control.inject(FaultRule(kind: .dropAfter, count: 1, method: "POST", path: "v1/users"))
      let first = try await TmuxSession(
        arguments: [
          "--load", body.path, "--max-attempts", "1", "--connect-timeout", "120", "--request-timeout", "300",
        ], environment: environment)
      defer { first.kill() }
      try await first.waitFor(text: "No errors")
      try await first.send(keys: "F10")
      try await first.waitFor(text: "F10 again creates the user anyway")  // the reference body lacks a tax ID
      try await first.send(keys: "F10")
      let unknown = try await first.waitFor(text: "Outcome unknown")
      let key = try #require(
        unknown.split(separator: "\n").first { $0.contains("Idempotency key") }?
          .split(separator: " ").last.map(String.init))
      try await first.send(keys: "C-q")
      let exit = try await first.waitForExit()
      #expect(exit.status == 0)
      let shell = try await first.capture().replacingOccurrences(of: "\n", with: "")
      #expect(shell.contains("Retry it safely with the same idempotency key: \(key)"))
      #expect(shell.contains("Draft saved. Resume it with: kira-onboard --resume"))

      // A new process: the draft is offered; resumed, it says the outcome is unknown.
      let second = try await TmuxSession(
        arguments: ["--connect-timeout", "120", "--request-timeout", "300"], environment: environment)
      defer { second.kill() }
      try await second.waitFor(text: "Resume a saved draft?")
      try await second.send(keys: "Enter")
      let resumed = try await second.waitFor(text: "Outcome unknown")
      #expect(resumed.contains(key), "the key kept in the journal is offered again")
      try await second.send(keys: "r")
      try await second.waitFor(text: "Kira created the user")

      let creates = kira.server.requestLog.filter { $0.method == "POST" && $0.path == "v1/users" }
      #expect(creates.count == 2)
      #expect(creates.allSatisfy { $0.idempotencyKey == key }, "the same key both times")
      #expect(creates.count == 2 && creates[0].body == creates[1].body, "the same body both times")
      let users = try await kira.client.listUsers(limit: 10, email: "maria.test+1782336813@example.com")
      #expect(users.data.count == 1, "one customer, never two")
      try await second.send(keys: "C-q")
      _ = try await second.waitForExit()
      let list = try await ExecutableRunner.run(["drafts", "list"], environment: environment)
      #expect(list.stdout.contains("No drafts."), "the draft is wiped once Kira created the user")
      await kira.stop()
    }
  }
}
