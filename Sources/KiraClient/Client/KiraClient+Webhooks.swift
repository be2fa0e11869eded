import Foundation
import KiraModels

extension KiraClient {
  /// `POST /webhooks/register` with `{client_uuid, webhook_url}`: Kira sends
  /// its user events to `url` from then on (one URL per client; no list, no
  /// delete). Returns Kira's message.
  public func registerWebhook(url: String, onRetry: (@Sendable (RetryEvent) -> Void)? = nil) async throws
    -> String
  {
    let body: JSONValue = [
      "client_uuid": .string(configuration.credentials.clientID), "webhook_url": .string(url),
    ]
    let operation = Operation(method: "POST", path: KiraAPI.Path.webhooksRegister, body: body.encoded())
    let response = try await perform(operation, onRetry: onRetry)
    let json = try KiraAnswerDecoder.json(response, operation: operation.name)
    return UntrustedText.clean(json["message"]?.stringValue ?? "registered", limit: 200)
  }
}
