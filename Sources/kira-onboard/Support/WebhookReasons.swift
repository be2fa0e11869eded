import Foundation
import KiraClient
import KiraModels
import KiraStore

/// Kira's rejection reasons for a user, as its webhooks brought them (the
/// only source: `GET /v1/users/{id}` never says why).
enum WebhookReasons {
  /// Lines for `userID`'s events that carry reasons, newest last; empty when none arrived.
  static func lines(for userID: String, in store: LocalStore?, indent: String = "  ") -> [String] {
    guard let store, let events = try? store.webhookEvents.events(userID: userID) else { return [] }
    let formatter = ISO8601DateFormatter()
    return events.filter { !$0.reasons.isEmpty }.flatMap { event in
      [indent + CLIText.kiraReasons(event: event.event, time: formatter.string(from: event.receivedAt)).text]
        + event.reasons.map { "\(indent)  - \($0)" }
    }
  }

  /// Every reason Kira gave for `userID`, newest event first; empty when none arrived.
  static func reasons(for userID: String, in store: LocalStore?) -> [String] {
    guard let store, let events = try? store.webhookEvents.events(userID: userID) else { return [] }
    return events.reversed().flatMap(\.reasons)
  }
}
