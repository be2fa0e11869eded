import Crypto
import Foundation
import KiraModels

/// The sandbox's webhooks: `POST /webhooks/register` keeps one URL; each
/// user's status change is then sent there as Kira's user events, signed
/// (`x-signature-sha256`, hex HMAC-SHA256 of the body with
/// `configuration.webhookSecret`). Single delivery, no retries, as Kira's
/// 2026-04-14 pin is documented.
extension SandboxEngine {
  /// One event to deliver.
  public struct WebhookDelivery: Sendable, Hashable {
    /// Where it goes.
    public var url: URL
    /// The exact body.
    public var body: Data
    /// Its signature header value.
    public var signature: String
  }

  /// `POST /webhooks/register` with `{client_uuid, webhook_url}`.
  func registerWebhook(_ request: SandboxHTTPRequest) -> SandboxHTTPReply {
    guard let body = try? JSONValue.parse(request.body),
      let text = body["webhook_url"]?.stringValue, let url = URL(string: text),
      ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil
    else {
      return .json(
        422,
        [
          "message": "Invalid input data",
          "data": [
            ["loc": ["body", "webhook_url"], "msg": "a http(s) URL is required", "type": "url_parsing"]
          ],
        ])
    }
    state.withLock { $0.webhookURL = url }
    return .json(200, ["message": "Webhook registered successfully"])
  }

  /// The registered URL, if any.
  public var webhookURL: URL? { state.withLock { $0.webhookURL } }

  /// The events due at `now`: `user.created` for a new user, then
  /// `user.verification.accepted` (VERIFIED) or `user.verification.failed`
  /// (REJECTED, with `reasons`) when its status gets there. Each is taken once.
  public func takeWebhookDeliveries(now: Date) -> [WebhookDelivery] {
    let timings = self.timings
    let secret = configuration.webhookSecret
    return state.withLock { state -> [WebhookDelivery] in
      guard let url = state.webhookURL else { return [] }
      var deliveries: [WebhookDelivery] = []
      for id in state.userOrder {
        guard let record = state.users[id] else { continue }
        let current = record.lifecycle.state(at: now, timings: timings)
        let before = state.notifiedStatus[id]
        guard before != current.status else { continue }
        state.notifiedStatus[id] = current.status
        var events: [(String, [String: JSONValue])] = []
        if before == nil { events.append(("user.created", [:])) }
        switch current.status {
        case "VERIFIED": events.append(("user.verification.accepted", [:]))
        case "REJECTED":
          events.append(
            ("user.verification.failed", ["reasons": .array(current.reasons.map(JSONValue.string))]))
        default: break
        }
        for (name, extra) in events {
          var data: [String: JSONValue] = [
            "event_id": .string("evt_" + UUID().uuidString.lowercased()), "user_id": .string(record.id),
            "status": .string(current.status),
          ]
          for (key, value) in extra { data[key] = value }
          let body = JSONValue.object(["event": .string(name), "data": .object(data)]).encoded()
          deliveries.append(WebhookDelivery(url: url, body: body, signature: Self.sign(body, secret: secret)))
        }
      }
      return deliveries
    }
  }

  /// Hex HMAC-SHA256 of `body` with `secret`.
  static func sign(_ body: Data, secret: String) -> String {
    HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
      .map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
  }
}
