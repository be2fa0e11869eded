import ArgumentParser
import Foundation
import KiraClient
import KiraModels
import KiraOnboarding
import KiraStore

/// `kira-onboard webhooks`: receive Kira's user events.
struct WebhooksCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "webhooks",
      abstract: CLIHelp.webhooksAbstract.text,
      subcommands: [WebhooksListenCommand.self, WebhooksRegisterCommand.self])
  }
}

/// `kira-onboard webhooks register URL`: tells Kira where to send user events.
struct WebhooksRegisterCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "register",
      abstract: CLIHelp.registerAbstract.text)
  }

  @Argument(help: CLIHelp.registerURL.help)
  var url: String

  @OptionGroup var connection: ConnectionOptions

  func validate() throws {
    guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), let host = parsed.host,
      scheme == "https" || (scheme == "http" && ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host))
    else {
      throw ValidationError("URL must be an https URL (http only on 127.0.0.1 or localhost), not \"\(url)\"")
    }
  }

  func run() async throws {
    do {
      let session = try await makeKiraSession(options: connection.settings)
      do {
        let message = try await session.client.registerWebhook(url: url)
        print("registered: \(UntrustedText.clean(url)) (\(message))")
      } catch {
        await session.close()
        throw error
      }
      await session.close()
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }
}

/// `kira-onboard webhooks listen`: the receiver runs in the network helper
/// (this process never loads the HTTP server); each event it accepts is
/// stored here, once per `data.event_id`.
struct WebhooksListenCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "listen",
      abstract: CLIHelp.listenAbstract.text,
      discussion: CLIHelp.listenDiscussion.text)
  }

  @Option(name: .long, help: CLIHelp.port.help)
  var port: Int = 8787

  @Option(name: .long, help: CLIHelp.host.help)
  var host: String = "127.0.0.1"

  @OptionGroup var store: StoreOptions

  func validate() throws {
    if !(0...65535).contains(port) { throw ValidationError("--port must be 0...65535") }
    if host.isEmpty || host.contains(where: { $0.isWhitespace }) {
      throw ValidationError("--host must be an address such as 127.0.0.1")
    }
  }

  func run() async throws {
    do {
      try listen()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  private func listen() throws {
    let environment = ProcessInfo.processInfo.environment
    let secret = try WebhookSecret.load(environment: environment)
    let localStore = try store.settings.openStore()
    let helper = Process()
    helper.executableURL = URL(fileURLWithPath: NetworkHelper.executablePath(environment: environment))
    helper.arguments = ["webhooks-listen", "--port", String(port), "--host", host]
    // Built from scratch: no credentials and no secret in the helper's environment.
    helper.environment = ["PATH": environment["PATH"] ?? "/usr/bin:/bin", "LANG": "C.UTF-8"]
    let input = Pipe()
    let output = Pipe()
    helper.standardInput = input
    helper.standardOutput = output
    do {
      try helper.run()
    } catch {
      throw WebhookListenFailure.helper(String(describing: error))
    }
    // The secret goes over the pipe; the pipe stays open: when this process
    // ends, the helper reads its end and stops too.
    input.fileHandleForWriting.write(Data((secret + "\n").utf8))
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .secondsSince1970
    var pending = Data()
    let reader = output.fileHandleForReading
    while true {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      pending.append(chunk)
      while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
        let line = pending[pending.startIndex..<newline]
        pending = Data(pending[pending.index(after: newline)...])
        handle(Data(line), decoder: decoder, store: localStore)
      }
    }
    helper.waitUntilExit()
    let status = helper.terminationStatus
    if status != 0, helper.terminationReason == .exit { throw ExitCode(status) }
    Self.say("kira-onboard: webhook receiver stopped")
  }

  private func handle(_ line: Data, decoder: JSONDecoder, store: LocalStore) {
    if let ready = try? JSONDecoder().decode([String: String].self, from: line), let url = ready["listening"]
    {
      Self.say("Listening for Kira's webhooks on \(UntrustedText.clean(url)) · Ctrl-C stops")
      return
    }
    guard let event = try? decoder.decode(WebhookEvent.self, from: line) else { return }
    do {
      let stored = try store.webhookEvents.record(event)
      let user = event.userID.map { " user \($0)" } ?? ""
      let reasons = event.reasons.isEmpty ? "" : " · " + event.reasons.joined(separator: "; ")
      Self.say(
        stored
          ? "stored \(event.event)\(user) (\(event.eventID))\(reasons)"
          : "already stored: \(event.eventID) (a second delivery)")
    } catch {
      ErrorPresenter.writeToStandardError(
        "kira-onboard: could not store event \(event.eventID): \(ErrorPresenter.describe(error).message)")
    }
  }

  /// One line on stdout at once (stdout may be a pipe).
  static func say(_ text: String) {
    FileHandle.standardOutput.write(Data((text + "\n").utf8))
  }
}

/// The webhook secret: `KIRA_WEBHOOK_SECRET`, else the credentials file's
/// `webhook_secret` (read by `CredentialsSource`, as the credentials are).
enum WebhookSecret {
  static let variable = CredentialsSource.webhookSecretVariable

  static func load(environment: [String: String]) throws -> String {
    let source = CredentialsSource(environment: environment)
    if let secret = try source.webhookSecret() { return secret }
    throw WebhookListenFailure.noSecret(file: source.fileURL.path)
  }
}

/// Why the receiver could not start (messages never include the secret).
enum WebhookListenFailure: Error, PresentableError {
  case noSecret(file: String)
  case helper(String)

  var userMessage: String {
    switch self {
    case .noSecret(let file):
      "kira-onboard: no webhook secret: set \(WebhookSecret.variable), or \"webhook_secret\" in \(file)"
    case .helper(let reason):
      "kira-onboard: cannot start the network helper for the receiver: \(reason)"
    }
  }

  var exitStatus: Int32 {
    switch self {
    case .noSecret: ExitStatus.permissionDenied
    case .helper: ExitStatus.unavailable
    }
  }
}
