import ArgumentParser
import Foundation
import KiraClient
import KiraModels
import KiraStore

/// `kira-onboard events`: Kira's user events received by `webhooks listen`.
struct EventsCommand: AsyncParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "events",
      abstract: CLIHelp.eventsAbstract.text)
  }

  @Option(name: .customLong("user"), help: ArgumentHelp(CLIHelp.eventsUser.text, valueName: "id"))
  var userID: String?

  @Flag(name: .long, help: CLIHelp.eventsJSON.help)
  var json = false

  @OptionGroup var store: StoreOptions

  func run() async throws {
    do {
      let events = try store.settings.openStore().webhookEvents.events(userID: userID)
      if json {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        print(String(decoding: try encoder.encode(events), as: UTF8.self))
        return
      }
      if events.isEmpty {
        print("No events received\(userID.map { " for \(UntrustedText.clean($0))" } ?? "").")
        return
      }
      for line in Self.lines(events) { print(line) }
    } catch {
      throw ExitCode(ErrorPresenter.present(error))
    }
  }

  /// One line per event (time in UTC, name, user, event id), its reasons under it.
  static func lines(_ events: [WebhookEvent]) -> [String] {
    let formatter = ISO8601DateFormatter()
    return events.flatMap { event in
      [
        "\(formatter.string(from: event.receivedAt))  \(event.event)  \(event.userID ?? "-")  \(event.eventID)"
      ]
        + event.reasons.map { "    reason: \($0)" }
    }
  }
}
