import ArgumentParser
import CursesTerminal
import Foundation
import KYCForm
import KiraClient
import KiraModels
import KiraOnboarding
import KiraStore
import Wizard

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kira-onboard queue`: one screen for the support desk with Kira's users
/// that need action and this desk's open attempts; Enter opens the right
/// flow (`fix` for a user, the wizard for an attempt) and the queue comes
/// back, read again, when it ends.
struct QueueCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "queue",
      abstract: CLIHelp.queueAbstract.text,
      discussion: CLIHelp.queueDiscussion.text)
  }

  @OptionGroup var connection: ConnectionOptions
  @OptionGroup var store: StoreOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      CLIHelp.queueSince.text, valueName: "time"))
  var since: String?

  @Option(
    name: .customLong("lang"),
    help: ArgumentHelp(
      CLIHelp.queueLanguage.text,
      valueName: "es|en"))
  var language: String?

  func validate() throws {
    if let since, UsersCommand.createdAfter(since) == nil {
      throw ValidationError("--since must be a date (2026-12-01) or an ISO 8601 time (2026-12-01T10:00:00Z)")
    }
    if let language, OperatorLanguage(code: language) == nil {
      throw ValidationError("--lang must be es or en")
    }
  }

  func run() async throws {
    guard InteractiveFix.terminalIsInteractive else {
      throw ValidationError(
        "the queue is a screen: run it at a terminal (kira-onboard users --status REJECTED and "
          + "kira-onboard attempts print the same lists)")
    }
    let operatorLanguage = OperatorLanguage.resolve(
      flag: language, environment: ProcessInfo.processInfo.environment)
    // The flows opened from the queue (fix has no --lang) read it from here.
    if language != nil { setenv("KIRA_ONBOARD_LANG", operatorLanguage.rawValue, 1) }
    do {
      let session = try await makeKiraSession(options: connection.settings)
      let localStore = try? store.settings.openStore()
      let createdAfter = since.flatMap(UsersCommand.createdAfter)
      let forwarded = Self.forwardedArguments(CommandLine.arguments)
      let final = try await MainActor.run {
        let runtime = try QueueRuntime(
          makeTerminal: { try CursesTerminal() },
          services: QueueRuntime.Services(
            load: {
              await Self.load(
                session: session, store: localStore, createdAfter: createdAfter, language: operatorLanguage)
            },
            open: { item in ChildFlow.run(item.arguments + forwarded) }),
          language: operatorLanguage)
        return try runtime.run()
      }
      await session.close()
      if let contents = final.contents {
        print(
          "Queue: \(contents.kiraUsers.count) Kira users need action, "
            + "\(contents.attempts.count) open attempts on this desk (\(session.environmentName)).")
      }
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  /// Reads both lists; what cannot be read becomes a problem line (in
  /// `language`), never a crash.
  static func load(
    session: KiraSession, store: LocalStore?, createdAfter: String?, language: OperatorLanguage = .english
  ) async -> QueueContents {
    var problems: [String] = []
    var users: [KiraUser] = []
    do {
      let rejected = try await UsersCommand.allUsers(
        client: session.client, email: nil, status: "REJECTED", createdAfter: createdAfter)
      let needsAction = try await UsersCommand.allUsers(
        client: session.client, email: nil, verificationStatus: "needs_action", createdAfter: createdAfter)
      var seen = Set<String>()
      users = (rejected + needsAction).filter { seen.insert($0.id).inserted }
        .sorted { ($0.createdAt ?? "") > ($1.createdAt ?? "") }
    } catch {
      problems.append(QueueText.usersUnreadable(ErrorPresenter.describe(error).message).text(in: language))
    }
    let kiraRows = users.map { user in
      QueueRows.row(for: user, reasons: WebhookReasons.reasons(for: user.id, in: store), language: language)
    }
    var attemptRows: [QueueItem] = []
    if let store {
      do {
        attemptRows = try openAttempts(in: store, environment: session.journalEnvironment).map { attempt in
          QueueRows.row(for: attempt, answersKept: answersKept(attempt, in: store), language: language)
        }
      } catch {
        problems.append(
          QueueText.journalUnreadable(ErrorPresenter.describe(error).message).text(in: language))
      }
    } else {
      problems.append(QueueText.storeUnavailable.text(in: language))
    }
    return QueueContents(
      kiraUsers: kiraRows, attempts: attemptRows, problems: problems, environment: session.environmentName)
  }

  /// The journal's attempts for `environment` that no later create resolved, newest first.
  static func openAttempts(in store: LocalStore, environment: String) throws -> [AttemptRecord] {
    let everything = try store.journal.recent(limit: 1_000, includeCreated: true)
    let resolvers = AttemptResolution.resolvers(in: everything)
    return everything.filter {
      $0.outcome != .created && resolvers[$0.id] == nil && $0.environment == environment
    }
  }

  /// True when the attempt's answers can be opened: its draft, or the body kept for its open key.
  static func answersKept(_ attempt: AttemptRecord, in store: LocalStore) -> Bool {
    if let draftID = attempt.draftID, (try? store.drafts.load(draftID)) != nil { return true }
    return (try? store.journal.pendingBody(forKey: attempt.idempotencyKey)) != nil
  }

  /// The queue's connection and store options, given to the flows it opens
  /// (`--since` and `--lang` are the queue's own: `fix` has no `--lang`,
  /// the language goes through `KIRA_ONBOARD_LANG`). Credentials never
  /// travel this way: they are in the environment or the credentials file.
  static func forwardedArguments(_ arguments: [String]) -> [String] {
    guard let queue = arguments.firstIndex(of: "queue") else { return [] }
    var forwarded: [String] = []
    var skipNext = false
    for argument in arguments[(queue + 1)...] {
      if skipNext {
        skipNext = false
      } else if argument == "--since" || argument == "--lang" {
        skipNext = true
      } else if !argument.hasPrefix("--since="), !argument.hasPrefix("--lang=") {
        forwarded.append(argument)
      }
    }
    return forwarded
  }
}

/// Runs kira-onboard itself on the terminal and waits for it: the child is
/// in the terminal's foreground process group (posix_spawn without a new
/// group), so its screen reads keys as the queue's did.
enum ChildFlow {
  /// Runs `kira-onboard ARGUMENTS` and returns its exit status (127 when it
  /// could not start).
  static func run(_ arguments: [String]) -> Int32 {
    let executable =
      FileManager.default.fileExists(atPath: "/proc/self/exe")
      ? (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
        ?? CommandLine.arguments[0]
      : CommandLine.arguments[0]
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let started = posix_spawn(&pid, executable, nil, nil, argv, environ)
    guard started == 0 else { return 127 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    if status & 0x7f == 0 { return (status >> 8) & 0xff }
    return 128 + (status & 0x7f)
  }
}
